"""Included under /wellbeing/ (the Wellbeing Center page itself is another app's)."""

from django.urls import path

from teduh.coping import views

urlpatterns = [
    path("tools/", views.tools, name="coping_tools"),
    path("tools/breathing/", views.breathing, name="coping_breathing"),
    path("tools/grounding/", views.grounding, name="coping_grounding"),
    path("tools/safety-plan/", views.safety_plan, name="safety_plan"),
    path("tools/safety-plan/print/", views.safety_plan_print, name="safety_plan_print"),
    path(
        "tools/safety-plan/export.txt",
        views.safety_plan_export,
        {"fmt": "text"},
        name="safety_plan_export_text",
    ),
    path(
        "tools/safety-plan/export.json",
        views.safety_plan_export,
        {"fmt": "json"},
        name="safety_plan_export_json",
    ),
    path("tools/safety-plan/delete/", views.safety_plan_delete, name="safety_plan_delete"),
    path("seek-help/", views.seek_help, name="seek_help"),
]
