"""Self-checks: the PHQ-9 and GAD-7 questionnaires, scored on the server, with results kept
only when the person asks, for their eyes alone."""
