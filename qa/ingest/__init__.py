"""Ingest: read files and pages into clean `Article`s, and group reports of one story."""
