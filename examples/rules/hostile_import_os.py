"""Hostile: tries to read the host's files. The policy check blocks it before it runs."""
import os

result = os.listdir("/")
