"""Search: lexical (BM25) and hybrid retrieval of passages from a `Library`."""
