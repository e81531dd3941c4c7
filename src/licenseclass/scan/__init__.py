"""Scanning what users have: project trees, archives, installed environments and model folders."""
