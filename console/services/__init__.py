"""Qt-free services the UI presenters call (accounts, …); each takes its client and store."""
