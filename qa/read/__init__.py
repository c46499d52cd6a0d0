"""Read: compose an extractive answer with citations from retrieved passages."""
