"""The brand kit dialog and what the window does with a kit."""
