"""Ingest: files and URLs -> clean Articles -> sentence spans -> windows, embedded and written to the index."""
