# Deliberately empty: a safety plan is for its owner alone, so SafetyPlan is not registered in
# the admin and staff have no way to read one.
