"""The main window's actions and what they do, a controller per concern (files, submitting,
settings, scene actions); main_window.py creates them and connects them to its parts."""
