"""Property panels: editors generated from the field table, bound to the document."""
