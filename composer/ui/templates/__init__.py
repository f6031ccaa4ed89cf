"""The template gallery, "Save as template" and the first-run set-up bar."""
