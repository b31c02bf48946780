# Views are aggregates for authors only: deliberately not browsable in the admin.
