"""Check: fact-check a claim against retrieved passages."""
