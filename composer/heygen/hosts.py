"""HeyGen's hosts: the defaults for real users (tests and the sandbox pass their own)."""

DEFAULT_BASE_URL = "https://api.heygen.com"
DEFAULT_UPLOAD_URL = "https://upload.heygen.com"
