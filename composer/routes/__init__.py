"""Render routes: how a project becomes a video (v2 scenes, v3 studio...). See base.py."""
