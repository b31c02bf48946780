"""Query and hashtag screening (#ThereIsHelp): what a search signals."""

import pytest

from teduh.safety.screening import QueryScreening, is_crisis_tag, screen_query


@pytest.mark.parametrize(
    "query",
    [
        "pengen bundir",
        "#bundir",
        "#pengenmati",
        "kill myself",
        "suicide",
        "self harm",
        "cutting",
        "b u n d i r",
        "p3ng3n m4t1",
        "unalive",
    ],
)
def test_crisis_queries(query):
    result = screen_query(query)
    assert result.crisis is True
    assert result.seeks_method is False


@pytest.mark.parametrize(
    "query",
    [
        "cara bunuh diri",
        "how to kill myself",
        "dosis paracetamol mematikan",
        "lethal dose",
        "cara gantung diri",
        "painless way to die",
        "cara bundir yang gak sakit",
    ],
)
def test_method_seeking_queries(query):
    result = screen_query(query)
    assert result.crisis is True
    assert result.seeks_method is True
    assert result.educational is False
    assert "method_seeking" in result.signals


@pytest.mark.parametrize(
    "query",
    ["pencegahan bunuh diri", "suicide prevention", "cara membantu teman yang ingin bunuh diri"],
)
def test_educational_suicide_queries_still_get_the_card(query):
    result = screen_query(query)
    assert result.crisis is True
    assert result.educational is True
    assert result.seeks_method is False


def test_education_without_suicide_gets_no_card():
    result = screen_query("tanda-tanda depresi")
    assert result.crisis is False
    assert result.educational is True


@pytest.mark.parametrize(
    "query",
    [
        "mati lampu",
        "mati lampu lagi",
        "kill time",
        "bunuh nyamuk",
        "killer queen",
        "suicide squad",
        "resep ayam geprek",
        "",
    ],
)
def test_ordinary_queries(query):
    assert screen_query(query) == QueryScreening(
        crisis=False,
        seeks_method=False,
        educational=False,
        signals=screen_query(query).signals,
    )
    assert screen_query(query).crisis is False


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("pengenmati", True),
        ("bundir", True),
        ("CapekHidup", True),
        ("selfharm", True),
        ("SuicidePrevention", True),
        ("matilampu", False),
        ("SuicideSquad", False),
        ("KillerQueen", False),
        ("kesehatanmental", False),
        ("", False),
    ],
)
def test_crisis_tags(tag, expected):
    assert is_crisis_tag(tag) is expected
