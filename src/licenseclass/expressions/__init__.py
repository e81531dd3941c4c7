"""SPDX license expressions: SPDX tables, tree, strict parser, lenient reader, verdicts."""
