"""Starter projects: the shipped templates and the user's own (Qt-free)."""
