"""The sandbox's routes, one module per area; each exposes ``ROUTES``."""
