"""PLACEHOLDER by lead (helper-1 replaces this file)."""
from dataclasses import replace


def assign_stories(new, existing):
    return [replace(a, story_id="s" + a.id[:10]) for a in new]
