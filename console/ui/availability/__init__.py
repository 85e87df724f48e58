"""The availability tab: weekly hours drawn on a week grid and edited as a list."""
