"""Batch tests: the record contract, the engines, resumable partitions and the command."""
