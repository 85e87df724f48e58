"""The Changes panel, its presenter and the account picker every "apply to many" action uses."""
