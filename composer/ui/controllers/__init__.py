"""The main window's actions and what they do, a controller per concern (files, submitting,
settings); main_window.py creates them and connects them to its parts."""
