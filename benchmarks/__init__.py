"""Speed figures for Scene Composer: `python -m benchmarks` (offscreen, ~2 minutes)."""
