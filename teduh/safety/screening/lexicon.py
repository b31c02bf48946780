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
    "🌉": "emjbridge",
}

# --- Spelling: slang, contractions, glued words -------------------------------------------------

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
    "bunuh diri": "bundir bndir bundr bunuhdiri bnhdiri bndr",
    "tidur": "tdr tdur",
    "besok": "bsk bsok",
    "alasan": "alesan alsan",
    "napas": "nafas",
    "nyilet": "nyiletin",
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
    "suicide": "sewerslide ctb sucide suicde suiside suicid sucid",
    "right now": "rn",
    "i do not know": "idk",
    "because": "bc cuz coz",
    "people": "ppl",
    "you": "u",
    "your": "ur",
    "about": "abt",
    "myself": "myslf",
    "wkwk": "wkwkwk wkwkwkwk wkwkw wkwkwkw wkwkwkwkwk awkwk awokawok",
    "self harm": "sh selfharm",
    "gak apa apa": "gpp gapapa gakpapa",
    "udah lah": "dahlah udahlah",
    "kenapa": "knp napa",
    "kayak": "kyk kek kaya",
    "terus": "trs trus",
    "emang": "emg",
    "bunuh diri aja": "bunuhdiriaja",
    "haha": "hahaha hahahaha hahah ahaha",
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

FIRST_PERSON = words("aku i me my myself mine diriku hidupku nyawaku kita we")
SECOND_PERSON = words(
    "kamu kalian you your yourself yourselves lo lu loe elo kau engkau anda mu dirimu hidupmu"
)
THIRD_PRONOUNS = words(
    "dia ia mereka he she they him her his their them himself herself themselves themself "
    "dirinya hidupnya beliau katanya"
)
# Nobody in particular: "orang yang ingin bunuh diri", "someone who is suicidal".
GENERIC_PEOPLE = words(
    "orang seseorang siapapun people someone somebody anyone anybody everyone those person "
    "persons individu remaja"
)
# People the writer may talk about, with Indonesian possessive endings (temanku, adiknya).
THIRD_PEOPLE_RE = re.compile(
    r"^(?:teman|temen|sahabat|pacar|adik|adek|kakak|kak|abang|mama|mamah|mami|papa|papah|papi|"
    r"keponakan|ponakan|saudara|sodara|ipar|mertua|menantu|cucu|"
    r"ibu|ayah|bapak|bunda|om|tante|paman|bibi|kakek|nenek|sepupu|tetangga|murid|siswa|siswi|"
    r"mahasiswa|mahasiswi|pelajar|istri|suami|ortu|keluarga|kenalan|bestie|crush|anak|pasien|"
    r"klien|rekan|kolega|artis|penyanyi|aktor|aktris|atlet|korban|pria|wanita|perempuan|"
    r"laki|cowok|cewek|gadis|pemuda|warga|karyawan|pekerja|selebgram|influencer|youtuber|"
    r"friend|friends|bff|bestfriend|brother|bro|sister|sis|mom|mum|mother|dad|father|parent|"
    r"parents|roommate|flatmate|girlfriend|boyfriend|gf|bf|son|daughter|kid|kids|child|teen|"
    r"teenager|student|students|classmate|singer|cousin|wife|husband|partner|coworker|"
    r"colleague|patient|client|neighbor|neighbour|celebrity|actor|actress|athlete|man|woman|"
    r"boy|girl|guy|teacher|guru|uncle|aunt|grandma|grandpa|niece|nephew|member|user|victim)"
    r"(?:ku|mu|nya|onlineku|s)?$"
)
# Animals, plants and things: "kucingku tidur selamanya" is not about a person.
NON_PERSON_RE = re.compile(
    r"^(?:kucing|anjing|ikan|hamster|kelinci|burung|tanaman|bunga|cat|cats|dog|dogs|fish|bird|"
    r"pet|plant|plants|goldfish|cupang|kura|hp|laptop|phone|battery|baterai|mobil|motor|car)"
    r"(?:ku|mu|nya|s)?$"
)
# Reported speech that puts the words in someone else's mouth ("pengen mati katanya").
REPORTED_AFTER = re.compile(r"^(?:katanya|kata dia|kata nya|he said|she said|they said)\b")

# --- Negation, tense, framing --------------------------------------------------------------------

NEGATIONS = words("gak bukan never not no jangan nope tanpa takkan belum nor")
# "gak tahu" (don't know), "can't stop", "gak tahan" are not negations of what follows.
NEGATION_BREAKERS = words(
    "tahu ngerti paham know understand sure yakin tahan kuat sanggup bisa can stop berhenti "
    "peduli care punya ngapa kenapa tau joking kidding bercanda lying bohong becanda "
    "even help only just cuma lagi matter again lama sabar wait cap"
)
# After a risk phrase: "bunuh diri? nggak lah", "suicidal? no".
AFTER_DENIAL = re.compile(r"^(?:gak|bukan|no|nope|never|not)(?: (?:lah|kok|dong|sih|ya|kali))?\b")

# Distant past: the speaker talks about how it was, not how it is.
PAST_RE = re.compile(
    r"\b(?:dulu|dahulu|dulunya|pernah|sempat|semasa|"
    r"waktu (?:itu|sma|smp|sd|kuliah|kecil|remaja|sekolah|masih)|"
    r"(?:[0-9]+|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|"
    r"bertahun) ?(?:tahun|bulan|minggu) (?:yang )?(?:lalu|silam)|"
    r"tahun lalu|bulan lalu|tahun tahun lalu|"
    r"(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many) "
    r"(?:years|months|year|month) ago|"
    r"years ago|months ago|last year|back in|back then|used to|in high school|in college|"
    r"as a teen|as a kid|when i was|attempted|survived|survivor|penyintas|"
    r"(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|dua|tiga|empat|lima|enam|"
    r"tujuh|delapan|sembilan|sepuluh|se|satu) ?(?:days|hari|months|bulan|years|tahun|weeks|"
    r"minggu) (?:clean|free|bebas)|since my (?:last )?attempt|since i last|sejak terakhir|"
    r"(?:last|previous|first) attempt|since my last|"
    r"(?:at|at age|when i was|umur|usia|pas umur|waktu umur) [0-9]{1,2}\b|"
    r"percobaan terakhir|"
    r"self harm free|free (?:from|of) self harm|bebas (?:dari )?self harm|clean (?:dari|from) "
    r"self harm|bekas luka(?! baru)|(?<!new )(?<!fresh )scars?(?! baru))\b"
)
# Present markers cancel a past reading in the same clause ("dulu ..., sekarang lagi").
PRESENT_RE = re.compile(
    r"\b(?:lagi|again|kambuh|relapse|relapsed|still|masih|sekarang|now|tonight|malam ini|"
    r"hari ini|today|right now|akhir akhir ini|lately|these days)\b"
)
RECOVERY_RE = re.compile(
    r"\b(?:pulih|sembuh|membaik|lebih baik|bersyukur|alhamdulillah|penyintas|survivor|"
    r"recovery|recovered|recovering|gets better|got better|clean|bebas dari|"
    r"masih di sini|still here|graduated|lulus|therapy|terapi|psikolog|psikiater|"
    r"berharga|want to live|pengen hidup|glad|proud|bangga|lighter|membantu orang|bantu orang)\b"
)

# Prevention, education and awareness framing.
EDUCATION_RE = re.compile(
    r"\b(?:ciri ciri|pencegahan|mencegah|cegah|dicegah|prevention|prevent|preventing|postvention|"
    r"tanda tanda|tandanya|tanda peringatan|warning signs|the signs|signs of|gejala|symptoms|"
    r"faktor risiko|faktor pelindung|risk factors?|protective factors?|psikoedukasi|edukasi|"
    r"education|educational|webinar|seminar|workshop|pelatihan|training|materi|artikel|"
    r"article|a thread|utas|statistik|statistics|data menunjukkan|riset|research|penelitian|"
    r"studi|study shows|mitos|fakta|myths?|awareness|kesadaran|gatekeeper|guidelines|pedoman|"
    r"panduan|safe messaging|penjelasan|penjelasannya|apa itu|pahami|memahami|kenali|"
    r"mengenali|recognize|learn|learning|belajar|dengarkan|listen|jangan menghakimi|"
    r"without judgment|hari pencegahan|prevention day|prevention month|awareness month|"
    r"relawan|volunteers?|guru bk|konselor sekolah|kampanye|campaign|pertolongan pertama|"
    r"first aid|media|jurnalis|journalists?|wartawan|cara membantu|cara mendampingi|"
    r"how to help|how to support|how to talk|how to respond|ways to help|cara bantu|"
    r"cara ngobrol|cara bicara|bagaimana cara membantu|kenapa orang|why people|saves lives|"
    r"menyelamatkan nyawa|dokumenter|documentary|podcast|film tentang|buku tentang|"
    r"book about|talk openly|talking openly|bicara terbuka|thread|pertanyaan|memoir|novel|"
    r"how to ask|ask (?:someone|them) directly|why it helps|menyelamatkan)\b"
)
# Words aimed at someone else who may be struggling.
SUPPORT_RE = re.compile(
    r"\b(?:gak sendiri|gak sendirian|not alone|you matter|kamu berharga|kamu penting|"
    r"emjhug|aku di sini|we are here|i am here for|kami di sini|here for you|hubungi|"
    r"reach out|call a helpline|helpline|hotline|please stay|bertahan ya|jangan menyerah|"
    r"sending love|dm aku|cerita ke|cerita aja|tolong tunggu|bantuan itu ada|ask for help|"
    r"bukan salahmu|not your fault|you deserve|you are loved|please talk to|tolong cerita|"
    r"talk to someone|cari bantuan|minta bantuan|get help|healing119|119 ext|ext 8|"
    r"the world is better with you|kamu layak|it is okay to ask|boleh minta tolong|chat aku|"
    r"dm me|text me|talk to me|orang terdekat(?:mu)?|someone you trust)\b"
)
# The writer asks how to help someone (a third-person worry, not the writer's own crisis).
HELP_SEEKING_RE = re.compile(
    r"\b(?:harus gimana|harus ngapain|harus bagaimana|what should i do|what do i do|"
    r"who do i tell|how do i|how can i help|gimana cara|gimana caranya|bantu gimana|"
    r"butuh saran|need advice|lapor|tolong bantu|apa yang harus (?:aku|gue|saya)|i am worried|"
    r"i am scared|khawatir|takut dia|worried about|(?:i|aku) (?:do not know|gak tahu|bingung) "
    r"(?:how|what|gimana|harus|cara|mau)|bingung harus|how (?:do|can|should) i|"
    r"(?:aku|i) (?:mau|want to|pengen|harus) (?:bantu|help|nolong)|should i|who do i contact|"
    r"who should i)\b"
)
HUMOR_RE = re.compile(
    r"\b(?:wkwk|haha|hehe|lol|lmao|lmfao|rofl|emjlaugh|emjskull|xd|awkwk|ngakak|kocak|jk|"
    r"just kidding|bercanda|canda)\b"
)
NOT_JOKING_RE = re.compile(
    r"\b(?:gak|bukan|not|no) (?:lagi |a )?(?:bercanda|becanda|canda|joking|kidding|jokes?|bit|"
    r"lol)\b|\bunironically\b"
)
SERIOUS_RE = re.compile(
    r"\b(?:serius|seriously|bukan bercanda|not joking|asli|beneran|fr|no cap|i swear|istg|"
    r"i mean (?:it|that)|i am not exaggerating|for real|gak lebay|bukan lebay|unironically|"
    r"no jokes?|not a (?:joke|bit)|bukan joke|"
    r"(?:gak|bukan|not|no) (?:lagi )?(?:bercanda|becanda|joking|kidding))\b"
)
# Everyday causes that turn "pengen mati" into hyperbole.
MUNDANE_RE = re.compile(
    r"\b(?:skripsi|tugas|kerjaan|deadline|deadlines|ujian|exam|exams|uts|uas|macet|traffic|"
    r"panas|kepanasan|ngantuk|laper|lapar|kelaparan|malu|embarrass|embarrassment|embarrassed|"
    r"embarrassing|cringe|ketawa|laugh|laughing|naik gunung|lari|olahraga|gym|dosen|mic|"
    r"meeting|rapat|presentasi|homework|assignment|kelas pagi|antri|antrian|hiking|hike|"
    r"senin|monday|revisi|lembur|overtime|tagihan|kuis|quiz|pr|nilai|thesis|boss|bos|"
    r"atasan|kantor|office|week|minggu ini|mata kuliah|praktikum|kerja kelompok|cucian|"
    r"spicy|pedes|pedas|seblak)\b"
)
# A news report about someone's death.
NEWS_RE = re.compile(
    r"\b(?:ditemukan|tewas|meninggal dunia|diberitakan|berita|kabarnya|dilaporkan|polisi|"
    r"reported|the report|report said|news|police|found dead|died by suicide|took (?:his|her|"
    r"their) (?:own )?life|turut berduka|berduka|rip|rest in peace|condolences|"
    r"ditinggalkan|this week|minggu lalu|another)\b"
)

# --- Idioms and harmless uses (masked before anything else is read) ---------------------------

_THINGS = (
    r"(?:lampu|listrik|hp|handphone|ponsel|baterai|batre|batere|batrai|mesin|motor|mobil|"
    r"sinyal|kipas|wifi|kuota|laptop|komputer|pc|tv|ac|kulkas|mesin cuci|lampu lalu lintas|"
    r"server|jam|router|modem|lift|air|pompa|charger|speaker|ponselku|hpku|laptopku|aki|"
    r"mesinnya|hpnya|lampunya|listriknya|batrenya|baterainya|kipasnya|sinyalnya)"
)
IDIOMS = [
    # Someone else "will kill me" for a misdeed: "nyokap bakal kill me kalo tau".
    r"\b(?:mom|dad|mum|mama|papa|nyokap|bokap|ibu|ayah|bapak|boss|bos|dosen|teacher|guru|dia|"
    r"she|he|they|(?:my|your) (?:[a-z]+ )?(?:mom|mum|dad|mother|father|boss|teacher|sister|"
    r"brother|wife|husband|gf|bf|girlfriend|boyfriend|coach|manager)) (?:is |are )?"
    r"(?:going to|will|bakal|akan|would|bisa|mau|literally) (?:literally |actually )?"
    r"(?:kill|murder|bunuh|ngebunuh) (?:me|aku)\b",
    rf"\b{_THINGS}(?: [a-z0-9]+){{0,2}} (?:mati|mampus|koit)\b",
    r"\bmati (?:lampu|listrik|gaya|kutu|suri|penasaran|kelaparan|kepanasan|kedinginan|ketawa|"
    r"konyol|langkah|angin|total|kebosanan|bosan|bosen|kena|ditembak|kehabisan|rasa di|"
    r"muda|syahid|ditabrak|dimakan|duluan terus)\b",
    r"\b(?:cinta|harga|setengah|hidup|sampai|sampe) mati\b(?! aja| saja)",
    r"\bmati matian\b",
    r"\bhidup (?:atau|dan|or|and) mati\b",
    r"\b(?:ngakak|ketawa|tertawa|bosen|bosan|kangen|setia|takut|penasaran|laper|lapar|seneng|"
    r"senang|kenyang|pegel|capek ketawa)(?: [a-z]+){0,2} (?:sampe|sampai|setengah) "
    r"(?:mau |pengen )?mati\b",
    r"^mati (?:aku|gue|gw|deh|dah)\b(?! (?:aja|saja))",
    r"\bbisa mati aku\b|\bbisa dibunuh\b|\bbisa mampus\b",
    r"\b(?:kaki|tangan|jari|bibir|gigi|badan|kakiku|tanganku|lidah|lidahku)(?: [a-z]+){0,2} "
    r"mati rasa\b",
    r"\b(?:bunuh|membunuh|ngebunuh|killing|kill) (?:waktu|nyamuk|kecoa|kecoak|tikus|semut|lalat|"
    r"kuman|bakteri|virus|hama|rumput|bugs?|mosquitoes|mosquito|spiders?|zombies?|monster|"
    r"boss|bos|the boss|enemies|enemy|musuh|the villain|the dragon|npc)\b",
    r"\bbunuh diri (?:politik|karir|karier|massal|ekonomi|finansial|sosial)\b",
    r"\b(?:sama aja|itu namanya|namanya|sama saja|kayak|like|basically|itu) bunuh diri\b",
    r"\b(?:nyetir|naik motor|ngebut|mengemudi)(?: [a-z]+){0,4} (?:sama aja |itu )?bunuh diri\b",
    r"\bsuicide (?:squad|mission|doors?|burn|run|sprints?|pact film|song|king)\b",
    r"\b(?:career|political|social|commercial|electoral|financial|fashion) suicide\b",
    r"\bkill(?:s|ing|ed)? (?:time|it|the process|two birds|the lights|the vibe|the engine|"
    r"the power|the app|the server|the mood|the game|a process|the tab|this process)\b",
    r"\b(?:is|are|was|were) killing (?:me|it|us)\b",
    r"\bkilling it\b|\bkilled it\b|\bkilled (?:at|on) the\b",
    r"\b(?:could|would) kill for\b|\bkill for (?:a|some|an)\b",
    r"\b(?:killer|killa|killers|killing spree|serial killer)\b",
    r"\b(?:die|dying|died|dead) (?:of|from|with) (?:laughter|laughing|embarrassment|shame|"
    r"boredom|cringe|cuteness|malu|envy|jealousy|happiness)\b",
    r"\b(?:laughed|laughing|laugh) (?:so hard )?(?:that )?i (?:died|almost died|nearly died)\b",
    r"\b(?:nearly|almost) died(?: laughing)?\b",
    r"\b(?:i would|i had|i would much) rather die than\b|\brather die than\b",
    r"\b(?:bored|starving|scared|worried|tired|freezing|sick|frightened) to death\b",
    r"\bdrop dead\b|\bdie hard\b|\bdiehard\b|\bto die for\b|\bdead tired\b|\bdeadline\b",
    r"\bdead (?:battery|phone|end|serious|last|center|silent|line)\b",
    r"\b(?:going|gonna|will|is going|are going|gonna) to kill me\b(?! (?:myself|self))",
    r"\b(?:mom|mum|dad|mother|father|boss|teacher|parents|she|he|they|mama|papa)"
    r"(?: [a-z]+){0,3} (?:kill|bunuh) me\b",
    r"\bi am (?:so |literally |actually )?dead(?! inside)\b",
    r"\b(?:my|the|his|her) (?:phone|laptop|battery|car|engine|plant|plants|fish|goldfish|"
    r"hamster|character|game|pc|computer|tv|wifi|router|charger|headphones) "
    r"(?:is |was |just )?(?:dead|died|dies|dying)\b",
    r"\btali (?:sepatu|jemuran|tambang|rafia|tas|kur|pinggang|pusar|skipping|layangan|"
    r"kasih|silaturahmi|persaudaraan)\b",
    r"\b(?:pisau|knife|knives) (?:dapur|kitchen|roti|buah|lipat)\b|\bkitchen knives?\b",
    r"\bjump rope\b|\bskipping rope\b|\bbungee\b",
    r"\b(?:game|gim|karakter|character|level|boss|hero|player|ml|mobile legends|pubg|ff|"
    r"valorant|minecraft)(?: [a-z]+){0,4} (?:mati|died|dead|dies)\b",
    r"\bpengen mati (?:ketawa|kebosanan|bosen|penasaran)\b",
    r"\b(?:rambut|rambutku|hair|salon|barber)(?: [a-z]+){0,3} cutting\b|"
    r"\bcutting (?:[a-z]+ ){0,3}(?:di salon|at the salon|rambut|hair)\b",
]

# --- What a risk phrase looks like --------------------------------------------------------------

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
    "wants to",
    "wanted to",
    "wanting to",
    "bakal",
    "akan",
    "siap",
    "need to",
    "have to",
    "should",
    "harus",
    "pingin",
)
SELF_REFLEXIVE_THIRD = r"(?:himself|herself|themselves|themself|dirinya)"
_DIE = r"(?:mati|die|be dead|dead|meninggal|mampus|modar)"

# Suicide named outright. Who, when and why it is said is decided by the rules.
SUICIDE_TERMS = [
    r"\bbunuh (?:diri|dri)\b",
    r"\bmembunuh diri(?:ku|nya)?(?: sendiri)?\b",
    r"\bsuicid(?:e|al|ality)\b",
    r"\bkill(?:ing|ed)? (?:my ?self|me self)\b",
    r"\bkms\b",
    r"\bend(?:ing)? (?:my|my own) life\b",
    r"\btak(?:e|ing) my (?:own )?life\b",
    r"\b(?:meng|ng)?akhir(?:i|in) (?:hidup|hidupku|nyawa|nyawaku|semua ini|semuanya|"
    r"segalanya|semua)\b",
    r"\bend(?:ing)? (?:it all|everything|this life|all of this)\b",
    r"\b(?:going to|want to|i will|ready to|to|mau|pengen|bakal) end things\b(?! with| between)",
    r"\b(?:mau|pengen|bakal|akan|siap) end it\b",
    r"\b(?:am|going to|will|to|gonna|i|want to|wanna|just|about to) end(?:ing)? it"
    r"(?: tonight| all| now| today)?\b",
    r"\bending it\b",
    r"\bgantung diri\b|\bngegantung diri\b",
    r"\bhang(?:ing)? myself\b",
    r"\bkill (?:him|her|them)(?:self|selves)\b|\bkilled (?:him|her|them)(?:self|selves)\b",
    r"\bend(?:ing|ed)? (?:his|her|their) (?:own )?life\b",
    r"\btook (?:his|her|their) (?:own )?life\b",
    r"\bdied by suicide\b",
    r"\b(?:unalive|kill) (?:my ?self|me)\b",
    r"\bcommit(?:ted|ting)? suicide\b",
    r"\b(?:survivor of|survived) (?:[a-z]+ ){0,2}(?:attempts?|suicide)\b|"
    r"\b(?:i|aku) attempted\b|"
    r"\b(?:suicide|suicidal) attempts?\b|"
    r"\bmy (?:last|first|previous|latest) attempt\b(?! (?:at|to))",
    r"\b(?:want|wish|need|pengen|mau|ingin) (?:it all|everything|this|semua|semuanya|semua ini|"
    r"hidupku|my life) (?:to end|to be over|to stop|berakhir|berhenti)\b",
    r"\bsewer ?slide\b|\bself delete\b|\b(?:till|until|before) i (?:finally |just )?end it\b",
    r"\bthe only way out\b|\bthe only option\b|\bjalan (?:satu satunya|keluar satu satunya)\b",
    r"\b(?:ngilangin|menghilangkan|ilangin|abisin|habisin|ngabisin|nyelesaiin|selesaiin) "
    r"(?:nyawa|nyawaku|hidup|hidupku|diri|diriku)(?: sendiri)?\b|\b(?:abisin|habisin|ngabisin|"
    r"nyelesaiin|selesaiin) sendiri\b",
    # Algospeak for suicide: "the permanent nap", "rage quit life", "alt+f4 irl".
    r"\bpermanent (?:nap|sleep|vacation)\b|\brage ?quit (?:life|irl|hidup)\b|"
    r"\balt ?\+? ?f4 (?:irl|life|myself|hidup)\b|\blog ?off (?:from life|permanently|forever)\b",
    # "unalive" reads as "kill": "mikirin unalive lagi", "un4l1v3 is on my mind".
    r"\bkill(?:ing)? (?:is |has been )?on my mind\b|\b(?:about|of|mikirin|kepikiran|soal|"
    r"tentang|from) "
    r"kill(?:ing)?\b(?! (?:time|it|the|a|an|this|that|him|her|them|people|bugs|zombies|monsters|"
    r"enemies|mosquitoes|my (?:plants|darlings|vibe)|waktu|nyamuk))",
]
# Wanting to die, in so many words.
DEATH_WISH = [
    rf"\b{WANT} {gap(2)}{_DIE}\b(?! (?:ketawa|kebosanan|penasaran|of|from|laughing))",
    r"\b(?:hayang|hoyong|hayang teh|hoyong teh|kepingin|pengin) (?:[a-z]+ )?(?:paeh|maot)\b|"
    r"\bpundhut(?:en)? (?:[a-z]+ )?nyawa\b|\b(?:embung|alim|teu hayang|teu hoyong) "
    r"hirup(?: deui)?\b",
    r"\b(?:berharap|semoga|hope|hoping|wish|pray|praying|doa) (?:[a-z]+ ){0,8}(?:aku|i) "
    r"(?:(?!gak|tidak|not|never|nggak|jangan|do|did|will|would)[a-z]+ )?(?:meninggal|mati|die|"
    r"died|dead)\b",
    r"\bwanna die\b|\bpen mati\b|\brather be dead\b|\b(?:i|i would) rather (?:just )?die\b",
    r"\b(?:kenapa|why) (?:aku |i )?(?:gak|nggak|tidak|can not|do not|did not|could not) "
    r"(?:(?:just|aja) )?(?:mati|meninggal|die)\b",
    r"\b(?:mati|die|dying) (?:dalam|in) (?:tidur|my sleep)\b",
    r"\b(?:mati|meninggal) (?:aja|saja|ajalah|aja lah|deh aja)\b",
    r"\b(?:mending|lebih baik|mendingan|better) (?:aku |i )?(?:mati|dead|die)\b",
    r"\bbetter off dead\b",
    r"(?<!jangan )\b(?:minta|memohon|mohon|doain|pray for) (?:[a-z]+ )?(?:mati|meninggal|"
    r"dimatiin|death)\b",
    r"\b(?:mati|kematian|death|dying|bunuh diri) (?:(?!bukan|not|never|tidak|gak|is not)[a-z]+ )"
    r"{0,2}(?:jawaban|solusi|jalan keluar|the answer|the solution)\b",
    r"\b(?:pengen|mau|minta|ingin) (?:[a-z]+ )?dijemput (?:aja|saja|sekarang|tuhan|allah)\b|"
    r"\bjangan (?:bangunin|bangunkan|dibangunin) aku\b",
    r"\bpergi (?:[a-z]+ ){0,2}dari hidup(?: ini)?\b",
    r"\b(?:fantasi[sz](?:e|ing|ed)|daydream(?:ing)?|dreaming) about (?:dying|death|being dead|"
    r"killing myself|my death|not existing)\b|\bactively wanting (?:it|to die|death)\b",
    # Death as the better place: "kayaknya mati jauh lebih tenang".
    r"\b(?:mati|meninggal|death|dying|being dead) (?:[a-z]+ ){0,2}(?:lebih|more|is more) "
    r"(?:tenang|damai|baik|enak|peaceful|better|masuk akal|sense|sensible)\b",
    # "unalive" reads as "kill": "mending gue unalive aja".
    r"\b(?:mending|pengen|mau|wanna|want to|rather|going to|bakal) (?:aku |i )?kill"
    r"(?: (?:aja|saja|diri)\b| ?[,.?]| ?$)",
    r"\bwish (?:i|i was|i were|i am|i could be|i could) (?:dead|gone|die)\b",
    r"\bbiar (?:aku )?(?:mati|meninggal)\b",
    r"\b(?:berharap|semoga|hope|hoping|harap|pray|praying|doa) (?:[a-z]+ ){0,3}(?:mati|"
    r"meninggal|die|dead)\b",
    r"\b(?:ambil|cabut|ambillah|cabutlah) (?:aja )?nyawa(?:ku)?\b|\btake my (?:soul|life)\b",
    r"\bnyusul (?:ayah|ibu|mama|papa|bapak|almarhum|almarhumah|kakek|nenek|bunda|dia|mereka)",
    rf"\b{WANT} {gap(2)}(?:meng|ng)?akhir(?:i|in)\b",
    r"\b(?:want to|wanna|going to|ready to) go (?:now|forever|for good|away forever)\b",
    r"\b(?:pengen|mau|want to|wanna) (?:[a-z]+ ){0,4}emjcoffin|emjcoffin (?:[a-z]+ ){0,3}"
    r"(?:pengen|mau|want|ke sini|kesini|here)\b",
    r"\b(?:pengen|mau|ingin) (?:cepet|cepat) (?:cepet |cepat )?(?:ke sini|kesini|mati|pergi)",
    rf"\b{WANT} {gap(1)}(?:unalive|kill|bunuh|hang|gantung) (?:my ?self|diri|diriku)\b",
    r"\b(?:mau|pengen|want to|wanna|rather) (?:[a-z]+ )?(?:udahan|selesai|end) (?:aja|saja|"
    r"hidup|sama hidup|with life|my life)\b",
    r"\b(?:pengen|mau) udahan(?! (?:sama|dengan|with))\b",
    r"\budahan aja\b(?! (?:sama|dengan))",
    r"\b(?:aku|i) (?:mau|want to|wanna|pengen) (?:pergi|leave) (?:dari dunia|this world)\b",
    r"\b(?:kapan|when) (?:ya |sih )?(?:aku|i) (?:bisa|can|get to|will|boleh) (?:mati|die)\b",
    r"\bleav(?:e|ing) this world\b|\bpergi (?:[a-z]+ ){0,2}dari dunia(?: ini)?\b|"
    r"\bninggalin dunia\b|\bmeninggalkan dunia\b",
    r"\b(?:pengen|mau) (?:[a-z]+ )?(?:ke|nemuin|ketemu) (?:tuhan|allah|surga)\b(?! (?:lewat|dengan"
    r" doa))",
]
# Wishing not to exist, to sleep and not wake up, to disappear for good.
PASSIVE = [
    r"\b(?:biar|supaya|agar|pengen|mau|ingin|want|wish|so that) (?:aku|i) (?:gak|tidak|do not|"
    r"did not|would not|will not) (?:ada|exist|be here|be around|perlu hidup)(?: lagi| anymore)?\b",
    r"\b(?:do not|can not) see myself (?:being )?(?:alive|here|around|living|making it)\b",
    r"\b(?:gak|tidak) (?:akan )?(?:ada|di sini) lagi (?:minggu depan|bulan depan|besok|"
    r"tahun depan|setelah ini|malam ini|lusa)\b",
    r"\b(?:will not|wont|not going to) be (?:here|around|alive) (?:after|by|next|for long|"
    r"this time next|much longer|long)\b",
    r"\bpamit (?:[a-z]+ ){0,2}(?:dari dunia|dari hidup|selamanya|untuk selamanya)\b|"
    r"\b(?:my time|time for me) to go\b(?! to| home| back)",
    r"\b(?:semoga|berharap|hope|hoping|wish|pray|praying|doa)\b "
    r"(?:(?!gak |tidak |not |never |nggak |jangan )[a-z]+ ){0,3}(?:jatuh|kecelakaan|ketabrak|"
    r"tertabrak|crash|crashes|kills? me|hits? me|runs? me over)\b",
    r"\b(?:better off|happier|fine|better|easier) (?:[a-z]+ ){0,3}without (?:him|her|them|dia)"
    r"\b|\b(?:mending|lebih baik) (?:dia|mereka) (?:gak|tidak) ada\b",
    r"\b(?:happier|better|easier|fine|lighter|relieved) (?:[a-z]+ ){0,3}(?:if|when|once) i "
    r"(?:was|were|am|is)? ?(?:not around|not here|gone|dead|no longer here|no longer around)\b",
    r"\b(?:ke)?tidur(?:an)? (?:[a-z]+ ){0,3}selamanya\b|\btidur (?:abadi|panjang|forever)\b|"
    r"\btidur (?:yang |yg )?(?:gak|tidak) ada (?:ujungnya|akhirnya|bangunnya)\b",
    r"\b(?:a)?sleep forever\b|\beternal sleep\b|\bsleep and never\b|\btidur terakhir(?:ku)?\b|"
    r"\bmy last sleep\b|\b(?:gak|tidak) (?:mau|pengen|ingin) (?:ketemu|lihat|ngeliat) "
    r"(?:pagi|besok|hari esok) lagi\b|\b(?:do not|never) want to see (?:another|the) "
    r"(?:morning|day|sunrise)\b",
    # Not alive by a time to come: "pas aku udah gak bernyawa", "next year i will not be here".
    r"\b(?:pas|saat|ketika|when|once) (?:aku|i) (?:udah |sudah |am )?(?:gak|tidak|no longer) "
    r"(?:bernyawa|bernapas|bernafas|breathing)\b",
    r"\b(?:next year|tahun depan|bulan depan|minggu depan|next month|next week) (?:[a-z]+ ){0,2}"
    r"(?:aku|i) (?:udah |sudah |will |probably )?(?:gak|tidak|not be|no longer be|will not be) "
    r"(?:ada|hidup|alive)\b",
    r"\b(?:gak|never|not|tidak) (?:mau |pengen |usah |perlu )?(?:bangun|wake up|wake|melek|"
    r"kebangun) (?:lagi|again|tomorrow|besok|sampai kapanpun|sampe kapanpun)\b",
    r"\b(?:pray|praying|hope|hoping|wish|doa|berdoa|semoga|berharap) (?:[a-z]+ ){0,2}"
    r"(?:i|aku) (?:do not|will not|never|gak|tidak|nggak) (?:see|lihat|liat|ketemu|get to see) "
    r"(?:the |another )?(?:morning|pagi|tomorrow|besok|sunrise|another day)\b",
    r"\bnever wake up\b|\bnot wake up\b|\bif i (?:will )?wake up\b",
    r"\b(?:hope|semoga|berharap|pray|doa) (?:[a-z]+ ){0,3}(?:gak|not|never|tidak) "
    r"(?:bangun|wake)\b",
    r"\b(?:hilang|pergi|menghilang|lenyap|ngilang) (?:[a-z]+ ){0,3}(?:untuk )?(?:selamanya|"
    r"forever|for good)\b",
    r"\b(?:disappear|disappeared|vanish|vanished|gone|go away) (?:[a-z]+ ){0,2}(?:forever|"
    r"for good|permanently)\b",
    r"\bstop existing\b|\bstop being alive\b|\bberhenti (?:ada|hidup|bernapas|bernafas)\b|"
    r"\bnot exist anymore\b|\bcease to exist\b",
    r"\b(?:gak|tidak|ga) pernah (?:dilahirin|dilahirkan|lahir|ada)\b|\bnever (?:been )?born\b",
    r"\b(?:mending|lebih baik|mendingan) (?:aku )?(?:gak|tidak|ga) (?:usah )?(?:ada|hidup|lahir)\b",
    r"\b(?:mending|lebih baik|mendingan) aku pergi\b",
    r"\b(?:better off|happier|better) without me\b|\bworld without me\b|"
    r"\b(?:just )?fine without me\b|\b(?:lebih baik|baik baik aja) tanpa aku\b",
    r"\b(?:lebih|jauh lebih) (?:baik|bahagia|senang|tenang|mudah) (?:[a-z]+ ){0,3}"
    r"(?:kalau|kalo|tanpa|jika) (?:aku|diriku)(?: (?:gak|tidak) ada| mati| pergi)?\b",
    r"\b(?:seneng|senang|bahagia|lega|tenang|happier|happy|relieved|fine|better) (?:[a-z]+ ){0,2}"
    r"(?:kalau|kalo|jika|if|when|once) (?:aku|i) (?:mati|die|died|gone|was gone|am gone|"
    r"(?:gak|tidak) ada|pergi|dead|was dead|were dead)\b",
    r"\b(?:happier|better|easier) (?:[a-z]+ ){0,2}if i (?:was|were|am)? ?(?:gone|dead|not here|"
    r"disappeared|died|did not exist)\b",
    r"\b(?:harusnya|seharusnya|should) (?:aku |i )?(?:udah |have )?(?:mati|died|be dead)\b",
    r"\b(?:kenapa|why) (?:aku|am i|i am) (?:masih |even )?(?:hidup|still alive|alive|still here)\b",
    r"\bbesok aku (?:udah )?(?:gak|tidak) (?:ada|di sini)\b",
    r"\b(?:won't|will not|wo not) be (?:here|around) (?:tomorrow|much longer|anymore)\b",
    r"\b(?:not|don't|do not) want to be (?:here|around|alive) anymore\b",
    r"\bnot wanting to be (?:here|alive|around)\b",
    r"\b(?:gak|tidak) (?:mau|pengen|ingin) (?:ada|di sini|hidup)(?: [a-z]+){0,3} lagi\b",
    r"\b(?:gak|tidak) (?:mau|pengen|ingin) (?:ada|hidup) di dunia\b",
    r"\bnever come back\b|\b(?:gak|tidak) (?:akan )?(?:pernah )?kembali lagi\b",
    r"\b(?:pengen|mau|ingin|want to|wish i could) (?:[a-z]+ ){0,2}(?:hilang|lenyap|ngilang|"
    r"disappear|vanish) (?:[a-z]+ ){0,3}(?:dari dunia|from this world|from the world|"
    r"selamanya|forever|dari muka bumi|off the face of the earth)\b",
    # Not to be given another morning: "biar gak dikasih pagi lagi", "gak usah lihat pagi lagi".
    r"\b(?:gak|tidak|jangan) (?:usah |perlu )?(?:dikasih|dikasi|diberi|lihat|liat|ngeliat|"
    r"ketemu|melihat|nyampe|sampai|sampe) (?:pagi|besok|hari esok|matahari)(?: [a-z]+)? lagi\b",
    # Asking to be taken: "tiap sujud aku minta diambil aja", "kapan giliranku dipanggil".
    r"\b(?:minta|doa|berdoa|mohon|pray|praying) (?:[a-z]+ ){0,3}(?:diambil|dijemput|dipanggil|"
    r"dicabut(?: nyawa(?:ku)?)?)\b",
    r"\b(?:uninstall|delete|hapus) (?:diri|diriku|myself|my ?self|hidupku|my life)\b",
    r"\btake me (?:in my sleep|tonight|now|away from here|home tonight)\b|\b(?:please|tolong) "
    r"(?:just )?take me\b(?! (?:home|with|to|back|there|out|along|away|seriously))",
    r"\b(?:rest|istirahat|sleep|tidur) (?:[a-z]+ )?(?:forever|selamanya|for good|for eternity)\b",
    r"\bemjcoffin (?:[a-z]+ ){0,2}(?:soon|segera|bentar lagi|hopefully)\b|\bme and emjcoffin\b",
    r"\b(?:hope|hoping|pray|praying|wish|berharap|semoga|doa) (?:[a-z]+ ){0,2}(?:i|aku) "
    r"(?:do not|will not|never|gak|tidak|nggak) (?:make it|sampai|sampe|nyampe) (?:to|ke|past)\b",
    r"\b(?:disappointed|kecewa|sad|upset|angry|marah|sedih|nangis) (?:[a-z]+ ){0,3}(?:that )?"
    r"(?:i|aku) (?:woke up|wake up|bangun|kebangun|am still alive|masih hidup|masih napas|"
    r"masih bernapas|still breathing)\b",
    r"\b(?:close|shut) my eyes (?:[a-z]+ ){0,2}(?:never|not) (?:open|wake)\b|"
    r"\bnever open (?:them|my eyes) again\b",
    r"\b(?:my body|this fever|this illness|it|the cancer|penyakit ini|badanku) (?:just )?"
    r"(?:gives up|give up|finishes me|finish me|takes me)\b",
    r"\b(?:if|kalau|kalo) (?:god|the universe|allah|tuhan|death) (?:took|takes|ngambil|ambil) "
    r"(?:me|aku)\b",
]
# Said across a comma, so matched on the whole sentence: "kalau aku mati, semua selesai".
SENTENCE_PASSIVE = [
    # A prayer to be taken: "ya Tuhan, tolong ambil aku malam ini".
    r"\b(?:ya allah|tuhan|allah|god|lord|ya rabb|gusti)\b (?:[a-z,]+ ){0,4}(?:tolong |please )?"
    r"(?:ambil|jemput|panggil|cabut|take)(?:lah)? (?:aja |saja |sekarang )?(?:aku|nyawaku|me|"
    r"my life)\b(?! (?:ke|to|there|home|back|with|dari|from))",
    r"\b(?:kalau|kalo|jika|if) (?:aku|i) (?:mati|die|dead|gone|(?:gak|tidak) ada)(?: [a-z]+)? , "
    r"(?:[a-z]+ ){0,4}(?:selesai|beres|hilang|lega|tenang|better|easier|over|fine|happier)\b",
    # Relief or welcome at an imagined death: "if i died tomorrow, i'd be relieved".
    r"\b(?:kalau|kalo|jika|if|seandainya|andai|misal) (?:[a-z,]+ ){0,8}(?:aku|i) (?:[a-z]+ )?"
    r"(?:meninggal|mati|died|die|was dead|were dead)\b(?: [a-z,]+){0,6} (?:lega|relieved|relief|"
    r"gak (?:bakal |akan )?keberatan|would not mind|would not care|fine with it|seneng|grateful)\b",
    r"\b(?:bayangin|ngebayangin|membayangkan|imagine|imagining|picture|picturing) (?:[a-z]+ ){0,2}"
    r"(?:pemakaman|funeral|kuburan|grave)(?:ku)?\b(?: [a-z,]+){0,6} (?:lega|relieved|relief|"
    r"peace|tenang|seneng|happy|pengen cepet|can not wait)\b",
    r"\b(?:dying|death|mati|kematian|meninggal)\b(?: [a-z,]+){0,8} (?:looking forward to it|"
    r"can not wait|gak sabar|not scared of it|gak takut)\b",
]
# Life itself refused: "gak kuat lagi hidup", "capek hidup", "no reason to live".
LIFE = [
    r"\b(?:gak|tidak) (?:perlu|usah) (?:hidup|bangun|ada) lagi\b",
    r"\b(?:berhenti|stop) (?:napas|bernapas|breathing)\b",
    r"\bi want out\b(?! of)",
    r"\b(?:giving|give|gave|given) up on (?:life|living|my life|hidup)\b",
    r"\b(?:want|need|wanna) out of (?:this |my )?life\b",
    r"\b(?:gak|tidak) (?:mau|pengen|kuat|sanggup|tahan|ingin|bisa) (?:lagi )?(?:untuk |buat )?"
    r"(?:hidup|idup|bertahan hidup|melanjutkan hidup)\b",
    r"\b(?:capek|tired|lelah|muak|bosan|bosen|sick) (?:[a-z]+ ){0,2}(?:hidup|living|of life|"
    r"being alive)\b",
    r"\b(?:sick|tired) of (?:living|life|being alive|existing)\b",
    r"\b(?:do not|can not|gak|tidak) (?:see )?(?:the |any )?(?:point|gunanya) (?:in |of |buat )?"
    r"(?:living|life|going on|hidup|being alive)\b",
    r"\b(?:gak|tidak) (?:mau|pengen|ingin|sanggup|kuat) (?:lagi )?(?:ngelanjutin|melanjutkan|"
    r"lanjutin|nerusin|meneruskan|menjalani|ngejalanin|jalanin) (?:hidup|idup)\b",
    r"\b(?:do not|not|never) (?:want to|wanna|wish to) (?:live|be alive|exist|go on)\b",
    r"\bno (?:reason|point) (?:[a-z]+ ){0,3}(?:live|living|alive|stay|go on|existing)\b",
    r"\b(?:gak|tidak) ada (?:alasan|gunanya|tujuan|artinya) (?:lagi )?(?:buat |untuk )?(?:aku )?"
    r"(?:hidup|stay alive|bertahan hidup|terus hidup|melanjutkan)\b",
    r"\b(?:gak|tidak) ada gunanya (?:lagi )?aku hidup\b|\bgak ada gunanya aku hidup\b",
    r"\b(?:nyerah|menyerah) (?:aja |saja |deh )?(?:sama|pada|dengan|dalam) hidup\b|"
    r"\bgive up on (?:life|living)\b",
    r"\bstop (?:living|breathing)\b|\b(?:berhenti|udahan) (?:hidup|bernapas|bernafas)\b",
    r"\bcan not (?:go on|keep going|keep living)\b|\bnot going to make it\b",
    r"\b(?:hidup|living) (?:ini )?(?:udah )?(?:gak|tidak) (?:ada )?(?:worth|layak)\b",
    r"\bdone (?:with )?(?:living|being alive|existing)\b|\bend it (?:tonight|now|today)\b|"
    r"\blife is not worth\b|\bnot worth living\b|\bdone with (?:life|living|this life)\b",
]
_HARM_VERB = (
    r"(?:nyakar|nyakarin|cakar|nyakarin|garuk|garukin|gores|goresin|nggores|sayat|nyayat|iris|"
    r"silet|nyilet|cut|cutting|scratch(?:ed|ing)?|burn(?:ed|t|ing)?|bakar|ngebakar|pukul|mukul|"
    r"mukulin|nonjok|tonjok|tonjokin|punch(?:ed|ing)?|banged|benturin|jedotin|gigit|bit)"
)
_BODY = (
    r"(?:lengan|tangan|paha|kulit|pergelangan|kepala|perut|badan|arm|arms|wrist|wrists|thigh|"
    r"thighs|skin|leg|legs|stomach|head|hand|hands)"
)
SELF_HARM = [
    r"\bself (?:harm|injury|injure)(?:ing|ed|s)?\b",
    r"\b(?:nyakitin|menyakiti|nyakiti|ngelukain|melukai|lukain|ngelukai|ngerusak|nyiksa|"
    r"menyiksa|ngebakar|membakar) (?:diri|diriku|dirinya|badanku|tubuhku|tanganku)\b",
    r"\bhurt(?:ing)? (?:my ?self|herself|himself|themselves|yourself)\b",
    r"\bcut(?:ting|s)? (?:my ?self|herself|himself|themselves|my (?:arm|wrist|wrists|thigh|"
    r"thighs|legs?|skin))\b",
    r"\bcut (?:again|tonight|lagi)\b",
    r"\bburn(?:ing|ed)? (?:my ?self|my (?:arm|skin))\b",
    r"\bcutting(?! (?:board|vegetables|sayur|bawang|rambut|hair|edge|the|a|an|it|out|down|"
    r"back|class|kelas|corners|costs|ties|my hair|onions|paper|kertas)\b)\b",
    r"\b(?:nyilet|nyayat|menyayat|sayat|menyilet|sayatan|nyayat|ngiris|mengiris) "
    r"(?:[a-z]+ ){0,2}(?:tangan|tanganku|lengan|lenganku|paha|pahaku|kulit|kulitku|nadi|"
    r"pergelangan|badan|diri|diriku)\b",
    r"\b(?:nyilet|nyayat|menyilet)\b",
    r"\b(?:mukul|mukulin|memukul|memukuli|nonjok|nonjokin|nyubit|cakar|jambak|ninju|benturin|"
    r"membenturkan) "
    r"(?:[a-z]+ ){0,1}(?:diri|diriku|kepala|kepalaku)(?: sendiri)?\b",
    r"\b(?:blade|razor|silet|cutter|pisau|knife) (?:on|ke|di) (?:my|tanganku|lenganku|pahaku)\b",
    r"\burge to (?:cut|self harm|hurt)\b",
    r"\b(?:hit|hitting|bang|banged|banging|slam|slammed|slamming|bentur|benturin|jedotin) "
    r"(?:my )?(?:head|kepala(?:ku)?) (?:against|on|into|ke) (?:the )?(?:wall|tembok|"
    r"floor|lantai|door|pintu)\b",
    r"\b(?:relapsed|relapse) (?:again|tonight|last night|today|after [0-9a-z]+ (?:days|weeks|"
    r"months|years))\b(?! (?:on|with|into|drinking|"
    r"smoking|vaping|and (?:ate|drank|smoked|had|bought|binged)))",
    rf"\b(?:pengen|mau|want to|wanna|ingin) {_HARM_VERB}(?:in)? (?:[a-z]+ )?(?:{_BODY}|lagi)\b",
    r"\b(?:nambah|bertambah|tambah) (?:lagi )?(?:[a-z]+ )?(?:garis|sayatan|luka|bekas)\b",
    r"\bsayatan (?:baru|lagi)\b|\b(?:new|fresh) (?:cuts|scars|wounds)\b|"
    r"\bbekas (?:luka |sayatan )?baru\b",
    # Hiding or covering wounds: "long sleeves so no one sees the cuts", "arms covered again".
    r"\b(?:hide|hides|hiding|hid|cover|covering|covered|nutupin|nutupi|menutupi|sembunyiin|"
    r"nyembunyiin|menyembunyikan)(?: [a-z]+){0,4} (?:cuts|scars|wounds|marks|luka|lukaku|lukanya|"
    r"sayatan|sayatanku|bruises|bekas luka|bekas sayatan)\b",
    r"\b(?:arms|wrists|thighs|legs|tangan|lengan|paha)(?:ku)? (?:are |is |udah |penuh )?"
    r"(?:covered|penuh) (?:again|lagi|in cuts|with cuts|luka|sayatan)\b",
    r"\b(?:lengan panjang|long sleeves?|hoodies?|jaket|sweaters?|gelang|bracelets?)"
    r"(?: [a-z]+){0,8} "
    r"(?:luka|lukaku|sayatan|bekas|cuts|scars|wounds)\b",
    # An act on one's own body ("nyakar lenganku", "burned my arm") or one that leaves a wound
    # ("mukulin tembok sampai berdarah"). Accidents are excused in `rules`.
    rf"\b{_HARM_VERB} (?:[a-z]+ ){{0,2}}(?:my (?:[a-z]+ )?{_BODY}|{_BODY}ku)\b",
    rf"\b{_HARM_VERB}(?: [a-z]+){{0,5}} (?:sampe|sampai|till|until|sampai sampai) "
    r"(?:[a-z]+ )?(?:luka|berdarah|bleed|bled|bleeding|memar|bruised|lecet|berbekas)\b",
    r"\bused to (?:cut|self harm|hurt myself|burn myself)\b",
    r"\b(?:cuts|scars|bekas sayatan|luka sayatan|sayatan) (?:on|di) (?:[a-z]+ ){0,4}"
    r"(?:arms?|wrists?|legs?|thighs?|tangan|lengan|paha|pergelangan)(?:nya)?\b",
]
# A wish to be gone that may be harmless ("pengen ngilang ke Bali"). Read as concern alone, as
# crisis beside permanence ("selamanya", "for good") or other distress.
SOFT_EXIT = [
    r"\b(?:pengen|mau|ingin|want to|wants to|wish i could|rasanya pengen) (?:[a-z]+ )?"
    r"(?:hilang|disappear|"
    r"vanish)\b(?! (?:sebentar |bentar )?(?:ke|to|liburan|jalan|into|for a|dulu|from the|"
    r"dari grup|dari sosmed|from social))",
    r"\b(?:ready to|siap|udah siap) (?:[a-z]+ )?(?:pergi|go|leave|pamit)"
    r"(?= ?$| (?:selamanya|forever|for good|permanently|now|sekarang|dari sini|dari dunia))",
    r"\b(?:gak|tidak) (?:mau|pengen|kuat|sanggup) lanjut(?:in)?\b|\bwant it (?:to be )?over\b|"
    r"\bi have had enough\b|\budah cukup (?:semuanya|sampai di sini)\b",
]
NO_FUTURE_RE = re.compile(
    r"\b(?:gak ada masa depan|no future|(?:do not|can not) see (?:a|any) future|"
    r"masa depan(?:ku)? (?:gelap|suram|hancur))\b"
)
PERMANENCE_RE = re.compile(
    r"\b(?:selamanya|forever|for good|permanently|for ever|abadi|gak (?:akan )?balik lagi|"
    r"gak (?:akan )?kembali|never come back|never coming back|from this world|dari dunia)\b"
)
# Jumping beside a height or a place ("lantai berapa ... lompat", "best spot buat loncat").
JUMP_HEIGHT_RE = re.compile(
    r"\b(?:loncat|lompat|terjun|jump|jumping|leap)\b(?: [a-z0-9,?]+){0,10} (?:lantai|floor|floors|"
    r"gedung|building|rooftop|roof|atap|jembatan|bridge|overpass|flyover|tebing|cliff|cliffs|"
    r"menara|tower|spot|ketinggian|height|balkon|balcony)\b|"
    r"\b(?:lantai|floor|gedung|building|rooftop|roof|atap|jembatan|bridge|overpass|flyover|"
    r"tebing|cliff|cliffs|menara|tower|spot|ketinggian|height|balkon|balcony)\b"
    r"(?: [a-z0-9,?]+){0,10} (?:loncat|lompat|terjun|jump|jumping|leap)\b"
)
JUMP_LEISURE_RE = re.compile(
    r"\b(?:lompat tali|jump rope|trampolin|trampoline|bungee|kolam|pool|parasut|parachute|"
    r"skydiv\w*|paralayang|jumping jacks?|lompat jauh|lompat tinggi|high jump|long jump|"
    r"kegirangan|for joy|seneng|senang|happy|excited|game|gim|parkour|basket|pelatih|latihan)\b"
)
# Accidents are not self-harm ("keiris pisau pas masak").
# A rope for a tent, a clothesline or a scout knot.
ROPE_LEISURE_RE = re.compile(
    r"\b(?:tenda|tent|camping|kemah|berkemah|pramuka|jemuran|clothesline|hammock|climbing|"
    r"panjat|simpul|knot|knots|skipping|lompat tali|jump rope|boat|perahu|kapal|swing|ayunan|"
    r"project|proyek|prakarya|kerajinan|macrame)\b"
)
# Blades at work in the kitchen or the bathroom mirror, not on the body.
GROOMING_COOKING_RE = re.compile(
    r"\b(?:cukur|nyukur|mencukur|shave|shaving|shaved|jenggot|kumis|beard|moustache|mustache|"
    r"resep|recipe|masak|cooking|iris bawang|daging|sayur|bawang|chef|barber|dapur|kitchen)\b"
)
ACCIDENT_RE = re.compile(
    r"\b(?:kena|keiris|kegores|kesayat|gak sengaja|ga sengaja|tidak sengaja|accidentally|"
    r"by accident|jatuh|kecelakaan|kucing|kucingku|cat|masak|cooking|dapur|kitchen)\b"
)
# Back to self-harm after a clean streak: the present, even when the streak is named.
SELF_HARM_MEANS_RE = re.compile(
    r"\b(?:blade|blades|silet|cutter|razor|nyilet|sayat|nyayat|cut|cutting|self harm|emjblade|"
    r"lighter|korek)\b"
)
RELAPSE_RE = re.compile(
    r"\b(?:relapse|relapsed|relapsing|kambuh|slipped|broke my (?:clean )?streak|day 0 again|"
    r"day zero again|cut again|nyilet lagi|"
    r"sayat lagi|kebuka lagi)\b"
)
# A reader worried about someone else's goodbye, plan or wounds.
WORRY_CUE_RE = re.compile(
    r"\b(?:goodbye|pamit|pamitan|giving away|gave away|not being around|gak ada lagi|a plan|"
    r"rencana|cuts|sayatan|ngurung diri|without him|without her|without them|gak guna|"
    r"gak ada|not answering|gak bisa dihubungi|gak bales|hidupnya)\b"
)


# Common medicines, named in questions about quantities ("berapa butir panadol ...").
_DRUGS = (
    r"paracetamol|parasetamol|panadol|tylenol|acetaminophen|ibuprofen|aspirin|antidepresan|"
    r"antidepressants?|obat tidur|sleeping pills|obat depresi(?:ku)?|xanax|sertraline|"
    r"fluoxetine|insulin|bleach|pemutih|bayclin|wipol|baygon|pestisida|racun serangga|"
    r"racun tikus|antifreeze"
)
# Concrete means and acts.
METHOD_ACTS = [
    r"\b(?:go|jump|step|fall|climb) over the (?:edge|railing|ledge|side)\b",
    r"\bstep(?:ping)? in front of (?:a |the )?(?:train|kereta|bus|truck|truk|car|mobil|it)\b",
    # Standing at a height: "berdiri di pinggir atap", "standing on the balcony of the 14th floor".
    r"\b(?:standing|stood|berdiri|sat|sitting|duduk) (?:[a-z]+ ){0,3}(?:edge|pinggir|ledge|tepi|"
    r"railing|pagar) (?:of |di |dari )?(?:the )?(?:roof|rooftop|atap|bridge|jembatan|balcony|"
    r"balkon|cliff|tebing|gedung|building|lantai|parking)\b|\b(?:standing|berdiri) (?:[a-z]+ )"
    r"{0,2}(?:on|di) (?:the )?(?:balcony|balkon|rooftop|atap|ledge|bridge|jembatan) (?:[a-z]+ )"
    r"{0,3}(?:[0-9]+th|[0-9]+|lantai [0-9]+) (?:floor|lantai)?\b",
    r"\bgantung diri\b|\bhang(?:ing|ed)? (?:my|him|her|them)?self\b|\bngegantung\b|"
    r"\bnoose\b|\bjerat\b",
    r"\b(?:loncat|lompat|jump|jumped|jumping|terjun|step|stepping|throw myself|melompat|"
    r"meloncat|nerjunin diri|menjatuhkan diri|fall)(?: [a-z]+){0,2} (?:dari|from|off|in front "
    r"of|depan|ke) (?:[a-z]+ ){0,2}(?:jembatan|bridge|gedung|building|atap|roof|rooftop|"
    r"lantai|tebing|cliff|apartemen|train|kereta|rel|balkon|balcony|jurang|sungai|laut|"
    r"flyover|tower|menara|mall|parkiran|truk|truck|bus|mobil)\b",
    r"\b(?:loncat|lompat|jump|terjun) (?:aja|saja)\b|\b(?:tinggal|siap|ready to|about to) "
    r"(?:loncat|lompat|jump|terjun)\b",
    r"\b(?:drive|driving|drove|nyetir|ngebut|crash|crashing|nabrak|nabrakin) (?:[a-z]+ ){0,3}"
    r"(?:off|from|into|ke|dari) (?:a |the )?(?:bridge|cliff|jembatan|jurang|tebing|wall|"
    r"tembok|truck|truk|pohon|tree)\b",
    r"\b(?:rel kereta|train tracks|in front of a train|depan kereta|ditabrak kereta|ketabrak "
    r"kereta|hit by a train)\b",
    r"\boverdosis\b|\boverdose\b|\boverdosed\b|\bod\b",
    r"\b(?:kuminum|kutelan|ku minum|ku telan|aku minum|aku telan) (?:semua|semuanya|sekaligus|"
    r"habis)\b|\b(?:take|swallow) them all\b",
    r"\b(?:minum|nelen|menelan|take|took|taking|swallow(?:ed)?|telan|nenggak|menenggak|"
    r"habisin|ngabisin|minum semua) (?:semua )?(?:obat|pil|pills|tablet|tablets)?(?: [a-z]+)?"
    r" ?(?:banyak|semua|semuanya|sebotol|segenggam|sekaligus|all|the whole bottle|whole bottle|"
    r"all of them|everything|a handful|a bottle)\b",
    r"\b(?:[0-9]+|x|n|banyak|segenggam|sebotol|satu strip|puluhan|belasan) (?:butir|tablet|"
    r"pil|strip|pills|tablets|capsules)\b",
    r"\b(?:minum|nenggak|meminum|diminum|drink|drank|drinking) (?:the |that |some |a bottle of )?"
    r"(?:racun|baygon|pestisida|"
    r"pemutih|bleach|poison|cairan pembersih|obat nyamuk|obat serangga|racun tikus)\b|"
    r"\bracun tikus\b|\brat poison\b",
    r"\b(?:sayat|nyayat|menyayat|potong|iris|motong|slit|cut|cutting) (?:[a-z]+ ){0,2}(?:nadi|"
    r"pergelangan|wrist|wrists)(?:ku|nya)?\b",
    r"\b(?:blade|razor|silet|cutter|pisau|knife|razors|blades) (?:on|di|ke) (?:my )?"
    r"(?:arm|wrist|skin|leg|thigh|tangan|pergelangan|lengan|paha)",
    r"\b(?:pakai|pake|with a|using a|used a|pakai sebuah) (?:silet|blade|razor|cutter|pisau|"
    r"knife)\b",
    r"\b(?:gas|arang|charcoal|knalpot|exhaust) (?:[a-z]+ ){0,2}(?:kamar|room|garage|mobil|car)\b",
    r"\b(?:nabrakin diri|menabrakkan diri|tabrakin diri|crash my car)\b",
    r"\b(?:tembak|shoot|shot) (?:my ?self|diri|kepala)\b|\bgun to my head\b",
    r"\b(?:tenggelamin|menenggelamkan|drown) (?:diri|myself)\b",
    r"\b(?:bakar|membakar|burn) (?:diri|myself) (?:hidup|alive)\b",
]
# A means word alone ("obat", "rope") is harmless; near dying or despair it becomes a method.
MEANS_RE = re.compile(
    r"\b(?:tali|talinya|rope|obat|obatnya|pil|pills|pill|tablet|tablets|butir|racun|poison|"
    r"baygon|pestisida|" + _DRUGS + r"|"
    r"silet|blade|blades|razor|cutter|pisau|knife|pistol|gun|senjata|jembatan|bridge|gedung|"
    r"building|atap|roof|rooftop|rel|train|kereta|loncat|lompat|jump|nadi|overdosis|overdose|"
    r"gantung|hang|obat tidur|sleeping pills|emjblade|emjrope|emjpill|emjgun|emjblood|"
    r"emjbridge)\b"
)
METHOD_EMOJI_RE = re.compile(r"\b(?:emjblade|emjrope|emjpill|emjgun|emjblood|emjbridge)\b")
PLAN = [
    r"\b(?:i have|i got|aku (?:udah )?punya|udah ada|i made|i have made) (?:a )?(?:plan|"
    r"rencana)\b",
    r"\b(?:udah|sudah|aku udah) (?:nentuin|menentukan|milih|memilih|mutusin|memutuskan|"
    r"netapin|menetapkan) (?:tanggal|hari|waktu|caranya|tempat|tempatnya|jam)",
    r"\b(?:picked|chose|set|chosen) (?:the|a) (?:date|day|time|place|method)\b",
    r"\btanggalnya (?:udah|sudah) (?:ada|fix|ditentuin|dipilih|aku pilih)\b|"
    r"\b(?:udah|sudah) (?:set|pilih|milih) tanggal(?:nya)?(?= ?[.,?]|$)|\bmy plan is (?:set|ready|"
    r"made)\b|\bplan(?:ning|ned)? my (?:exit|death|suicide|goodbye)\b|\bexit plan\b",
    r"\b(?:nyiapin|menyiapkan|siapin|ngumpulin|mengumpulkan|kumpulin|nyimpen|menyimpan|"
    r"nimbun|menimbun|stockpil[a-z]*|saving up|saved up|"
    r"collected|collecting|hoarding|hoarded|prepared|nyetok|ngestok|stock up|stocked up|"
    r"stocking up) "
    r"(?:[a-z]+ ){0,3}(?:tali|rope|obat|pills|racun|poison|silet|blade|razor|pisau|gun|"
    r"pistol|butir|tablet|tablets|noose|arang|charcoal|meds|medication|my pills|razors|"
    r"(?:my )?antidepress[a-z]*|sleeping pills|(?:my )?lithium|seroquel|quetiapine)",
    r"\b(?:is going to|will|gonna|going to) be my (?:exit|last day|last night|way out)\b",
    # Buying is preparing only for a poison or a noose, or in a quantity ("sebotol").
    r"\b(?:beli|membeli|kubeli|dibeli|bought|buy|got) (?:[a-z]+ ){0,2}(?:racun|poison|noose|"
    r"arang|charcoal|baygon|pestisida|racun serangga|racun tikus|rat poison|tali|rope|blades|"
    r"silet|obat nyamuk)\b|"
    r"\b(?:beli|membeli|bought) (?:[a-z]+ ){0,2}(?:sebotol|segenggam|a whole bottle|a bottle|"
    r"two bottles|a second bottle|satu botol|dua botol) (?:of )?(?:[a-z]+ ){0,2}(?:obat|pills|"
    r"sleeping pills|obat tidur|tablets)\b",
    r"\b(?:fridays|saturdays|sundays|mondays|tuesdays|wednesdays|thursdays|"
    r"(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday) is) the day\b"
    r"(?! (?:we|i|for|to|of|when|that))",
    # A means that is ready, counted or collected: "talinya udah siap", "pills counted out".
    r"\b(?:tali|talinya|rope|noose|obat|obatnya|pil|pills|tablets|racun|racunnya|poison|silet|"
    r"blade|blades|razor|cutter|arang|charcoal|emjpill|emjrope|emjblade|gun|pistol)"
    r"(?: emjpill| emjrope| emjblade)* (?:[a-z0-9]+ ){0,4}(?:udah |sudah |already |are |is )?"
    r"(?:siap|ready|kusiapin|disiapin|disiapkan|aku siapin|siapin|kukumpulin|dikumpulin|"
    r"aku kumpulin|kumpulin|counted out|counted|lined up|laid out|tied|kusimpen|kusembunyiin)\b",
    r"\b(?:tonight is the night|malam ini (?:adalah )?malamnya|(?:i have|aku udah) made up my "
    r"mind|udah (?:bulat|mantap) (?:tekad|keputusan)ku)\b",
    r"\bi am going to do it\b|\b(?:aku )?(?:bakal|akan) (?:ngelakuin|melakukan)(?:nya)? "
    r"(?:malam ini|besok|hari ini|minggu ini)\b",
    r"\b(?:tinggal|tinggal nunggu) (?:nunggu )?(?:waktu|waktunya|diminum|dipakai|dilakuin)\b",
    # Waiting to be alone: "just waiting for the house to be empty", "tinggal nunggu rumah sepi".
    r"\bwaiting for (?:the house to be empty|everyone to (?:sleep|leave|go)|the right (?:night|"
    r"moment)|them to (?:sleep|leave|go out))\b|\bnunggu (?:rumah|kos|kamar|kosan) (?:sepi|"
    r"kosong)\b|\bnunggu (?:semua|orang rumah|mereka|semua orang) (?:tidur|pergi)\b",
    r"\b(?:do it|ngelakuinnya) (?:this weekend|tonight|tomorrow|besok|malam ini)\b",
    r"\b(?:have|got) it all (?:figured out|planned)\b|\bprove it (?:this weekend|tonight|"
    r"tomorrow)\b|\budah (?:aku )?(?:rencanain|rencanakan|atur) (?:semua|semuanya)\b",
    r"\b(?:surat|note|letter|letters) (?:[a-z]+ ){0,2}(?:udah|sudah|is|are) (?:siap|ready|"
    r"written|ditulis)\b",
]
DOSE = [
    r"\b(?:berapa|how many|how much) (?:[a-z]+ ){0,3}(?:obat|pil|pills|tablet|tablets|butir|"
    r"dosis|dose|mg|" + _DRUGS + r"|of them)\b",
    r"\b(?:dosis|dose|takaran) (?:[a-z]+ ){0,3}(?:mematikan|lethal|fatal|mati|overdosis|bikin)\b",
    r"\b(?:lethal|fatal|mematikan|deadly|toxic) (?:dose|dosis|amount)\b",
    r"\b(?:[0-9]+|x|n|puluhan|belasan) (?:butir|tablet|pil|strip|pills|tablets|mg|capsules)\b",
    r"\b(?:sebotol|segenggam|the whole bottle|whole bottle|all of them|semua obat|a handful|"
    r"a whole bottle|sekaligus)\b",
    r"\bemjpill emjpill\b",
]
# Words that make a dose about dying rather than treatment.
DOSE_CONTEXT = re.compile(
    r"\b(?:mati|die|dead|overdosis|overdose|lethal|mematikan|gak bangun|never wake|"
    r"wake up|tidur selamanya|bunuh diri|suicide|fatal|emjpill|bangun lagi|selamanya|"
    r"forever|kill|sekaligus|semua|all|tonight|malam ini)\b"
)
LETHALITY_RE = re.compile(
    r"\b(?:paling (?:cepat|cepet|ampuh|efektif|gak sakit|pasti|mudah|gampang)|"
    r"(?:tanpa|gak|tidak|nggak) (?:rasa )?sakit|yang (?:cepet|cepat|pasti|ampuh)|"
    r"painless|without pain|lethal|fatal|mematikan|most reliable|reliable|"
    r"(?:quickest|fastest|easiest|surest|best|quick|easy|cleanest) way|"
    r"pasti mati|pasti berhasil|guaranteed|instan|instant|efektif|effective|no pain|"
    r"should be enough|cukup gak|so it is certain|yang pasti)\b"
)
LOCATION = [
    r"\b(?:tallest|highest|tertinggi|paling tinggi)(?: [a-z]+){0,1} (?:bridge|building|"
    r"jembatan|gedung|roof|rooftop|tower|menara|tebing|cliff|apartemen|flyover)\b",
    r"\b(?:jembatan|gedung|bridge|building|tebing|cliff|menara|tower) (?:[a-z]+ ){0,2}"
    r"(?:paling tinggi|tertinggi|tallest|highest)\b",
    r"\b(?:pinggir|tepi|edge of|atas|ujung|on the edge of|on top of|di atas) (?:the )?"
    r"(?:jembatan|bridge|gedung|building|atap|roof|rooftop|tebing|cliff|balkon|balcony|rel|"
    r"tracks)\b",
    r"\b(?:berdiri|duduk|standing|sitting|nunggu|waiting) (?:[a-z]+ ){0,2}(?:di|on|at) "
    r"(?:rel|pinggir|tepi|atap|atas|the edge|the roof|the tracks|the bridge|jembatan|the overpass|"
    r"the flyover|flyover|jembatan layang)\b",
    r"\b(?:jembatan|gedung|bridge|building|rooftop|atap|rel|tebing|cliff|tower|menara|"
    r"apartemen|flyover)(?: [a-z]+){0,3} (?:near me|terdekat|di kota ini|bisa diakses|"
    r"accessible|no fence|tanpa pagar|gak dijaga|unguarded)\b",
    r"\b(?:udah|sudah|lagi|already|now|i am|aku) (?:di|on|at) (?:atas )?(?:atap|rooftop|the roof|"
    r"jembatan|the bridge|rel|the tracks|the edge|tepi|pinggir|tebing|the cliff)\b",
    r"\b(?:lantai|floor) [0-9]+\b|\b[0-9]+(?:th|st|nd|rd)? floor\b",
]
# Location words only count near despair, jumping or dying.
LOCATION_CONTEXT = re.compile(
    r"\b(?:done|gak kuat|loncat|lompat|jump|mati|die|bunuh diri|suicide|"
    r"tinggal selangkah|selangkah lagi|nunggu keretanya|keretanya lewat|pengen nunggu|"
    r"gak sanggup|goodbye|selamat tinggal|terjun|last time|terakhir kali|i am ready|bye|"
    r"capek|can not do this|can not take|enough|tonight|malam ini|sorry everyone|pamit|"
    r"the end|it is over|udah cukup|let go|and fall|jatuhin diri)\b"
)
# Asking for a way to die. The filler between "cara" and the act may only be small words, so
# "cara mencegah bunuh diri" or "how to help someone" never read as a request for a method.
_SEEK_FILL = (
    r"(?:(?:yang|paling|buat|untuk|biar|aku|bisa|to|for|me|i|can|do|a|the|of|gak|"
    r"cepet|cepat|quick|easy|painless|quickest|fastest|easiest|best|surest|most|reliable|"
    r"mudah|gampang|ampuh|efektif|aman|simple|sederhana|tanpa ketahuan|secret|diam diam) ){0,3}"
)
_SEEK_ACT = alt(
    r"bunuh (?:diri|dri)",
    "mati",
    "die",
    "dying",
    r"kill my ?self",
    "suicide",
    r"end my life",
    r"end it",
    r"(?:meng|ng)?akhir(?:i|in) hidup(?:ku)?",
    "overdosis",
    "overdose",
    "od",
    "gantung diri",
    "hang myself",
    r"nyilet",
    r"self harm",
    r"cut(?:ting)? (?:my ?self|deeper|deep)",
    r"sayat nadi",
    r"potong nadi",
    r"slit (?:my )?wrists?",
)
SEEK = [
    r"\b(?:berapa|how many|how much)\b(?: [a-z]+){0,5} (?:bisa |can |would |will |could )?"
    r"(?:bikin|make (?:you|me)|kill|to kill) (?:mati|die|me|you|gak bangun)\b",
    r"\b(?:quickest|fastest|easiest|painless|surest) way out\b|\ba way to go that (?:does not|"
    r"will not|would not) hurt\b",
    r"\b(?:belt|tali|rope|scarf|syal|kabel|cable|sabuk|ikat pinggang)\b(?: [a-z]+){0,3} "
    r"(?:strong enough|cukup kuat|kuat) (?:to hold|buat nahan|untuk menahan|nahan|menahan) "
    r"(?:an adult|my weight|berat|badan|orang dewasa|a person)\b",
    r"\b(?:tallest|highest|tertinggi|paling tinggi)\b(?: [a-z0-9]+){0,8} (?:without|no|does not "
    r"have|gak ada|tanpa|yang gak ada) (?:a |any )?(?:fence|fencing|railing|railings|pagar|"
    r"pembatas|security)\b",
    r"\b(?:quickest|fastest|easiest|painless|best|surest|cleanest) (?:way|method) to go\b"
    r"(?! to| home| there| back| out| for)",
    r"\b(?:cukup|enough) (?:gak |nggak |ga |tinggi |kuat )?(?:ya )?(?:buat|untuk|to) (?:mati|die|"
    r"kill me|bunuh diri|end it)\b",
    rf"\b(?:cara|caranya|how to|how do i|how can i|how do you|how does one|ways to|way to|"
    rf"method of|methods of|methods to|metode|teknik|tutorial|tips|trik) {_SEEK_FILL}{_SEEK_ACT}\b",
    r"\bwhich method\b|\bbest method\b|\bmetode apa\b|\bmethod (?:is|that is) (?:the )?most\b",
    r"\b(?:racun|obat|poison|pills|pil|zat|bahan|chemical) (?:apa|what|which|mana) "
    r"(?:[a-z]+ ){0,6}(?:mati|die|cepat|cepet|lethal|fatal|kill|gak bangun|mematikan)\b",
    r"\b(?:obat|racun|pills|poison) (?:[a-z]+ ){0,5}(?:bisa bikin|bikin|bisa buat|to|can) "
    r"(?:orang |you |someone )?(?:mati|die|gak bangun|meninggal|never wake)\b",
    r"\bwhat is (?:a |the )?(?:lethal|fatal) (?:dose|amount)\b",
    # Asking what quantity of a medicine would kill: "berapa butir yang bikin gak bangun".
    r"\b(?:berapa|how many|how much|seberapa banyak|is|are|would) (?:[a-z0-9]+ ){0,4}(?:obat|pil|"
    r"pills|tablet|tablets|butir|mg|" + _DRUGS + r"|of them)\b(?: [a-z0-9]+){0,6} (?:would it take|"
    r"does it take|it takes|to die|to kill|buat mati|untuk mati|bisa fatal|fatal|lethal|"
    r"mematikan|is enough|be enough|enough|cukup|gak bangun|not wake up|never wake up)\b",
    r"\b(?:cukup|enough) (?:gak |nggak |ga )?(?:ya )?(?:buat|untuk|to|so i) (?:gak bangun|tidak "
    r"bangun|not wake up|never wake up|tidur selamanya|sleep forever|(?:gak|tidak) bangun lagi)\b",
    r"\b(?:od|overdose|overdosis|overdosing) (?:[a-z]+ ){0,2}(?:hurts?|painful|sakit|nyakitin)\b",
    r"\b(?:researching|nyari|cari|mencari|mikirin|mikir|looking up|googling|googled|searched|"
    r"searching|nyari nyari|browsing) (?:[a-z]+ ){0,1}"
    rf"(?:cara|ways to|way to|how to|methods|metode) {_SEEK_FILL}{_SEEK_ACT}\b",
    rf"\b(?:best|easiest|quickest|fastest|painless|surest|cleanest|most painless|least painful) "
    rf"(?:way|ways|method|methods) (?:[a-z]+ ){{0,2}}{_SEEK_ACT}\b",
    rf"\b(?:best|easiest|quickest|fastest|painless|surest) (?:way|ways|method) (?:buat|untuk|to|"
    rf"for) {_SEEK_ACT}\b",
    r"\b(?:gimana|bagaimana|how) (?:caranya |cara )?(?:biar |supaya |agar )?(?:bisa )?(?:mati|"
    r"die|bunuh diri)\b",
    r"\b(?:high|tall|deep|tinggi|dalam|strong|kuat) enough (?:to|buat|untuk) (?:die|mati|kill|"
    r"end it)\b|\bcukup (?:tinggi|dalam|kuat) (?:buat|untuk) (?:mati|bunuh diri)\b",
    r"\b(?:seberapa|how) (?:tinggi|high|tall|dalam|deep) (?:[a-z]+ ){0,3}(?:mati|die|fatal|"
    r"lethal|to survive|survive)\b",
]
FAREWELL_STRONG = [
    r"\b(?:postingan|post|pesan|tweet|story) terakhir(?:ku)?\b|\b(?:my )?last (?:post|message|"
    r"tweet|words)\b|\bfinal (?:post|message|goodbye)\b",
    r"\bgoodbye (?:letter|letters|note|notes|message|messages)\b",
    r"\bsurat (?:perpisahan|wasiat|terakhir)(?:ku|nya)?\b|"
    r"\bsurat (?:buat|untuk) (?:keluarga|mama|ibu|"
    r"ayah|papa|orang tua|ortu)",
    r"\bsuicide note\b|\b(?:nulis|menulis|udah bikin|bikin|nyiapin) wasiat\b",
    r"\b(?:written|wrote|nulis|menulis|ninggalin|left) (?:a |the )?(?:letter|letters|note|notes|"
    r"surat|pesan) (?:to|for|buat|untuk) (?:my |semua )?(?:family|keluarga|mom|mum|dad|parents|"
    r"everyone|kalian|mama|papa|ibu|ayah|orang tua|ortu)",
    r"\bterakhir kali(?:nya)? aku (?:posting|nulis|ngomong|nyapa|di sini)\b|\blast time "
    r"(?:i will |i am )?(?:post|posting|writing)\b",
    r"\b(?:aku )?pergi duluan\b|\bduluan ya semuanya\b",
    r"\bbesok aku (?:udah )?(?:gak|tidak) ada\b",
    r"\bthis is (?:my )?goodbye\b|\bsaying my goodbyes\b|\bgoodbye forever\b|"
    r"\bselamat tinggal (?:semuanya|dunia|selamanya)\b|\bgoodbye (?:world|cruel world)\b",
    r"\b(?:you|kalian) (?:won't|will not|gak akan|nggak akan|tidak akan) (?:see|hear from|"
    r"ketemu|lihat|denger) (?:me|aku|dariku)(?: lagi| again)?\b",
    r"\bsampai jumpa di kehidupan (?:lain|selanjutnya|berikutnya)\b|\bsee you in (?:another|"
    r"the next) life\b",
    r"\bsee (?:you|ya) never\b|"
    r"\bit was nice knowing (?:some of you|all of you|you all|kalian|everyone)\b|"
    r"\b(?:do not|jangan) (?:look for|cari|nyari|nyariin|cariin) (?:me|aku)\b(?: [a-z]+)? "
    r"(?:after|setelah|abis|habis|lagi|ya)\b",
    # Belongings given away because they will not be needed: "won't be needing them much longer".
    r"\b(?:will not|wo not|would not|gak akan|gak bakal|nggak bakal|tidak akan) (?:be )?"
    r"(?:need|needing|butuh|perlu|pakai|pake|use|using) (?:it|them|these|this|itu|lagi|barang|"
    r"any of (?:it|this|them))(?: [a-z]+){0,2} (?:much longer|anymore|lagi|for long|soon|"
    r"where i am going)\b",
    r"\bsigning off (?:for good|forever|permanently)\b|\blogging off (?:for good|forever)\b",
]
FAREWELL_WEAK = [
    r"\bselamat tinggal\b",
    r"\bgoodbye\b|\bbye forever\b|\bfarewell\b|\bbye everyone\b",
    r"\bpamit\b",
    r"\bmaaf (?:ya |kalau |atas )?(?:semuanya|semua|ma|pa|mama|papa|ibu|ayah|bu|yah|mah|pah|"
    r"mom|dad|kalian|aku udah|selama ini)\b",
    r"\bsorry (?:mom|mum|dad|everyone|guys|for everything)\b|\bi am sorry for everything\b",
    r"\bi love you(?: all)?\b|\blove you all\b|\baku sayang (?:kalian|mama|papa|ibu|ayah)\b",
    r"\bjaga diri (?:kalian|baik baik)\b|\btake care of (?:yourselves|my|mom|dad)\b",
    r"\btitip (?:kucing|anjing|adik|ibu|mama|papa|ayah|peliharaan|anak)[a-z]*\b",
    r"\b(?:makasih|terima kasih) (?:buat|untuk|atas) (?:semuanya|semua|segalanya)\b",
    r"\bmakasih udah (?:jadi|pernah)\b|\bthank you for everything\b|\bthanks for everything\b",
    r"\bjangan (?:cari|nyari) aku\b|\bdo not look for me\b|\bjangan sedih ya\b",
    r"\bthank(?:s| you) (?:to )?(?:everyone|all of you|you all)\b|\bthis is it\b|"
    r"\bini (?:yang )?terakhir(?:nya|ku)?\b|\bwaktunya (?:aku )?pamit\b",
    # Giving things away and not needing them: preparation for leaving.
    r"\b(?:gave|giving|give|given) away (?:my|all my|all of my|his|her)\b|"
    r"\bgave (?:my|all my) (?:[a-z]+ ){1,4}(?:to|away)\b|"
    r"\bbagi bagi(?:in)? barang(?:ku| aku)?\b|\bngasih(?:in)? barang barang(?:ku)?\b|"
    r"\b(?:gave|giving|rehomed|rehoming|ngasih|ngasihin|nitipin|titipin|kasih|nyerahin) "
    r"(?:my |away my )?(?:dog|cat|pets?|puppy|kitten|kucing|anjing|peliharaan)(?:ku)?\b",
    r"\b(?:will not|won't|wont|do not|gak bakal|gak akan) (?:need|butuh) (?:[a-z]+ ){0,3}"
    r"(?:anymore|again|lagi)\b|\b(?:aku )?(?:gak|tidak) butuh (?:[a-z]+ ){0,2}lagi\b",
]
# Loose ends tied up: beside a goodbye or giving things away, it reads as a farewell.
FINALITY_RE = re.compile(
    r"\b(?:udah beres semua|semua(?:nya)? udah beres|udah (?:aku )?(?:beresin|rapiin) semua|"
    r"tinggal nunggu (?:malem|malam|waktu|waktunya|besok)|affairs in order|everything is in "
    r"order|tied up (?:all )?(?:the )?loose ends|made peace with it|udah ikhlas|udah siap semua|"
    r"not (?:going to|gonna) be around|will not need (?:it|them|this)|gak (?:akan|bakal) butuh)\b"
)
# Leaving a group, a job or for a holiday is not a farewell to life.
# A "last post" that is only a move to another account or site.
ACCOUNT_MOVE_RE = re.compile(
    r"\b(?:akun baru|new account|new handle|new site|new blog|new page|moved everything|"
    r"moving everything|pindah (?:ke )?akun|ganti akun|link (?:di|in) (?:bio|my profile)|"
    r"username ?nya|same handle|art page|akun (?:kedua|utama|lain))\b"
)
FAREWELL_BENIGN = re.compile(
    r"\b(?:grup|group|kantor|office|kerjaan|job|resign|pindah|moving|liburan|holiday|vacation|"
    r"mudik|hiatus|off dulu|tidur dulu|sleep|twitter|instagram|tiktok|sosmed|social media|"
    r"platform|akun|account|server|kelas|sekolah|kampus|tim|team|kos|kost|tahun|year|"
    r"donasi|donate|donating|donation|charity|jual|dijual|sale|preloved|garage|"
    r"2024|2025|2026|2027|wisuda|graduation|bye bye|see you (?:tomorrow|soon|later))\b"
)
DISTRESS_STRONG = [
    r"\bgak (?:kuat|tahan|sanggup)(?: lagi)?\b",
    r"\b(?:i am )?done with (?:everything|it all)\b|\bi am (?:so |just |really )?done\b",
    r"\b(?:mau|pengen|ingin) (?:cepet |cepat )*(?:selesai|udahan)(?: aja)?\b|\budahan aja\b|"
    r"\bselesai aja\b",
    r"\b(?:biar|pengen|mau) (?:semua|semuanya|semua ini) (?:selesai|berakhir)\b",
    r"\bcan not (?:do this|take (?:it|this)|handle (?:it|this)|cope)(?: anymore)?\b",
    r"\bi give up\b(?! on)|\b(?:aku menyerah|aku nyerah|udah nyerah|menyerah aja)\b",
    r"\b(?:capek|lelah|tired) (?:banget |sekali )?(?:sama|dengan|of) (?:semua|semuanya|"
    r"segalanya|everything|hidup)\b",
]
HOPELESSNESS = [
    r"\bgak ada harapan\b|\bhopeless\b|\bputus asa\b|\bno hope\b|\btanpa harapan\b",
    r"\bgak berguna\b|\bworthless\b|\buseless\b|\bgak ada gunanya\b|\bgak berharga\b",
    r"\b(?:jadi |cuma |hanya )?beban (?:buat|bagi|untuk|keluarga|semua)\b|\ba burden\b|"
    r"\b(?:jadi|cuma|hanya|sebuah|merasa|ngerasa|i am|such a) beban\b|"
    r"\bbeban doang\b",
    r"\bbenci (?:sama |banget sama )?(?:diri|hidup)(?:ku)?(?: sendiri| ini)?\b|"
    r"\bhate (?:my ?self|my life|being alive|being me)\b",
    r"\b(?:feel|feeling|felt|ngerasa|merasa|rasanya|hati(?:ku)?|so|i am) (?:[a-z]+ )?(?:kosong|"
    r"hampa|empty|numb|mati rasa)\b|\b(?:kosong|hampa) (?:banget|sekali|rasanya)\b|\bnumb\b",
    r"\bhidup tapi (?:gak|tidak) hidup\b",
    r"\btired of everything\b|\bcapek jadi aku\b|\btired of being me\b",
    r"\bwhy (?:should|do|would) i (?:keep living|go on|stay alive|even live|keep going)\b|"
    r"\bwhat is the point\b|\bbuat apa (?:sih )?(?:aku )?(?:hidup|bertahan)\b|\bwhy (?:do )?i "
    r"even (?:bother|try)\b|\bpointless\b|\bpercuma\b",
    r"\bgak ada yang (?:peduli|ngerti|sayang|bakal sadar|sadar|nungguin|butuh|kangen)\b",
    r"\b(?:nobody|no one) (?:cares|would (?:even )?notice|loves me|understands|would miss)\b",
    r"\bsendirian\b|\bso alone\b|\ball alone\b|\blonely\b|\bkesepian\b|\bgak punya siapa siapa\b",
    r"\bdepresiku\b|"
    r"\b(?:aku|lagi|i am|i feel|feeling|so|really) (?:[a-z]+ )?(?:depresi|depressed)\b|"
    r"\bdepresi(?:ku)? (?:aku )?(?:kambuh|makin|parah)\b|\bmy depression\b|\bbreakdown\b|"
    r"\bpanic attacks?\b|\bserangan panik\b",
    r"\bnangis (?:tiap|setiap|terus)\b|\bcry(?:ing)? (?:every|all|myself to sleep)\b",
    r"\bgak mau ketemu siapa siapa\b|\bgak bisa tidur\b|\bcan not sleep\b",
    r"\bhati(?:ku)? (?:[a-z]+ ){0,2}mati\b|\bdying inside\b|\bmati di dalam\b",
    r"\bgagal (?:terus|lagi)\b|\bgak (?:pantas|layak) (?:bahagia|hidup|dicintai|ada)\b|"
    r"\bdo not deserve\b",
    r"\bsemua salahku\b|\bngerusak segalanya\b|\bruin everything\b|\bi ruin\b",
    r"\b(?:terasa|rasanya|semuanya) (?:gelap|berat)\b|\bsemua terasa berat\b",
    r"\bhidup(?:ku|nya|mu)? (?:[a-z]+ )?(?:berantakan|gak ada artinya|gak ada gunanya|hancur|"
    r"kacau|gak berarti)\b|\bdepresi berat\b|\bmy life is (?:a mess|meaningless|pointless)\b",
    r"\bdrowning\b|\bsesak\b|\bsuffocating\b",
    r"\bgak tahu lagi (?:harus gimana|buat apa|mau gimana)\b|\bgak tahu harus (?:mulai|gimana)\b",
    r"\bgak ada masa depan\b|\bno future\b|\b(?:do not|can not) see (?:a|any) future\b|"
    r"\bmasa depan(?:ku)? (?:gelap|suram|hancur)\b",
    r"\bnothing (?:ever )?gets better\b|\bnothing matters\b|\bgak ada yang berubah\b",
    r"\bgak ngerasa apa apa\b|\bfeel nothing\b|\bgak bisa ngerasain apa apa\b|"
    r"\bcan not feel anything\b",
    # Body and behaviour signs of distress.
    r"\bpanik lagi\b|\bpanic again\b|\bdada(?:ku)? (?:sesek|sesak|berat)\b|\bchest "
    r"(?:feels|is) (?:so )?(?:heavy|tight)\b|\bgak nafsu makan\b|\bno appetite\b|"
    r"\bgak keluar kamar\b|\boverthinking (?:parah|terus|banget)\b|\bburnout parah\b|"
    r"\b(?:ancur|hancur) banget\b|\btenggelam\b|\bgak pengen ngapa ngapain\b",
    r"\bsedih banget\b|\bsad all the time\b|\bexhausted\b|\bso sad\b|\bhancur banget\b|"
    r"\bstres banget\b|\bstressed\b",
    r"\bgak punya tenaga\b|\bno energy\b",
    r"\b(?:i am|aku|lagi) (?:really |so |just )?(?:not okay|not ok|gak baik baik aja|gak okay|"
    r"gak ok|hancur|struggling|falling apart)\b",
    r"\b(?:i am|aku) (?:so )?(?:tired|capek|lelah)(?: banget)?\b(?! (?:after|abis|habis|"
    r"setelah))",
]
DEATH_THOUGHTS = [
    r"\bif i (?:ended it|end it|killed myself|was gone|were gone|died|disappeared|was dead)\b",
    r"\bkepikiran (?:tentang )?(?:mati|kematian)\b|\bmikir(?:in)? (?:tentang )?(?:mati|"
    r"kematian)\b|\bthink(?:ing)? about (?:death|dying)\b",
    r"\b(?:mikir|kepikiran|think|thinking|wonder|wondering|bayangin|membayangkan|imagine) "
    r"(?:[a-z]+ ){0,5}(?:kalau aku (?:gak|tidak) ada|kalau aku mati|if i (?:just )?"
    r"(?:disappeared|died|was gone|were gone)|if (?:they|we) (?:just )?disappeared)\b",
    r"\bgimana rasanya (?:kalau aku (?:gak|tidak) ada|mati)\b",
    r"\bwhat (?:it would be like|would happen) if i\b",
]
HYPERBOLE_FRAMES = [
    r"\b(?:rasanya|rasa|kayak|serasa|seperti|like) (?:[a-z]+ ){0,1}(?:mau|bakal|akan) "
    r"(?:mati|die)\b",
    r"\bmau mati (?:[a-z]+ )?rasanya\b",
    r"\b(?:bikin|buat|made|makes|make|making|bikinnya) (?:aku |me |gue )?(?:pengen|mau|want to"
    r"|wanna|ingin) (?:[a-z]+ )?(?:mati|die)\b",
    r"\b(?:sampe|sampai) (?:pengen|mau) mati\b",
    r"\b(?:i feel like|feels like) (?:i am )?dying\b",
]
INCITEMENT = [
    r"\bkill yourself\b|\bgo die\b|\byou should (?:just )?die\b|\bkys\b|\bgo kill yourself\b",
    r"\b(?:mati|bunuh diri|gantung diri|mampus) (?:aja|saja|sana) (?:lo|lu|loe|elo|kau|kamu|"
    r"sana)\b",
    r"\b(?:mending|lebih baik) (?:lo|lu|loe|elo|kau|kamu) (?:mati|bunuh diri|mampus)\b",
    r"\b(?:lo|lu|loe|elo|kau) (?:mati|bunuh diri|mampus) (?:aja|saja)\b",
    r"\bno one would miss you\b|\bgak ada yang bakal kangen sama (?:lo|lu|kamu)\b",
]

# Words that a starred or leet-spelled token may stand for (the screening vocabulary's core).
STAR_TARGETS = (
    "bunuh diri bundir suicide suicidal kill killing myself mati pengen bunuh "
    "self harm cutting die dead gantung overdosis overdose"
).split()

_COMMON = """
a about after again all alone always am an and any anymore are as at away back bad be
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
sleep wake never born exist existing ready plan tidur bangun lahir udahan lampu squad
ngakhirin mengakhiri ngakhiri akhiri nyilet nyayat sayat silet gantung pamit nyusul
"""


def _pattern_words() -> set[str]:
    found: set[str] = set()
    sources: list[str] = []
    for value in list(globals().values()):
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            sources.extend(value)
        elif isinstance(value, re.Pattern):
            sources.append(value.pattern)
        elif isinstance(value, str) and value.startswith("(?:"):
            sources.append(value)
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


# Words about dying, ending, self-harm, means and places, one word each (not phrasings). The
# learned model may only raise a text to crisis when the rules found distress or one of these
# words is present: on ordinary posts about food, travel or sleep it has no business judging.
RISK_TOPIC_WORDS = frozenset(
    """mati meninggal die dying dead death died hidup idup life living alive live survive bunuh
    kill killing suicide suicidal nyawa dunia selamanya forever permanently permanent terakhir
    last selesai end ending udahan goodbye pamit tinggal maafin maaf sorry funeral pemakaman
    kubur kuburan grave bangun wake asleep obat pills pill od overdosis overdose tali rope
    emjrope emjpill emjblade emjcoffin emjgun silet pisau blade cut cutting sayat nyayat luka
    bekas scars scar arms lengan pergelangan darah blood bleed jembatan bridge roof atap gedung
    lantai loncat lompat jump rel kereta lenyap ngilang hilang disappear gone exist unalive harm
    diri myself sendiri paeh hirup funeral asleep bernyawa wounds sleeves covered hiding
    paracetamol parasetamol panadol tylenol ibuprofen antidepresan butir tablet fatal lethal
    beban burden future""".split()
)
