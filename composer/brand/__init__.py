"""The brand kit: colours, fonts, presenter, voice and logo a project follows (Qt-free)."""
