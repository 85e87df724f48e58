"""Connections: the manager dialog and the presenter that tests a connection."""
