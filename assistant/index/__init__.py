"""The index: the store (Chroma plus a data file), the embedding models, the BM25 index and its caches."""
