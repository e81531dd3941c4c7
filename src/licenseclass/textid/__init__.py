"""Identifying licenses in text: normalisation, the reference index, matchers, the classifier."""
