"""Answering: a question scoped and retrieved, weighed by the stance model, decided, composed, verified."""
