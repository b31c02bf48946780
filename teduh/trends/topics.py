"""Mental-health topics for conversation trends: a fixed mapping of each topic to hashtags and
keywords in Indonesian and English.

A post belongs to a topic when it carries one of the topic's hashtags or its text contains one
of its keywords (case-insensitive substring: "cemas" also finds "kecemasan"). The lists are
deliberately short and plain; they measure volume over time, not any one person.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Topic:
    key: str
    label: object  # a lazy translation
    hashtags: frozenset[str]  # lower-cased, without "#"
    keywords: tuple[str, ...]


TOPICS: dict[str, Topic] = {
    topic.key: topic
    for topic in (
        Topic(
            "anxiety",
            _("Anxiety"),
            frozenset({"anxiety", "kecemasan", "cemas", "gangguankecemasan", "panicattack"}),
            ("cemas", "anxiety", "anxious", "panik", "panic attack", "gelisah"),
        ),
        Topic(
            "depression",
            _("Depression"),
            frozenset({"depression", "depresi", "depressed"}),
            ("depresi", "depression", "depressed"),
        ),
        Topic(
            "stress",
            _("Stress"),
            frozenset({"stress", "stres", "burnout", "stresskerja"}),
            ("stres", "stress", "burnout", "tertekan"),
        ),
        Topic(
            "grief",
            _("Grief"),
            frozenset({"grief", "duka", "berduka", "kehilangan", "dukacita"}),
            ("berduka", "duka cita", "dukacita", "grief", "grieving", "bereavement"),
        ),
        Topic(
            "self_harm",
            _("Self-harm"),
            frozenset({"selfharm", "melukaidiri", "menyakitidiri"}),
            ("self-harm", "self harm", "selfharm", "melukai diri", "menyakiti diri"),
        ),
        Topic(
            "suicide_prevention",
            _("Suicide prevention"),
            frozenset(
                {
                    "suicideprevention",
                    "pencegahanbunuhdiri",
                    "cegahbunuhdiri",
                    "worldsuicidepreventionday",
                }
            ),
            ("pencegahan bunuh diri", "suicide prevention", "cegah bunuh diri"),
        ),
        Topic(
            "recovery",
            _("Recovery"),
            frozenset({"recovery", "pemulihan", "pulih"}),
            ("pemulihan", "recovery", "recovering", "sudah pulih"),
        ),
        Topic(
            "relationships",
            _("Relationships"),
            frozenset({"relationship", "relationships", "hubungan", "toxicrelationship"}),
            ("hubungan", "relationship", "pacar", "pasangan", "breakup", "putus cinta"),
        ),
        Topic(
            "bullying",
            _("Bullying"),
            frozenset({"bullying", "perundungan", "stopbullying", "cyberbullying"}),
            ("bullying", "bully", "perundungan", "dirundung", "cyberbullying"),
        ),
    )
}
