"""The account's avatars, talking photos and voices, cached on disk for offline use."""
