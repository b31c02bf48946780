"""Post screening: normalisation, context rules (Indonesian and English), the pluggable engine
and the evaluation helpers. Examples are written for these tests, not copied from the
evaluation splits."""

import pytest

from teduh.safety import screening
from teduh.safety.screening import LEVELS, Screener, ScreeningResult, screen_text
from teduh.safety.screening.evaluation import baseline, evaluate, format_table
from teduh.safety.screening.normalize import normalize
from teduh.safety.screening.rules import screen as rule_screen


def level(text: str) -> str:
    return screen_text(text).level


# --- normalisation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("gw pgn bundir bgt", "aku pengen bunuh diri banget"),
        ("gk kuat, ga kuat, gak kuat", "gak kuat , gak kuat , gak kuat"),
        ("b0nuh d1r1", "bunuh diri"),
        ("p3ng3n m4t1", "pengen mati"),
        ("matiiiii", "mati"),
        ("pengennnn", "pengen"),
        ("b u n u h  d i r i", "bunuh diri"),
        ("B U N D I R", "bunuh diri"),
        ("b.u.n.d.i.r", "bunuh diri"),
        ("b*nuh d!ri", "bunuh diri"),
        ("su*cide", "suicide"),
        ("$uicidal", "suicidal"),
        ("#pengenmati #bundir", "pengen mati bunuh diri"),
        ("#WorldSuicidePreventionDay", "world suicide prevention day"),
        ("kms", "kill myself"),
        ("i'm gonna unalive myself", "i am going to kill myself"),
        ("sh again", "self harm again"),
        ("🪢 💊 🔪 😂", "emjrope emjpill emjblade emjlaugh"),
    ],
)
def test_normalize_undoes_disguises(raw, expected):
    assert normalize(raw).text == expected


def test_normalize_leaves_numbers_and_ordinary_words():
    assert normalize("lari 10 km, nelpon 119").text == "lari 10 km , nelpon 119"
    assert normalize("M A T I  L A M P U").text == "mati lampu"


# --- the public interface -----------------------------------------------------------------------


def test_interface_is_the_real_engine_not_the_placeholder():
    assert "PLACEHOLDER" not in (screening.__doc__ or "")
    result = screen_text("aku pengen bundir")
    assert isinstance(result, ScreeningResult)
    assert result.level == "crisis"
    assert "suicidal_ideation" in result.signals
    assert result.to_dict() == {
        "level": "crisis",
        "signals": list(result.signals),
        "method_details": False,
    }
    assert LEVELS == ("none", "concern", "crisis")


def test_empty_text_is_none():
    assert screen_text("") == ScreeningResult("none")
    assert screen_text("   \n") == ScreeningResult("none")


# --- crisis in its many spellings ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "aku pengen bundir",
        "pgn mati aj, gak ada gunanya",
        "udah gak kuat hidup lagi",
        "capek hidup, mau udahan aja",
        "semoga aku gak bangun lagi besok",
        "dunia lebih baik tanpa aku",
        "p e n g e n  m a t i",
        "b0nuh d1r1 aja lah",
        "matiiii ajaaaa",
        "#pengenmati",
        "i want to kill myself",
        "gonna kms tonight",
        "i don't want to be alive anymore",
        "everyone would be better off without me",
        "i wish i could just stop existing",
        "k*ll myself",
        "aku nyilet tanganku lagi semalam",
        "i relapsed and cut myself again",
        "pengen unalive myself",
    ],
)
def test_crisis(text):
    assert level(text) == "crisis"


def test_farewell_is_crisis_but_a_holiday_goodbye_is_not():
    assert level("maaf ya semuanya, aku pamit. makasih untuk semuanya") == "crisis"
    assert "farewell" in screen_text("this is my last post. goodbye everyone").signals
    assert level("selamat tinggal 2025, halo tahun baru") == "none"
    assert level("pamit dulu ya, mau tidur") == "none"


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("aku udah beli tali, malam ini aku gantung diri", "method"),
        ("cara bunuh diri paling cepat gimana ya", "method_seeking"),
        ("how many sleeping pills would it take to die", "dose"),
        ("jembatan paling tinggi di kota ini di mana? aku mau loncat", "location"),
        ("udah gak kuat 🪢", "method"),
    ],
)
def test_method_details_are_flagged(text, signal):
    result = screen_text(text)
    assert result.level == "crisis"
    assert result.method_details is True
    assert signal in result.signals


def test_a_wish_without_method_has_no_method_details():
    assert screen_text("aku pengen mati").method_details is False
    assert screen_text("rekomendasi pisau dapur dong 🔪").method_details is False
    assert screen_text("jangan lupa minum vitamin 💊").level == "none"


# --- context rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mati lampu lagi",
        "hp aku mati, lupa ngecas",
        "mati gaya seharian di kos",
        "bikin mati kutu pas ditanya dosen",
        "kangen setengah mati sama rumah",
        "bunuh waktu sambil nunggu bus",
        "bunuh nyamuk pakai raket",
        "killing time at the station",
        "you killed it on stage!",
        "i'm dead 😂😂",
        "this commute is killing me lol",
        "dying of laughter rn",
        "nyetir sambil ngantuk sama aja bunuh diri",
        "posting that would be career suicide",
    ],
)
def test_idioms_and_hyperbole_are_none(text):
    assert level(text) == "none"


def test_idiom_signal_is_reported():
    assert "idiom" in screen_text("mati lampu se-RT").signals


@pytest.mark.parametrize(
    "text",
    [
        "aku gak pengen mati kok",
        "tenang aja, aku gak bakal bundir",
        "i'm not going to kill myself, don't worry",
        "i would never hurt myself",
    ],
)
def test_negation_is_none(text):
    result = screen_text(text)
    assert result.level == "none"
    assert "negated" in result.signals


@pytest.mark.parametrize(
    "text",
    ["aku gak mau bunuh diri, cuma capek banget", "i'm not suicidal, just really sad"],
)
def test_negation_with_distress_is_concern(text):
    assert level(text) == "concern"


def test_negation_does_not_hide_a_real_wish():
    assert level("aku gak bisa berhenti mikirin bunuh diri") == "crisis"
    assert level("not joking, i want to die") == "crisis"
    assert level("i can't stop thinking about killing myself") == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "pencegahan bunuh diri dimulai dari mendengarkan",
        "webinar: mengenali tanda-tanda orang yang ingin bunuh diri",
        "suicide is preventable. learn the warning signs",
        "research on self harm in teenagers",
    ],
)
def test_education_is_none(text):
    result = screen_text(text)
    assert result.level == "none"
    assert "education" in result.signals


@pytest.mark.parametrize(
    "text",
    [
        "kalau kamu kepikiran bunuh diri, hubungi 119 ext 8 ya",
        "you're not alone. if you are thinking about suicide, please reach out",
        "kamu berharga, jangan nyakitin dirimu ya",
    ],
)
def test_support_for_others_is_none(text):
    assert level(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "temanku bilang dia pengen bunuh diri, aku harus gimana?",
        "my brother keeps saying he wants to die",
        "someone in my class posted a suicide note, what do i do",
        "adikku suka nyilet tangannya",
    ],
)
def test_third_person_is_concern(text):
    result = screen_text(text)
    assert result.level == "concern"
    assert "third_person" in result.signals


@pytest.mark.parametrize(
    "text",
    [
        "dulu aku pernah mencoba bunuh diri, sekarang udah pulih",
        "waktu SMA aku sering self harm",
        "five years ago i tried to kill myself. today i'm doing well",
        "one year self harm free today!",
    ],
)
def test_past_recovery_is_concern(text):
    result = screen_text(text)
    assert result.level == "concern"
    assert "past" in result.signals


def test_present_relapse_beats_past_story():
    assert level("dulu udah pulih, tapi sekarang pengen self harm lagi") == "crisis"


def test_news_is_concern_and_method_in_news_is_flagged():
    assert level("seorang artis dikabarkan meninggal karena bunuh diri") == "concern"
    news = screen_text("polisi menemukan pria itu gantung diri di rumahnya")
    assert news.level == "concern"
    assert news.method_details is True


def test_hyperbole_about_everyday_things():
    # Without a humour marker the guide calls this ambiguous: the rules say concern, and the
    # model may raise it (the safe side); it is never waved through as none.
    assert rule_screen("skripsi bikin pengen mati").level == "concern"
    assert level("skripsi bikin pengen mati") != "none"
    assert level("ngantuk banget, mau mati rasanya wkwk") == "none"
    assert level("capek, pengen mati aja. serius") == "crisis"


def test_incitement_is_concern_not_crisis():
    assert level("kys") == "concern"
    assert level("mati aja lo") == "concern"


def test_distress_without_suicidal_content_is_concern():
    assert level("aku merasa kosong dan gak berguna") == "concern"
    assert level("i feel so hopeless lately") == "concern"
    assert level("capek tapi puas habis lari pagi") == "none"


# --- pluggable engine ---------------------------------------------------------------------------


class AlwaysConcern:
    def screen(self, text: str) -> ScreeningResult:
        return ScreeningResult("concern", ("model",))


def test_engine_is_selected_by_setting(settings):
    assert isinstance(screening.get_screener(), Screener)
    settings.TEDUH_SCREENER = "tests.safety.test_screening.AlwaysConcern"
    assert screen_text("mati lampu lagi") == ScreeningResult("concern", ("model",))
    del settings.TEDUH_SCREENER
    assert level("mati lampu lagi") == "none"


def test_engine_without_screen_method_is_refused(settings):
    settings.TEDUH_SCREENER = "builtins.object"
    with pytest.raises(TypeError):
        screen_text("halo")
    del settings.TEDUH_SCREENER


# --- evaluation helpers -------------------------------------------------------------------------


def test_baseline_and_evaluation_report():
    assert baseline("aku pengen bunuh diri").level == "crisis"
    assert baseline("cara bunuh diri").method_details is True
    assert baseline("mati lampu").level == "none"
    rows = [
        {"id": "a", "text": "aku pengen bundir", "level": "crisis", "method_details": False},
        {"id": "b", "text": "mati lampu lagi", "level": "none", "method_details": False},
        {"id": "c", "text": "temanku pengen mati", "level": "concern", "method_details": False},
    ]
    engine = evaluate(rows, screen_text)
    keywords = evaluate(rows, baseline)
    assert engine.crisis_binary.recall == 1.0
    assert engine.crisis_binary.precision == 1.0
    assert keywords.levels["crisis"].precision == 0.5
    assert [e[0] for e in keywords.errors] == ["c"]
    table = format_table(engine, keywords)
    assert "n = 3" in table
    assert "crisis vs not crisis" in table


# --- generalisation mechanisms (sentences written for these tests) ----------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a k u  m a u  m a t i", "aku mau mati"),
        ("s!l3t", "silet"),
        ("capek!", "capek ."),
        ("pgn tdr slmnya", "pengen tidur selamanya"),
    ],
)
def test_normalise_spaced_words_and_trailing_marks(raw, expected):
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a wish to be gone beside permanence, no future or a second exit phrase
        "pengen menghilang aja, gak akan balik lagi",
        "no future for me, i just want it over",
        "ready to go. i have had enough",
        # prayers and hopes of dying
        "tuhan, jemput aku sekarang aja",
        "semoga motorku ketabrak truk biar selesai",
        "honestly hoping something kills me soon",
        # not existing, no tomorrow
        "gimana ya biar aku gak ada lagi",
        "i can't see myself alive by christmas",
        "aku gak ada lagi minggu depan, tenang aja",
        "pengen berhenti bernapas",
        "done existing",
        # self-harm acts on one's own body, and relapse after a streak
        "aku garukin pahaku pake peniti sampai berdarah",
        "relapse lagi, silet itu masih di laci",
        # preparation and farewell
        "gave away all my books, won't need them anymore",
        "ini surat terakhirnya, maaf ya semuanya",
        "tonight is the night",
        # jumping beside a height, means made ready
        "gedung parkiran itu 8 lantai, pengen loncat dari atas",
        "obatnya udah kukumpulin di laci",
    ],
)
def test_general_crisis_constructions(text):
    assert level(text) == "crisis", screen_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "pengen ngilang sebentar ke pantai buat liburan",
        "ready to go to the gym",
        "tolong jemput aku di stasiun ya",
        "semoga pesawatnya gak jatuh, aku takut terbang",
        "lompat dari trampolin setinggi atap, seru",
        "tanganku kegores pisau pas masak sampai berdarah",
        "jual barang barang preloved, bagi bagi juga ke teman",
        "pamit dari grup ya guys, makasih semuanya",
        "i give up on this puzzle lol",
        "ciri ciri orang butuh bantuan: bagi bagi barang, pamit",
    ],
)
def test_general_constructions_keep_harmless_uses_harmless(text):
    assert level(text) == "none", screen_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "my cousin keeps saying she wants to disappear, what should i do",
        "my uncle says everyone would be better off without him, i am worried",
        "found cuts on my roommate's wrists, how do i bring it up",
        "i used to cut in high school, i am okay now",
        "survivor of a suicide attempt, grateful to be here",
        "gak nafsu makan, dada sesek terus",
    ],
)
def test_worry_recovery_and_soft_wishes_are_concern(text):
    assert level(text) == "concern", screen_text(text)


def test_a_soft_exit_wish_beside_tiredness_is_concern_to_the_rules():
    # The rules keep "pengen hilang" beside ordinary distress at concern; the model, trained
    # on rows whose authors mostly call such posts crisis, may raise it (a safe error).
    assert rule_screen("pengen hilang aja rasanya, capek banget").level == "concern"


def test_method_details_for_means_made_ready_and_jump_height():
    assert screen_text("tali udah siap di gudang").method_details is True
    assert screen_text("which floor is high enough if i jump").method_details is True
    assert screen_text("naik ke rooftop lihat sunset").method_details is False


# --- shapes added with the recall-first operating point (sentences written for these tests) ---


@pytest.mark.parametrize(
    "text",
    [
        "berapa butir panadol yang bikin orang gak bangun lagi?",
        "how many sleeping pills would it take, asking for me",
        "obatnya tinggal segini, cukup gak ya buat gak bangun lagi",
    ],
)
def test_asking_what_quantity_of_medicine_would_kill_is_a_method(text):
    result = screen_text(text)
    assert result.level == "crisis" and result.method_details is True


@pytest.mark.parametrize(
    "text",
    [
        "aku udah kasih kucingku ke tetangga. gak akan butuh lagi, udah beres semua",
        "pakai lengan panjang terus biar gak ada yang liat luka di tanganku",
        "always wearing hoodies now to hide the fresh cuts",
        "i hope something happens on the way home and i die",
    ],
)
def test_giving_away_hidden_wounds_and_wished_accidents_are_crisis(text):
    assert screen_text(text).level == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "berapa tablet paracetamol dosis normal buat demam anak?",
        "how many pills of ibuprofen can i take for a headache",
        "ngasih kucing makan tiap pagi",
        "nutupin bekas jerawat pakai concealer",
        "beli jaket baru buat nutupin luka bakar bekas kecelakaan motor 2 tahun lalu",
        "next year i will not be here, i'll be studying in japan",
    ],
)
def test_everyday_medicine_pets_and_plans_stay_none(text):
    assert screen_text(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "tiap malem aku doa semoga aku gak liat pagi lagi",
        "pengen tidur yang lama terus gak usah melek lagi",
        "bulan ini aku udah set tanggalnya. gak usah dicari",
        "been quietly planning my exit for weeks now",
        "i need out of this life, i can't do another year",
        "aku rasa mati lebih masuk akal sekarang",
        "paha kiriku penuh bekas baru lagi minggu ini",
        "keep daydreaming about dying, it's all i think about",
        "mending gue unalive aja deh, capek banget",
        "pengen goresin lengan lagi malam ini",
        "suicde thoughts all day today",
        "i want to die 😭 and i mean it",
        "tiap malem ngebayangin permanent nap, makin kepengen",
        "kepikiran unalive terus dari kemarin",
        "what's the fastest way out, asking for me",
        "would my scarf be strong enough to hold my weight",
        "i keep banging my head against the wall till it stops",
        "jangan bangunin aku besok ya Tuhan",
        "pengen tidur yang gak ada bangunnya",
        "aku udah ngumpulin obat tidur di laci meja belajarku, udah siap",
        "mati kayaknya jawaban paling gampang buat aku sekarang",
        "is it normal to want to die every day? asking for me",
        "dude i'm unironically gonna unalive, not a bit",
        "udah beli tali sore ini, sekarang ada di bawah kasur",
        "bought a bottle of sleeping pills on the way home. nobody asked why",
    ],
)
def test_newer_implicit_shapes_are_crisis(text):
    assert rule_screen(text).level == "crisis"  # the rules alone, not the model's guess


@pytest.mark.parametrize(
    "text",
    [
        "bokap bakal kill me kalo tau nilai rapor gue wkwk",
        "my coach is going to kill me for skipping practice",
        "udah set tanggal pernikahan, deg-degan",
        "pemutih pakaian yang aman buat baju bayi apa ya",
        "mau goresin pensil ke kertas gambar dulu",
        "tonight's the night: face mask and a rom com",
        "relapsed last night and ate a whole cake, diet again monday",
        "goodbye to my old phone, it was nice knowing you",
        "wasiat almarhumah nenek dibacakan notaris hari ini",
        "bunuh diri bukan solusi, yuk cerita ke orang yang kamu percaya",
        "killing time at the airport, flight delayed again",
        "beli tali tenda yang baru buat kemah sabtu ini",
        "last post on this account, find me at my new handle (link in bio)",
        "nyukur jenggot pake razor baru, licin banget",
        "iris bawang pake pisau baru, mata perih wkwk",
        "beli obat batuk buat anak di apotek",
    ],
)
def test_their_everyday_look_alikes_stay_none(text):
    assert rule_screen(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "keponakanku nulis di status 'aku pengen mati aja'. aku harus gimana?",
        "my roommate keeps saying \"i won't be here next week\" and i'm scared",
        "pacarku tadi bilang “mending aku gak ada” pas kita berantem. aku khawatir",
    ],
)
def test_someone_elses_quoted_words_are_concern_not_the_writers_crisis(text):
    result = rule_screen(text)
    assert result.level == "concern" and "third_person" in result.signals


@pytest.mark.parametrize(
    "text",
    [
        "aku nulis di jurnal 'aku pengen mati' dan itu beneran yang aku rasain",
        'i told my therapist "i want to die" and she didn\'t believe me',
        "i'm writing this from the bathroom floor. i'm not sure i want to stop hurting myself",
    ],
)
def test_the_writers_own_quoted_words_stay_crisis(text):
    assert rule_screen(text).level == "crisis"
