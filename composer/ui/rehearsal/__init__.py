"""Rehearse: the project played in the preview with a playhead, a timeline strip, the
script shown as it is spoken and the voice heard when possible."""
