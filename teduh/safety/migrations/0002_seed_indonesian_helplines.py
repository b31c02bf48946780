"""The Indonesian helplines from PRODUCT.md, "Facts for seed data" (gathered November 2026).

Only the facts in that list are seeded: no number or WhatsApp number that is not in it. Left out
on purpose: the old Kemenkes number 500-454 (reported inactive since 2017) and Into The Light
Indonesia (an education and advocacy organisation, not a crisis line; an admin can add it with
"answers people in crisis" unticked). Admins edit these entries at /moderation/helplines/.
"""

from datetime import date

from django.db import migrations

GATHERED = date(2026, 11, 1)
FROM_LIST = "Facts from the PRODUCT.md seed list (gathered November 2026 from public sources)."

HELPLINES = [
    {
        "organisation": "Kementerian Kesehatan RI (Kemenkes)",
        "name": "healing119.id",
        "description_id": (
            "Konseling kesehatan jiwa gratis dan anonim lewat WhatsApp dari Kemenkes. "
            "Aktif kembali sejak Juli 2025."
        ),
        "description_en": (
            "Free, anonymous mental-health counselling over WhatsApp from the Ministry of "
            "Health. Reactivated in July 2025."
        ),
        "topics": ["suicide_self_harm", "general_mental_health"],
        "is_emergency": False,
        "source_url": "https://healing119.id",
        "verification_note": (
            FROM_LIST + " The WhatsApp chat is reached through the site; add its number as a "
            "WhatsApp channel once it is confirmed on healing119.id."
        ),
        "priority": 10,
        "channels": [
            {
                "kind": "web",
                "value": "https://healing119.id",
                "label_id": "Mulai konseling WhatsApp lewat healing119.id",
                "label_en": "Start WhatsApp counselling at healing119.id",
            }
        ],
    },
    {
        "organisation": "Kementerian Kesehatan RI (Kemenkes), SEJIWA, HIMPSI",
        "name": "119 ext. 8 (SEJIWA)",
        "description_id": (
            "Nomor darurat kesehatan nasional. Tekan 8 untuk SEJIWA, layanan dukungan kesehatan "
            "jiwa yang dijalankan bersama HIMPSI sejak April 2020."
        ),
        "description_en": (
            "National health emergency line. Press 8 for SEJIWA, the mental-health support "
            "service run with HIMPSI (the Indonesian psychologists' association) since April "
            "2020."
        ),
        "topics": ["emergency", "suicide_self_harm", "general_mental_health"],
        "is_emergency": True,
        "source_url": "https://www.kemkes.go.id",
        "verification_note": (
            "The extension has changed before: re-verify extension 8 before relying on it. "
            + FROM_LIST
        ),
        "needs_reverification": True,
        "reverification_reason": "changed_before",
        "priority": 20,
        "channels": [
            {
                "kind": "phone",
                "value": "119",
                "label_id": "Tekan 8 untuk dukungan kesehatan jiwa",
                "label_en": "Press 8 for mental-health support",
            }
        ],
    },
    {
        "organisation": "Pemerintah Indonesia",
        "name": "112",
        "description_id": "Nomor darurat nasional untuk keadaan darurat apa pun.",
        "description_en": "National emergency number for any emergency.",
        "topics": ["emergency"],
        "is_emergency": True,
        "source_url": "https://www.indonesia.go.id",
        "verification_note": (
            FROM_LIST + " The source URL is the government portal: link the page of the "
            "agency that runs 112 when re-verifying."
        ),
        "priority": 30,
        "channels": [{"kind": "phone", "value": "112", "label_id": "", "label_en": ""}],
    },
    {
        "organisation": (
            "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak (KemenPPPA)"
        ),
        "name": "SAPA 129",
        "description_id": "Layanan pengaduan dan bantuan untuk kekerasan terhadap perempuan dan anak.",
        "description_en": "Help and reporting for violence against women and children.",
        "topics": ["violence"],
        "is_emergency": False,
        "source_url": "https://www.kemenpppa.go.id",
        "verification_note": FROM_LIST,
        "priority": 40,
        "channels": [
            {"kind": "phone", "value": "129", "label_id": "", "label_en": ""},
            {"kind": "whatsapp", "value": "08111-129-129", "label_id": "", "label_en": ""},
        ],
    },
    {
        "organisation": "JakCare",
        "name": "JakCare",
        "region": "DKI Jakarta",
        "description_id": "Layanan dukungan kesehatan jiwa untuk warga Jakarta.",
        "description_en": "Mental-health support for people in Jakarta.",
        "topics": ["general_mental_health"],
        "is_emergency": False,
        "source_url": "https://jakarta.go.id",
        "verification_note": (
            "Single source: unverified. Confirm the number and what the service offers with a "
            "second source. " + FROM_LIST
        ),
        "needs_reverification": True,
        "reverification_reason": "single_source",
        "priority": 50,
        "channels": [{"kind": "phone", "value": "0800-1500-119", "label_id": "", "label_en": ""}],
    },
]


def seed(apps, schema_editor):
    Helpline = apps.get_model("safety", "Helpline")
    HelplineChannel = apps.get_model("safety", "HelplineChannel")
    for entry in HELPLINES:
        fields = {key: value for key, value in entry.items() if key != "channels"}
        if Helpline.objects.filter(country="ID", name=fields["name"]).exists():
            continue
        helpline = Helpline.objects.create(
            country="ID", languages="id", last_verified=GATHERED, **fields
        )
        for order, channel in enumerate(entry["channels"]):
            HelplineChannel.objects.create(helpline=helpline, order=order, **channel)


def unseed(apps, schema_editor):
    Helpline = apps.get_model("safety", "Helpline")
    Helpline.objects.filter(country="ID", name__in=[entry["name"] for entry in HELPLINES]).delete()


class Migration(migrations.Migration):
    dependencies = [("safety", "0001_helplines_and_audit_log")]
    operations = [migrations.RunPython(seed, unseed)]
