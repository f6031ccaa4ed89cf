"""Small widgets shared by the main window, the property panels and the dialogs."""
