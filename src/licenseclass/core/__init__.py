"""The typed model, the license data files, the registry, verdicts and reports."""
