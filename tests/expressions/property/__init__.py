"""Hypothesis property tests for expressions, the lenient reader and the verdict algebra."""
