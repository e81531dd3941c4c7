"""Model releases: the catalogue, the release verdict and its plain summary."""
