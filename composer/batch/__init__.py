"""Bulk personalisation: one video per spreadsheet row, `{{column}}` placeholders filled in."""
