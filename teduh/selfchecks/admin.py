# Deliberately empty: saved self-check results are private to the person who took the check.
# Staff must not be able to read them, so no model is registered with the admin site.
