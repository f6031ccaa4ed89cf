"""The scene list: a model over the document, a delegate that draws each scene as a card,
and a view with drag-and-drop reordering."""
