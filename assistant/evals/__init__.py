"""Evaluation: the eval question sets and the public claim-verification sets, scored."""
