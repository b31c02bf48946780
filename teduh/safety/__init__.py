"""The safety layer: helplines, screening, care."""
