"""The templates tab: meeting-type templates, their assignment, drift and re-apply."""
