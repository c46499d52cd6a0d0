"""Index: chunk articles, embed the chunks and keep them in a `Library` snapshot."""
