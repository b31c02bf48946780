"""Teduh: a self-hostable social platform for mental-health education and peer support."""
