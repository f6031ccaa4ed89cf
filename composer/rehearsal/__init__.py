"""A rehearsal of the project before it is rendered (Qt-free parts): the timeline of scenes
with their lengths and spoken words, and the speech audio fetched from HeyGen for it."""
