"""meetergo-console: operate many meetergo client accounts from one desktop window."""

__version__ = "0.1.0"
