"""Hostile: asks for gigabytes. Refused before any memory is taken (limit verdict: memory)."""
blob = "x" * 10**10
result = len(blob)
