"""The words and phrases screening knows, in Indonesian and English.

Everything here is written against the canonical spelling produced by `normalize`: lower case,
slang resolved (``pgn`` → ``pengen``, ``gk`` → ``gak``, ``bundir`` → ``bunuh diri``), English
contractions expanded (``don't`` → ``do not``) and punctuation kept as ``.``, ``,`` and ``?``
tokens. Patterns are regular expressions over that token string; `gap(n)` allows up to n words
(never a punctuation token) in between.

The lists describe language, not people: they say what a phrase usually means, and `rules`
decides what it means in context (who is speaking, negation, tense, framing).
"""

from __future__ import annotations

import re


def alt(*options: str) -> str:
    """A non-capturing alternation of regex fragments."""
    return "(?:" + "|".join(options) + ")"


def gap(n: int) -> str:
    """Up to `n` words (no punctuation) between two parts of a phrase."""
    return rf"(?:[a-z0-9_]+ ){{0,{n}}}"


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- Emoji that carry meaning --------------------------------------------------------------------

EMOJI_WORDS = {
    "🔪": "emjblade",
    "🗡": "emjblade",
    "⚔": "emjblade",
    "🪒": "emjblade",
    "🪢": "emjrope",
    "💊": "emjpill",
    "💉": "emjpill",
    "🔫": "emjgun",
    "⚰": "emjcoffin",
    "⚱": "emjcoffin",
    "🪦": "emjcoffin",
    "💀": "emjskull",
    "☠": "emjskull",
    "🩸": "emjblood",
    "😂": "emjlaugh",
    "🤣": "emjlaugh",
    "😆": "emjlaugh",
    "😹": "emjlaugh",
    "😅": "emjlaugh",
    "🫂": "emjhug",
    "🤗": "emjhug",
    "❤": "emjheart",
    "💛": "emjheart",
    "💙": "emjheart",
    "💚": "emjheart",
    "💜": "emjheart",
    "🤍": "emjheart",
    "🧡": "emjheart",
    "💗": "emjheart",
    "💖": "emjheart",
    "💔": "emjbroken",
    "😭": "emjcry",
    "😢": "emjcry",
    "😞": "emjsad",
    "😔": "emjsad",
}
METHOD_EMOJI = r"(?:emjblade|emjrope|emjpill|emjgun|emjblood)"

# --- Spelling: slang, contractions, glued words ----------------------------------------------------

_SLANG_GROUPS = {
    "gak": "ga gk g ngga nggak nggk engga enggak ndak kagak gag tdk tidak tak ngak gaak ora gx "
    "kaga kgk",
    "bukan": "bkn bukn",
    "pengen": "pgn pngn pngen pngin pingin pengin kepengen kepingin ingin pgen pengenn pgin "
    "pen pengn",
    "mau": "mo mw mao",
    "aku": "aq ak gw gue gua saya sy ane gwe",
    "udah": "udh sudah sdh dah uda udahh udeh",
    "banget": "bgt bngt bgtt bangett bnget",
    "aja": "aj ae saja ajah aje",
    "hidup": "idup hdp",
    "capek": "cape cpk cpek lelah capai",
    "kalau": "kalo klo kl jika jikalau bila klau",
    "gimana": "gmn gmna bagaimana gimane gmana",
    "hilang": "ngilang ilang menghilang lenyap",
    "selamanya": "slamanya slmnya selamnya",
    "mending": "mendingan mnding mndg",
    "bunuh": "bnh bunh",
    "bunuh diri": "bundir bndir bundr bunuhdiri bnhdiri",
    "mati": "mampus modar koit mti",
    "teman": "temen tmn tmen",
    "kepikiran": "kpikiran kepikir kpikir terpikir terpikirkan",
    "lagi": "lg lgi",
    "orang": "org",
    "yang": "yg",
    "dengan": "dgn",
    "tapi": "tp tpi",
    "karena": "krn karna",
    "juga": "jg",
    "sama": "sm ama",
    "semua": "smua",
    "semuanya": "smuanya",
    "sendiri": "sndiri sendri",
    "tahu": "tau",
    "sekarang": "skrg skrng skarang",
    "bisa": "bs bsa",
    "nyawa": "nyawaa",
    "kill myself": "kms",
    "kill yourself": "kys",
    "kill": "unalive",
    "killing": "unaliving",
    "suicide": "sewerslide",
    "right now": "rn",
    "i do not know": "idk",
    "because": "bc cuz coz",
    "people": "ppl",
    "you": "u",
    "your": "ur",
    "about": "abt",
    "myself": "myslf",
    "wkwk": "wkwkwk wkwkwkwk wkwkw wkwkwkw",
    "haha": "hahaha hahahaha wkwkwkwkwk",
}
SLANG: dict[str, str] = {
    variant: canonical for canonical, group in _SLANG_GROUPS.items() for variant in group.split()
}

CONTRACTIONS = {
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "i'm": "i am",
    "im": "i am",
    "i've": "i have",
    "ive": "i have",
    "i'll": "i will",
    "i'd": "i would",
    "don't": "do not",
    "dont": "do not",
    "doesn't": "does not",
    "doesnt": "does not",
    "didn't": "did not",
    "didnt": "did not",
    "can't": "can not",
    "cant": "can not",
    "cannot": "can not",
    "won't": "will not",
    "wont": "will not",
    "wouldn't": "would not",
    "wouldnt": "would not",
    "isn't": "is not",
    "isnt": "is not",
    "aren't": "are not",
    "wasn't": "was not",
    "you're": "you are",
    "youre": "you are",
    "they're": "they are",
    "they'd": "they would",
    "he's": "he is",
    "she's": "she is",
    "it's": "it is",
    "what's": "what is",
    "whats": "what is",
    "that's": "that is",
    "there's": "there is",
    "let's": "let us",
}

COMPOUNDS = {
    "killmyself": "kill myself",
    "selfharm": "self harm",
    "endmylife": "end my life",
    "pengenmati": "pengen mati",
    "maumati": "mau mati",
    "wanttodie": "want to die",
    "capekhidup": "capek hidup",
}

# --- Who is speaking ------------------------------------------------------------------------------

FIRST_PERSON = words("aku i me my myself kita we")
SECOND_PERSON = words("kamu kalian you your yourself lo lu loe elo kau anda mu kak sis bro")
THIRD_PRONOUNS = words(
    "dia ia mereka he she they him her his their them someone somebody seseorang beliau"
)
# People the writer may talk about, with Indonesian possessive endings (temanku, adiknya).
THIRD_PEOPLE_RE = re.compile(
    r"^(?:teman|sahabat|pacar|adik|adek|kakak|kakakku|abang|mama|mamah|papa|papah|ibu|ayah|"
    r"bapak|bunda|sepupu|tetangga|murid|siswa|siswi|mahasiswa|mahasiswi|pelajar|istri|suami|"
    r"ortu|keluarga|kenalan|bestie|crush|anak|pasien|klien|rekan|kolega|artis|penyanyi|"
    r"friend|friends|brother|sister|mom|mum|mother|dad|father|roommate|girlfriend|boyfriend|"
    r"son|daughter|kid|student|classmate|singer|cousin|wife|husband|partner|coworker|colleague|"
    r"patient|client|neighbor|neighbour|celebrity|actor|actress)"
    r"(?:ku|mu|nya|onlineku)?$"
)

# --- Negation, tense, framing --------------------------------------------------------------------

NEGATIONS = words("gak bukan never not no jangan nope tanpa takkan")
# "gak tahu" (don't know), "can't stop", "gak tahan" are not negations of what follows.
NEGATION_BREAKERS = words(
    "tahu ngerti paham know understand sure yakin tahan kuat sanggup bisa can stop berhenti "
    "peduli care ada punya ngapa kenapa tau"
)
REASSURANCE = words("kok tenang worry khawatir lah kocak santai")
MINIMIZERS = words("cuma hanya just only cuman")

PAST_RE = re.compile(
    r"\b(?:dulu|dahulu|pernah|sempat|dulunya|"
    r"waktu (?:itu|sma|smp|sd|kuliah|kecil|remaja|sekolah)|"
    r"(?:[0-9]+|se|satu|dua|tiga|empat|lima|beberapa|bertahun) ?(?:tahun|bulan) (?:yang )?lalu|"
    r"tahun lalu|bulan lalu|setahun|"
    r"years ago|months ago|year ago|last year|back in|used to|in high school|as a teen|"
    r"when i was|attempted|tried to|survived|bekas luka|scars?)\b"
)
PRESENT_RE = re.compile(r"\b(?:lagi|again|kambuh|relapse|relapsed|still|masih|sekarang|now)\b")
RECOVERY_RE = re.compile(
    r"\b(?:pulih|sembuh|membaik|lebih baik|bersyukur|alhamdulillah|penyintas|survivor|"
    r"recovery|recovered|recovering|gets better|got better|clean|bebas dari|free|"
    r"masih di sini|still here|bertahan|graduated|lulus|therapy|terapi|psikolog|"
    r"berharga|want to live|pengen hidup|glad|proud|bangga|lighter|membantu orang)\b"
)

EDUCATION_RE = re.compile(
    r"\b(?:pencegahan|mencegah|cegah|dicegah|prevention|prevent|postvention|tanda tanda|"
    r"tandanya|warning signs|the signs|gejala|faktor risiko|faktor pelindung|risk factors|"
    r"psikoedukasi|edukasi|education|webinar|seminar|pelatihan|training|kelas|materi|artikel|"
    r"thread|statistik|statistics|who|riset|research|penelitian|studi|study|mitos|fakta|"
    r"myth|awareness|kesadaran|gatekeeper|guidelines|pedoman|safe messaging|penjelasan|"
    r"penjelasannya|apa itu|pahami|memahami|kenali|dengarkan|jangan menghakimi|"
    r"cari bantuan|hari pencegahan|prevention day|month|learn|learning|relawan|volunteer|"
    r"media|penyintas percobaan|mendampingi)\b"
)
SUPPORT_RE = re.compile(
    r"\b(?:gak sendiri|gak sendirian|not alone|you matter|kamu berharga|berharga|peluk|"
    r"emjhug|emjheart|aku di sini|we are here|i am here|kami di sini|here for you|hubungi|"
    r"reach out|call a helpline|helpline|hotline|url|please stay|bertahan ya|jangan menyerah|"
    r"sending love|dm aku|cerita ke|cerita aja|tolong tunggu|bantuan itu ada|ask for help|"
    r"bukan salahmu|not your fault|you deserve|semangat|you are not alone|stay with them|"
    r"you are loved|kamu gak sendirian|kamu gak sendiri|healing119|119)\b"
)
HELP_SEEKING_RE = re.compile(
    r"\b(?:harus gimana|harus ngapain|harus bagaimana|aku gimana|what should i do|"
    r"what do i do|who do i tell|how do i|how can i help|gimana cara|gimana caranya bantu|"
    r"butuh bantuan|need help|lapor|tolong bantu|help me help|apa yang harus)\b"
)
HUMOR_RE = re.compile(r"\b(?:wkwk|haha|hehe|lol|lmao|lmfao|rofl|emjlaugh|emjskull|xd|awkwk)\b")
MUNDANE_RE = re.compile(
    r"\b(?:skripsi|tugas|kerjaan|kerja|deadline|ujian|exam|exams|macet|traffic|panas|"
    r"kepanasan|ngantuk|laper|lapar|kelaparan|malu|embarrass|embarrassment|embarrassed|cringe|"
    r"ketawa|ngakak|laugh|laughing|naik gunung|lari|olahraga|gym|dosen|mic|meeting|rapat|"
    r"presentasi|pr|homework|kuliah pagi|kelas pagi|antri|antrian|hiking|hike)\b"
)

# --- Idioms and harmless uses (masked before anything else is read) ---------------------------

IDIOMS = [
    # Things that "die" or "are dead": power, phones, engines, plants in a game.
    r"\b(?:lampu|listrik|hp|handphone|baterai|batre|batere|mesin|motor|mobil|sinyal|kipas|wifi|"
    r"kuota|laptop|tv|ac|mesin cuci|lampu lalu lintas|server)( [a-z]+){0,2} mati\b",
    r"\bmati (?:lampu|listrik|gaya|kutu|suri|penasaran|kelaparan|kepanasan|ketawa|konyol|"
    r"langkah|angin|total|kutu|kebosanan)\b",
    r"\b(?:cinta|harga|setengah) mati\b",
    r"\bmati matian\b",
    r"\b(?:ngakak|ketawa|tertawa|bosen|bosan|kangen|setia|takut|penasaran|laper|lapar)"
    r"(?: [a-z]+){0,2} (?:sampe|sampai|setengah) (?:mau )?mati\b",
    r"^mati aku\b",
    r"\bbisa mati aku\b",
    r"\b(?:kaki|tangan|jari|bibir|gigi|badan|kakiku|tanganku)(?: [a-z]+){0,2} mati rasa\b",
    r"\bbunuh waktu\b",
    r"\bbunuh diri (?:politik|karir|karier|massal)\b",
    r"\b(?:sama aja|itu namanya|namanya|sama saja) bunuh diri\b",
    r"\bsuicide (?:squad|mission|doors?|burn|run|pact film)\b",
    r"\b(?:career|political|social|commercial|electoral) suicide\b",
    r"\bkill(?:ing|ed)? (?:time|it|the process|two birds|the lights|the vibe)\b",
    r"\b(?:is|are|was) killing (?:me|it)\b",
    r"\bkilling it\b",
    r"\bkill for\b",
    r"\b(?:die|dying|died) (?:of|from) (?:laughter|laughing|embarrassment|shame|boredom|"
    r"cringe|cuteness|malu)\b",
    r"\b(?:laughed|laughing) so hard i (?:died|almost died|nearly died)\b",
    r"\b(?:nearly|almost) died laughing\b",
    r"\bi would rather die than\b",
    r"\brather die than\b",
    r"\b(?:bored|starving|scared|worried|tired) to death\b",
    r"\bdrop dead\b",
    r"\bdie hard\b",
    r"\bto die for\b",
    r"\bdead tired\b",
    r"\b(?:going|gonna) to kill me\b",
    r"\b(?:killer|killa)\b",
    r"\bi am (?:so )?dead\b",
    r"\bi am dead emjlaugh\b",
    r"\btali (?:sepatu|jemuran|tambang|rafia|tas|kur|pinggang)\b",
    r"\b(?:pisau|knife|knives) (?:dapur|kitchen)\b|\bkitchen knife|\bkitchen knives\b",
    r"\bjump rope\b",
]

# --- What a risk phrase looks like -----------------------------------------------------------------

ME = r"(?:aku |i |gue )?"
WANT = alt(
    "pengen",
    "mau",
    "want to",
    "would like to",
    "ready to",
    "wish i could",
    "plan to",
    "planning to",
    "going to",
    "bakal",
    "akan",
    "siap",
)
SELF_REFLEXIVE_THIRD = r"(?:himself|herself|themselves|themself|dirinya)"

# Suicide named outright. Who and when is decided by the rules.
SUICIDE_TERMS = [
    r"\bbunuh (?:diri|dri)\b",
    r"\bsuicid(?:e|al|ality)\b",
    r"\bkill(?:ing)? (?:my ?self|me self)\b",
    r"\bend(?:ing)? (?:my|my own) life\b",
    r"\btak(?:e|ing) my (?:own )?life\b",
    r"\b(?:meng|ng)?akhir(?:i|in) (?:hidup|hidupku|nyawaku)\b",
    r"\bend(?:ing)? it all\b",
    r"\b(?:am|going to|will|to) end(?:ing)? it(?: tonight| all)?\b",
    r"\bending it\b",
    r"\bgantung diri\b",
    r"\bhang(?:ing)? myself\b",
    r"\bngegantung diri\b",
    r"\bkill (?:him|her|them)(?:self|selves)\b",
    r"\bend(?:ing)? (?:his|her|their) (?:own )?life\b",
    r"\bdied by suicide\b",
]
# Wanting to die, in so many words.
DEATH_WISH = [
    rf"\b{WANT} {gap(2)}(?:mati|die|be dead|dead)\b",
    r"\bpen mati\b",
    r"\bmati (?:aja|saja)\b",
    r"\b(?:mending|lebih baik) (?:aku |gue )?mati\b",
    r"\bbetter off dead\b",
    r"\bwish (?:i|i was|i were|i am|i could be) (?:dead|gone)\b",
    r"\bwish i was dead\b",
    r"\bbiar (?:aku )?mati\b",
    r"\bberharap (?:[a-z]+ ){0,3}(?:mati|meninggal)\b",
    r"\b(?:ambil|cabut) nyawa(?:ku)?\b",
    r"\bnyusul (?:ayah|ibu|mama|papa|bapak|almarhum|almarhumah|kakek|nenek|bunda)\b",
    rf"\b{WANT} {gap(2)}(?:meng|ng)?akhir(?:i|in) (?:semua|semuanya|segalanya)\b",
    r"\bwant to (?:be )?here emjcoffin|emjcoffin (?:[a-z]+ ){0,2}(?:pengen|mau|want)|"
    r"(?:pengen|mau|want to|wanna) (?:[a-z]+ ){0,4}emjcoffin",
    r"\b(?:aku )?(?:pengen|mau) (?:cepet|cepat) (?:cepet |cepat )?(?:ke sini|kesini|mati)",
    rf"\b{WANT} {gap(1)}(?:unalive|kill) (?:my ?self)\b",
]
# Wishing not to exist, to sleep and not wake up, to disappear for good.
PASSIVE = [
    r"\btidur (?:[a-z]+ ){0,3}selamanya\b",
    r"\btidur forever\b",
    r"\bsleep forever\b",
    r"\b(?:gak|never|not) (?:mau |pengen )?(?:bangun|wake up|wake) (?:lagi|again)\b",
    r"\bnever wake up\b",
    r"\b(?:hope|semoga|berharap) (?:[a-z]+ ){0,3}(?:gak|not|never) (?:bangun|wake)\b",
    r"\b(?:hilang|pergi|menghilang) (?:untuk )?selamanya\b",
    r"\b(?:disappear|disappeared|vanish|gone) forever\b",
    r"\bstop existing\b|\bstop being alive\b|\bberhenti ada\b",
    r"\bgak pernah (?:dilahirin|dilahirkan|lahir)\b",
    r"\bnever (?:been )?born\b",
    r"\b(?:mending|lebih baik) aku (?:gak ada|gak usah ada|pergi)\b",
    r"\bmending aku pergi selamanya\b",
    r"\bbetter off without me\b",
    r"\blebih (?:baik|bahagia|senang) (?:[a-z]+ ){0,2}(?:kalau|tanpa) aku(?: gak ada)?\b",
    r"\bhappier (?:if i|without me)\b",
    r"\b(?:harusnya|seharusnya) aku (?:udah )?mati\b",
    r"\bkenapa aku masih hidup\b",
    r"\bwhy am i (?:still )?alive\b",
    r"\bbesok aku udah gak ada\b",
]
# Life itself refused: "gak kuat lagi hidup", "capek hidup", "no reason to live".
LIFE = [
    r"\bgak (?:mau|pengen|kuat|sanggup|tahan) (?:lagi )?(?:untuk |buat )?hidup\b",
    r"\b(?:capek|tired) (?:[a-z]+ ){0,2}(?:hidup|living|of life|being alive)\b",
    r"\b(?:sick|tired) of (?:living|life|being alive)\b",
    r"\bdo not (?:want to|wanna) (?:live|be alive|exist)\b",
    r"\bno (?:reason|point) (?:[a-z]+ ){0,2}(?:live|living|alive)\b",
    r"\bgak ada (?:alasan|gunanya|tujuan) (?:lagi )?(?:buat |untuk )?(?:aku )?"
    r"(?:hidup|stay alive|bertahan hidup)\b",
    r"\b(?:nyerah|menyerah) (?:sama|pada|dengan) hidup\b",
    r"\bgive up on (?:life|living)\b",
]
SELF_HARM = [
    r"\bself harm(?:ing|ed|s)?\b",
    r"\b(?:nyakitin|menyakiti|nyakiti|ngelukain|melukai|lukain|ngelukai|ngerusak) "
    r"(?:diri|diriku|dirinya)\b",
    r"\bhurt(?:ing)? (?:my ?self|herself|himself|themselves|yourself)\b",
    r"\bcut(?:ting|s)? (?:my ?self|herself|himself|themselves)\b",
    r"\bcut (?:again|tonight|lagi)\b",
    r"\bcutting(?! (?:board|vegetables|sayur|bawang|rambut|hair|edge|the|a|an|it|out|down|"
    r"back|class|kelas|corners|costs))\b",
    r"\b(?:nyilet|nyayat|menyayat|sayat|menyilet|sayatan)\b",
    r"\b(?:mukul|memukul|nonjok|nyubit|cakar) (?:mukul )?(?:diri|diriku)\b",
    r"\b(?:blade|razor|silet|cutter|pisau|knife) (?:on|ke) (?:my|tanganku|lenganku)\b",
]
# Concrete means and acts. A means word alone ("obat", "rope") is harmless; it becomes a
# method detail when the text is about dying or self-harm.
METHOD_ACTS = [
    r"\bgantung diri\b|\bhang(?:ing)? (?:my|him|her|them)?self\b|\bngegantung\b",
    r"\b(?:loncat|lompat|jump|jumped|jumping|terjun|step|stepping)"
    r"(?: [a-z]+){0,2} (?:dari|from|off|in front of|depan) (?:[a-z]+ ){0,2}"
    r"(?:jembatan|bridge|gedung|building|atap|roof|rooftop|lantai|tebing|cliff|apartemen|"
    r"train|kereta|rel|balkon|balcony)\b",
    r"\b(?:loncat|lompat|jump) aja\b",
    r"\b(?:rel kereta|train tracks|in front of a train|depan kereta)\b",
    r"\boverdosis\b|\boverdose\b|\boverdosed\b",
    r"\b(?:minum|nelen|menelan|take|took|taking|swallow(?:ed)?) (?:obat )?"
    r"(?:[a-z]+ ){0,1}(?:banyak|semua|semuanya|sebotol|segenggam|all|the whole bottle|"
    r"whole bottle|all of them)\b",
    r"\b(?:[0-9]+|x|n|banyak|segenggam|sebotol|satu strip) (?:butir|tablet|pil|strip|pills|tablets)\b",
    r"\bminum (?:racun|baygon|pestisida|pemutih|bleach)\b|\bdrink (?:poison|bleach)\b",
    r"\b(?:sayat|nyayat|menyayat|potong|iris) (?:[a-z]+ ){0,2}(?:nadi|pergelangan|wrist)",
    r"\b(?:blade|razor|silet|cutter|pisau|knife) (?:on|di|ke) (?:my )?"
    r"(?:arm|wrist|skin|leg|thigh|tangan|pergelangan|lengan|paha)",
    r"\b(?:pakai|pake|with a|using a|used a) (?:silet|blade|razor|cutter|pisau|knife)\b",
]
MEANS_WORDS = re.compile(
    r"\b(?:tali|rope|obat|pil|pills|pill|tablet|tablets|butir|racun|poison|baygon|pestisida|"
    r"silet|blade|razor|cutter|pisau|knife|pistol|gun|senjata|jembatan|bridge|gedung|"
    r"building|atap|roof|rooftop|rel|train|kereta|loncat|lompat|jump|nadi|overdosis|overdose|"
    r"gantung|hang|obat tidur|sleeping pills|emjblade|emjrope|emjpill|emjgun|emjblood)\b"
)
PLAN = [
    r"\b(?:i have|aku (?:udah )?punya) (?:a )?(?:plan|rencana)\b",
    r"\b(?:udah|aku udah) (?:nentuin|menentukan|milih|mutusin|memutuskan) (?:tanggal|hari|"
    r"waktu|caranya)\b",
    r"\bpicked (?:the|a) (?:date|day)\b",
    r"\b(?:nyiapin|menyiapkan|siapin|ngumpulin|mengumpulkan|kumpulin|nyimpen|menyimpan|beli|"
    r"membeli|bought|buy|got|stockpil[a-z]*|saving up|collected|collecting|saved up) "
    r"(?:[a-z]+ ){0,2}(?:tali|rope|obat|pills|racun|poison|silet|blade|razor|pisau|gun|pistol)",
    r"\bi am going to do it\b|\baku bakal ngelakuin(?:nya)?\b",
]
DOSE = [
    r"\b(?:berapa|how many|how much) (?:[a-z]+ ){0,3}(?:obat|pil|pills|tablet|tablets|butir|"
    r"dosis|dose)\b",
    r"\b(?:dosis|dose) (?:[a-z]+ ){0,2}(?:mematikan|lethal|fatal|mati|overdosis)\b",
    r"\b(?:lethal|fatal|mematikan) (?:dose|dosis)\b",
    r"\b(?:[0-9]+|x|n) (?:butir|tablet|pil|strip|pills|tablets|mg)\b",
    r"\b(?:sebotol|segenggam|the whole bottle|whole bottle|all of them|semua obat|semuanya)\b",
]
DOSE_CONTEXT = re.compile(
    r"\b(?:mati|die|dead|overdosis|overdose|lethal|mematikan|gak bangun|never wake|"
    r"wake up|tidur selamanya|bunuh diri|suicide|fatal|emjpill)\b"
)
LETHALITY = [
    r"\bpaling (?:cepat|cepet|ampuh|efektif|gak sakit|pasti)\b",
    r"\b(?:tanpa|gak) (?:rasa )?sakit\b",
    r"\b(?:yang )?(?:cepet|cepat)\b",
    r"\bpainless\b|\bwithout pain\b|\blethal\b|\bfatal\b|\bmematikan\b|\bmost reliable\b",
    r"\b(?:quickest|fastest|easiest|surest|best) way\b",
    r"\bpasti mati\b",
]
LOCATION = [
    r"\b(?:tallest|highest|tertinggi|paling tinggi)(?: [a-z]+){0,1} "
    r"(?:bridge|building|jembatan|gedung|roof|rooftop)\b",
    r"\b(?:jembatan|gedung|bridge|building) (?:[a-z]+ ){0,2}(?:paling tinggi|tertinggi|tallest|"
    r"highest)\b",
    r"\b(?:pinggir|tepi|edge of|atas|ujung) (?:the )?(?:jembatan|bridge|gedung|building|atap|"
    r"roof|tebing|cliff|balkon)\b",
    r"\b(?:atap|rooftop|roof)(?: [a-z]+){0,2}\b",
    r"\b(?:berdiri|duduk|standing|sitting) di (?:rel|pinggir|tepi|atap|atas)\b",
    r"\b(?:near me|terdekat|di kota ini|bisa diakses)\b",
    r"\blantai [0-9]+\b",
]
LOCATION_DISTRESS = re.compile(
    r"\b(?:done|gak kuat|capek|loncat|lompat|jump|mati|die|selesai|end|bunuh diri|suicide|"
    r"bisa diakses|tinggal selangkah|nunggu keretanya|pengen nunggu)\b"
)
# Asking for a way to die. The filler between "cara" and the act may only be small words, so
# "cara mencegah bunuh diri" or "how to help someone" never read as a request for a method.
_SEEK_FILL = (
    r"(?:(?:yang|paling|buat|untuk|biar|aku|bisa|to|for|me|i|can|do|a|the|of|gak|"
    r"cepet|cepat|quick|easy|painless|quickest|fastest|easiest|best|surest|most|reliable|"
    r"mudah|gampang|ampuh|efektif) ){0,3}"
)
_SEEK_ACT = alt(
    r"bunuh (?:diri|dri)",
    "mati",
    "die",
    r"kill my ?self",
    "suicide",
    r"end my life",
    r"(?:meng|ng)?akhir(?:i|in) hidup",
    "overdosis",
    "overdose",
    "gantung diri",
    "hang myself",
)
SEEK = [
    rf"\b(?:cara|caranya|how to|how do i|how can i|ways to|way to|method of|methods of|"
    rf"metode|teknik) {_SEEK_FILL}{_SEEK_ACT}\b",
    rf"\b(?:cara|caranya) {_SEEK_FILL}{_SEEK_ACT}\b",
    r"\bwhich method\b|\bbest method\b|\bmetode apa\b",
    r"\b(?:racun|obat|poison|pills) (?:apa|what) (?:[a-z]+ ){0,6}(?:mati|die|cepat|cepet|"
    r"lethal|fatal)\b",
    r"\b(?:obat|racun|pills|poison) (?:[a-z]+ ){0,5}(?:bisa bikin|bikin|bisa buat|to) "
    r"(?:orang )?(?:mati|die|gak bangun)\b",
    r"\bwhat is (?:a |the )?(?:lethal|fatal) (?:dose|amount)\b",
    r"\b(?:researching|nyari|cari|mikirin|mikir|looking up|googling) (?:[a-z]+ ){0,1}"
    rf"(?:cara|ways to|way to|how to) {_SEEK_FILL}{_SEEK_ACT}\b",
]
FAREWELL_STRONG = [
    r"\bpostingan terakhir(?:ku)?\b|\blast post\b|\bpost terakhir\b",
    r"\bgoodbye (?:letter|letters|note|notes)\b",
    r"\bsurat (?:perpisahan|wasiat|terakhir|buat keluarga(?:ku)?|untuk keluarga(?:ku)?)\b",
    r"\bsuicide note\b",
    r"\baku pergi duluan\b|\bpergi duluan\b",
    r"\bbesok aku udah gak ada\b",
    r"\bthis is goodbye\b|\bthis is my goodbye\b",
]
FAREWELL_WEAK = [
    r"\bselamat tinggal\b",
    r"\bgoodbye\b|\bbye forever\b|\bfarewell\b",
    r"\bpamit\b",
    r"\bmaaf (?:ya )?(?:semuanya|semua|ma|pa|mama|papa|ibu|ayah|bu|yah)\b",
    r"\bsorry (?:mom|mum|dad|everyone|guys)\b",
    r"\bi love you(?: all)?\b|\blove you all\b",
    r"\bjaga diri (?:kalian|baik baik)\b|\btake care of (?:yourselves|my)\b",
    r"\btitip (?:kucing|anjing|adik|ibu|mama|papa|ayah)[a-z]*\b",
    r"\b(?:makasih|terima kasih) (?:buat|untuk) (?:semuanya|semua)\b",
    r"\bmakasih udah jadi\b|\bthank you for everything\b",
]
DISTRESS_STRONG = [
    r"\bgak kuat(?: lagi)?\b",
    r"\b(?:i am )?done with everything\b",
    r"\bi am (?:so )?done\b",
    r"\b(?:mau|pengen) (?:selesai|udahan)(?: aja)?\b|\budahan aja\b|\bselesai aja\b",
    r"\bbiar (?:semua|semuanya) selesai\b|\bpengen semuanya selesai\b",
    r"\bgak sanggup(?: lagi)?\b",
    r"\bcan not (?:do this|take (?:it|this)) anymore\b",
]
HOPELESSNESS = [
    r"\bgak ada harapan\b|\bhopeless\b|\bputus asa\b|\bno hope\b",
    r"\bgak berguna\b|\bworthless\b|\buseless\b",
    r"\b(?:jadi |cuma |hanya )?beban (?:buat|bagi|untuk)\b|\ba burden\b",
    r"\bbenci (?:sama )?diri(?:ku)?(?: sendiri)?\b|\bhate myself\b",
    r"\bkosong (?:banget )?rasanya\b|\bfeel (?:so )?empty\b|\bhidup tapi gak hidup\b",
    r"\bcapek (?:banget )?(?:sama|dengan) (?:semua|semuanya|segalanya|hidup)\b",
    r"\btired of everything\b|\bcapek jadi aku\b",
    r"\bgak sanggup lagi\b|\bcan not do this anymore\b|\bcan not take (?:it|this) anymore\b",
    r"\bwhat is the point\b|\bbuat apa (?:sih )?aku (?:hidup|bertahan)\b",
    r"\bbuat apa bertahan\b|\bwhy i even bother\b",
    r"\bgak ada yang (?:peduli|ngerti|sayang|bakal sadar|sadar|nungguin)\b",
    r"\bnobody cares\b|\bno one cares\b|\bno one would (?:even )?notice\b|\bnobody would notice\b",
    r"\bsendirian\b|\bso alone\b|\ball alone\b|\bgak punya siapa siapa\b",
    r"\bdepresi(?:ku)? kambuh\b|\bdepressed\b",
    r"\bnangis tiap (?:malam|hari)\b|\bcry every (?:night|day)\b",
    r"\bgak mau ketemu siapa siapa\b",
    r"\bmati rasa\b|\bhati(?:ku)? (?:[a-z]+ ){0,2}mati\b|\bdying inside\b",
    r"\bgagal terus\b|\bgak pantas bahagia\b|\bdo not deserve\b",
    r"\bsemua salahku\b|\bngerusak segalanya\b|\bruin everything\b",
    r"\bterasa gelap\b|\bsemuanya gelap\b",
    r"\bhidup(?:ku)? (?:berantakan|gak ada artinya|gak ada gunanya|hancur)\b",
    r"\bdrowning\b",
    r"\bgak tahu lagi (?:harus gimana|buat apa)\b|\bgak tahu harus mulai\b",
    r"\bfeeling worthless\b|\bcompletely hopeless\b",
    r"\bgak ada yang ngerti\b|\bso done with\b",
    r"\bsesak terus\b",
    r"\bpengen hilang(?: aja)?\b|\bwant to disappear\b",
    r"\bnothing ever gets better\b",
    r"\bgak ngerasa apa apa\b",
    r"\bsedih banget\b|\bsad all the time\b|\bexhausted\b",
]
DEATH_THOUGHTS = [
    r"\bkepikiran mati\b|\bmikir(?:in)? (?:tentang )?mati\b|\bthink(?:ing)? about death\b",
    r"\b(?:mikir|kepikiran|think|thinking|wonder) (?:[a-z]+ ){0,4}(?:kalau aku gak ada|"
    r"if (?:i|they) (?:just )?disappeared)\b",
    r"\bgimana rasanya kalau aku gak ada\b",
]
HYPERBOLE_FRAMES = [
    r"\b(?:rasanya|rasa|kayak|kaya|serasa|seperti) (?:[a-z]+ ){0,1}mau mati\b",
    r"\bmau mati (?:[a-z]+ )?rasanya\b",
    r"\b(?:bikin|buat|made|makes|make) (?:aku |me )?(?:pengen|mau|want to) (?:[a-z]+ )?"
    r"(?:mati|die)\b",
    r"\b(?:sampe|sampai) (?:pengen|mau) mati\b",
]
INCITEMENT = [
    r"\bkill yourself\b|\bgo die\b|\bjust die\b",
    r"\b(?:mati|bunuh diri|gantung diri) (?:aja|saja) (?:lo|lu|loe|elo|kau|kamu|sana)\b",
    r"\b(?:mending|lebih baik) (?:lo|lu|loe|elo|kau|kamu) mati\b",
]
RELAPSE = re.compile(r"\b(?:lagi|again|kambuh|relapse|relapsed)\b")

# Words that a starred or leet-spelled token may stand for (the screening vocabulary's core).
STAR_TARGETS = (
    "bunuh diri bundir suicide suicidal kill killing myself mati pengen bunuh "
    "self harm cutting die dead gantung overdosis overdose"
).split()

_COMMON = """
a about after again ajaa all alone always am an and any anymore are as at away back bad be
because been before better but by can could day days did do does done down each else end
even ever every everyone everything feel feeling for forever from get go going gone good got
had has have he her here him his how i if in into is it its just know last let life like
live living look lot love make me more most much my myself need never new next night no not
nothing now of off ok okay on one only or other our out over people please really right same
see she should since so some someone something sorry still stop such sure take tell than
that the their them then there these they thing things think this those time to today
tomorrow tonight too try under up us very want was way we well were what when where which
while who why will with without would year years yes yet you your
ada adalah agar akan aku anak apa atau aja bagi bahwa baik bakal banget banyak baru bawa
begini begitu belum benar besok biar bikin bilang bisa buat bukan cuma dari dalam dan dari
datang dengan deh di dia diri diriku dong dulu emang enak entah gak gara gimana hari harus
hanya hati hidup hidupku ini itu jadi jangan juga kalau kali kamu kan karena ke kena kenapa
kok kita lagi lah lama lebih lewat lho mau maaf malam mana masih mati mau memang mereka
mungkin nanti nih nya orang pagi pakai pas pengen pergi pernah punya rasa rasanya saat sama
sampai sampe satu saya sebentar sedang sedih selalu semua semuanya sendiri seperti sering
sih siapa sudah sulit sungguh tahu tanpa tapi tau tetap tiap tidur tuh udah untuk waktu ya
yang kesehatan mental jiwa bersama bisa mari bicara bulan harapan tanda pencegahan sedunia
world day prevention awareness month health week mental talk lets let us support help
kesehatanmental bersamakitabisa maribicara capek lelah gak kuat sanggup hilang selamanya
ngilang tired sad alone die dying dead death kill killing suicide suicidal want wanna end
sleep wake never born exist existing ready plan tidur bangun lahir
"""


def _pattern_words() -> set[str]:
    found: set[str] = set()
    sources: list[str] = []
    for value in list(globals().values()):
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            sources.extend(value)
        elif isinstance(value, re.Pattern):
            sources.append(value.pattern)
    for source in sources:
        # Drop regex escapes (\b, \w) before collecting the words a pattern mentions.
        cleaned = re.sub(r"\\[a-zA-Z]", " ", source)
        found.update(w for w in re.findall(r"[a-z]+", cleaned) if len(w) > 1)
    return found


VOCABULARY: frozenset[str] = frozenset(
    _pattern_words()
    | set(_COMMON.split())
    | set(SLANG.values())
    | {w for v in SLANG.values() for w in v.split()}
    | {w for v in CONTRACTIONS.values() for w in v.split()}
    | set(CONTRACTIONS)
    | set(COMPOUNDS)
    | FIRST_PERSON
    | SECOND_PERSON
    | THIRD_PRONOUNS
    | NEGATIONS
    | set(EMOJI_WORDS.values())
    | set(STAR_TARGETS)
)
