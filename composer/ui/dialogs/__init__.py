"""The app's dialogs and message boxes."""
