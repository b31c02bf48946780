from django.db import migrations

PLACEHOLDER = "anonim"


def create_placeholder(apps, schema_editor):
    """The shared account that anonymous posts show in the API: it has no password, cannot
    log in, and stands for every anonymous author alike."""
    User = apps.get_model("accounts", "User")
    User.objects.get_or_create(
        username=PLACEHOLDER,
        defaults={"display_name": "Anonim", "is_active": False, "password": "!"},
    )


def remove_placeholder(apps, schema_editor):
    apps.get_model("accounts", "User").objects.filter(username=PLACEHOLDER).delete()


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]
    operations = [migrations.RunPython(create_placeholder, remove_placeholder)]
