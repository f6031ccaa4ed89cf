"""Local media files in a project, uploaded once as HeyGen assets."""
