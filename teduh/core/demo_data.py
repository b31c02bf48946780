"""The demo instance's content: people, posts, threads and how they interact.

Data only; `teduh.core.demo_seed` writes it through the service layer. Everything is in
Indonesian (a few English posts from an English-speaking member) and follows the safe-messaging
rules in docs/PRODUCT.md: no methods, no sensationalising, help resources on posts that touch
on suicide, content warnings on personal-experience posts, recovery stories in the past tense.
Helplines are only those listed in PRODUCT.md; posts point to the Help page for the current list.

Posts are identified by their author and text, so edit the text and a re-run adds a new post
next to the old one (start from a fresh data dir when changing published demo content).

The strings are wrapped for the source file: `_text` joins the lines of each paragraph and keeps
blank lines as paragraph breaks.
"""

import inspect
from dataclasses import dataclass

# Demo only: every demo account shares it, and it is printed on the console.
DEMO_PASSWORD = "teduh-demo-2026"  # noqa: S105


def _text(raw: str) -> str:
    paragraphs = inspect.cleandoc(raw).split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)


@dataclass(frozen=True)
class Person:
    username: str
    display_name: str
    role: str  # shown next to the login on the console
    bio: str
    language: str = "id"
    verified_professional: bool = False
    moderator: bool = False  # works the moderation and care queues
    # For verified professionals: their entry in "Find a professional" (teduh.professionals).
    profession: str = ""
    city: str = ""
    topics: tuple[str, ...] = ()
    contact: str = ""


@dataclass(frozen=True)
class Post:
    key: str  # how other entries refer to this post
    author: str
    content: str
    reply_to: str | None = None  # a post key, or "thread-key#n" for part n of a thread
    spoiler_text: str = ""  # content warning
    anonymous: bool = False
    language: str = ""  # defaults to the author's


@dataclass(frozen=True)
class Thread:
    key: str  # refers to part 1; "key#n" refers to part n
    author: str
    parts: tuple[str, ...]
    spoiler_text: str = ""
    language: str = ""


PEOPLE: tuple[Person, ...] = (
    # Professionals (shown with the verified badge).
    Person(
        "bu_ratna",
        "Ratna Wulandari, S.Pd.",
        "guru BK (verified professional)",
        "Guru BK di sebuah SMA negeri. Menulis tentang stres belajar, pertemanan, dan cara minta "
        "tolong. Konten edukasi, bukan pengganti konseling langsung.",
        verified_professional=True,
        profession="school_counselor",
        city="Bandung",
        topics=("stress", "school", "bullying"),
        contact="Untuk siswa: temui saya di ruang BK sekolah (akun demo, bukan layanan nyata).",
    ),
    Person(
        "psikolog_dimas",
        "Dimas Pradipta, M.Psi., Psikolog",
        "psikolog klinis (verified professional)",
        "Psikolog klinis. Edukasi seputar kecemasan, depresi, dan trauma. Yang saya tulis di sini "
        "informasi umum, bukan diagnosis.",
        verified_professional=True,
        profession="psychologist",
        city="Jakarta",
        topics=("anxiety", "depression", "ptsd"),
        contact="Konsultasi daring lewat biro psikologi tempat saya praktik (akun demo).",
    ),
    Person(
        "kak_laras",
        "Larasati Putri, M.Psi.",
        "konselor kampus (verified professional)",
        "Konselor di layanan konseling mahasiswa. Suka membahas self-care yang realistis dan cara "
        "mendampingi teman.",
        verified_professional=True,
        profession="counselor",
        city="Yogyakarta",
        topics=("stress", "relationships", "grief"),
        contact="Layanan konseling mahasiswa kampus, daftar lewat portal kampus (akun demo).",
    ),
    # A moderator: the report queue (/moderation/reports/), the care queue (/care/), helplines.
    Person(
        "mod_sari",
        "Sari (moderator)",
        "moderator",
        "Moderator komunitas Teduh. Menjaga ruang ini tetap aman dan hangat.",
        moderator=True,
    ),
    # Members.
    Person(
        "nadia_r",
        "Nadia Rahmawati",
        "mahasiswi, berbagi pengalaman",
        "Mahasiswi semester 5, anak rantau. Pelan-pelan belajar berdamai dengan cemas.",
    ),
    Person(
        "bagas_aditya",
        "Bagas Aditya",
        "pelajar SMA kelas 12",
        "Kelas 12, lagi berjuang buat UTBK. Suka futsal dan gambar.",
    ),
    Person(
        "rizky_m",
        "Rizky Maulana",
        "pekerja muda, cerita pemulihan",
        "Fresh graduate. Pernah melewati masa depresi, sekarang rajin cerita biar yang lain "
        "nggak merasa sendirian.",
    ),
    Person(
        "maya_s",
        "Maya Sari",
        "member, posts in English",
        "Bandung. Mostly posting in English, reading everything in Bahasa Indonesia.",
        language="en",
    ),
    Person(
        "sekar_ayu",
        "Sekar Ayuningtyas",
        "member, only posts anonymously",
        "Suka baca, jarang posting.",
    ),
    Person(
        "tegar_p",
        "Tegar Pratama",
        "member, only posts anonymously",
        "Dari kabupaten kecil di NTT. Belajar banyak dari utas-utas di sini.",
    ),
)

# Who follows whom.
FOLLOWS: tuple[tuple[str, str], ...] = (
    # Professionals follow each other: they collaborate in public.
    ("bu_ratna", "psikolog_dimas"),
    ("bu_ratna", "kak_laras"),
    ("psikolog_dimas", "bu_ratna"),
    ("psikolog_dimas", "kak_laras"),
    ("kak_laras", "bu_ratna"),
    ("kak_laras", "psikolog_dimas"),
    # Every member follows the professionals.
    *(
        (member, pro)
        for member in ("nadia_r", "bagas_aditya", "rizky_m", "maya_s", "sekar_ayu", "tegar_p")
        for pro in ("bu_ratna", "psikolog_dimas", "kak_laras")
    ),
    # Members follow each other.
    ("nadia_r", "rizky_m"),
    ("rizky_m", "nadia_r"),
    ("bagas_aditya", "nadia_r"),
    ("maya_s", "nadia_r"),
    ("nadia_r", "maya_s"),
    ("sekar_ayu", "nadia_r"),
    ("tegar_p", "rizky_m"),
    ("kak_laras", "nadia_r"),
)

# In the order they are published, oldest first.
TIMELINE: tuple[Post | Thread, ...] = (
    Post(
        "hari-kesehatan-mental",
        "bu_ratna",
        _text("""
            Selamat memperingati #harikesehatanmentalsedunia, 10 Oktober! 💚

            Bulan ini ruang BK sekolah kami buka sesi #MariBicara setiap Jumat siang: boleh
            datang untuk cerita, bertanya, atau sekadar duduk tenang. Kesehatan mental adalah
            bagian dari kesehatan. #BulanKesehatanJiwa
        """),
    ),
    Thread(
        "utas-kecemasan",
        "psikolog_dimas",
        (
            _text("""
                🧵 Utas: Mengenali kecemasan #Kesehatanmental #MariBicara

                Cemas adalah reaksi normal tubuh saat menghadapi hal yang penting atau
                mengancam, misalnya sebelum ujian atau wawancara kerja. Dalam kadar tertentu,
                cemas justru membantu kita bersiap. Lalu kapan cemas perlu diperhatikan?
            """),
            _text("""
                Kecemasan perlu diperhatikan ketika muncul hampir setiap hari selama
                berminggu-minggu, terasa berlebihan dibanding situasinya, sulit dikendalikan,
                dan mulai mengganggu sekolah, kerja, tidur, atau hubungan dengan orang lain.
            """),
            _text("""
                Tandanya tidak hanya di pikiran. Tubuh ikut bicara: jantung berdebar, napas
                pendek, otot tegang, perut tidak nyaman, sulit tidur, mudah lelah. Pikiran
                dipenuhi "bagaimana kalau..." yang berputar terus, dan sebagian orang mulai
                menghindari situasi yang memicu cemas.
            """),
            _text("""
                Yang bisa dicoba saat cemas datang: napas perlahan (tarik 4 hitungan, embuskan 6
                hitungan), sebutkan 5 benda yang kamu lihat untuk kembali ke saat ini, kurangi
                kafein, jaga jam tidur, dan gerakkan badan. Ini membantu meredakan, tetapi bukan
                pengganti penanganan profesional kalau cemasnya menetap.
            """),
            _text("""
                Kalau cemas sudah mengganggu keseharianmu, bicarakan dengan psikolog, konselor,
                guru BK, atau dokter di puskesmas. Gangguan kecemasan bisa ditangani, misalnya
                dengan terapi kognitif-perilaku (CBT).

                Bacaan gratis: panduan bergambar "Doing What Matters in Times of Stress" dari
                WHO. Kuesioner skrining seperti GAD-7 bisa jadi bahan obrolan dengan profesional,
                tetapi hasilnya bukan diagnosis.
            """),
        ),
    ),
    Post(
        "nadia-napas",
        "nadia_r",
        "Bagian napas 4-6 itu beneran membantu aku waktu presentasi kemarin. Makasih, Kak! 🙏",
        reply_to="utas-kecemasan#4",
    ),
    Post(
        "dimas-balas-nadia",
        "psikolog_dimas",
        _text("""
            Senang mendengarnya, Nadia. Latih juga saat sedang tenang, supaya lebih mudah
            dipakai ketika cemas datang.
        """),
        reply_to="nadia-napas",
    ),
    Post(
        "nadia-panik",
        "nadia_r",
        _text("""
            Mau cerita sedikit. Semester lalu aku beberapa kali mengalami serangan panik di
            kampus: dada sesak, tangan gemetar, rasanya mau pingsan. Aku kira aku lemah.

            Setelah akhirnya datang ke layanan konseling kampus, aku belajar teknik napas dan
            pelan-pelan mengenali pemicunya. Sekarang masih ada hari yang berat, tapi aku nggak
            setakut dulu. Kalau kamu juga mengalaminya, kamu nggak sendirian. #BersamaKitaBisa
        """),
        spoiler_text="Pengalaman pribadi: serangan panik",
    ),
    Post(
        "laras-balas-nadia",
        "kak_laras",
        _text("""
            Terima kasih sudah berbagi, Nadia. Datang ke layanan konseling itu langkah yang
            berani. Semoga ceritamu membuat teman-teman lain lebih berani minta tolong juga. 💚
        """),
        reply_to="nadia-panik",
    ),
    Thread(
        "utas-depresi",
        "kak_laras",
        (
            _text("""
                🧵 Depresi bukan sekadar sedih. #Kesehatanmental #MariBicara

                Sedih adalah emosi yang wajar dan biasanya mereda seiring waktu. Depresi berbeda:
                kondisi kesehatan yang memengaruhi perasaan, pikiran, tubuh, dan keseharian. Bisa
                dialami siapa saja.
            """),
            _text("""
                Tanda yang sering muncul, hampir setiap hari selama paling tidak dua minggu:
                suasana hati murung atau hampa, kehilangan minat pada hal yang biasanya disukai,
                tidur dan nafsu makan berubah, mudah lelah, sulit konsentrasi, merasa tidak
                berharga atau bersalah berlebihan.
            """),
            _text("""
                Depresi bukan tanda malas, lemah iman, atau kurang bersyukur. Kalimat seperti
                "gitu aja kok sedih" membuat orang makin sulit bercerita. Yang lebih membantu:
                "Aku di sini. Mau cerita? Aku dengarkan."
            """),
            _text("""
                Kabar baiknya, depresi bisa ditangani. Psikoterapi, dukungan orang terdekat, dan
                pada kondisi tertentu obat dari psikiater terbukti membantu. Pemulihan biasanya
                bertahap: ada hari baik dan hari berat, dan itu wajar.
            """),
            _text("""
                Kalau kamu mengenali tanda-tanda ini pada dirimu, mulai dari satu langkah kecil:
                cerita ke orang yang kamu percaya, atau hubungi layanan profesional. healing119.id
                (Kemenkes) menyediakan konseling gratis dan anonim lewat WhatsApp.

                Kalau muncul pikiran untuk mengakhiri hidup, jangan menunggu: cari bantuan
                sekarang. Daftar layanan ada di halaman Bantuan, dan dalam keadaan darurat
                hubungi 112.
            """),
        ),
    ),
    Post(
        "rizky-bagian-3",
        "rizky_m",
        _text("""
            Bagian ini penting banget. Dulu kalimat "kamu kurang bersyukur" bikin aku makin
            diam dan makin lama minta tolong.
        """),
        reply_to="utas-depresi#3",
    ),
    Post(
        "laras-balas-rizky",
        "kak_laras",
        _text("""
            Terima kasih sudah menambahkan, Rizky. Pengalamanmu menunjukkan kenapa cara kita
            merespons cerita orang lain itu penting sekali.
        """),
        reply_to="rizky-bagian-3",
    ),
    Post(
        "rizky-pulih",
        "rizky_m",
        _text("""
            Dua tahun lalu aku berbulan-bulan susah bangun pagi, berhenti main futsal, dan
            merasa hampa terus. Aku pikir itu cuma capek kerja. Kakakku yang pertama kali
            mengajak aku ke psikolog.

            Prosesnya nggak instan: konseling rutin, belajar terbuka ke orang rumah, dan
            pelan-pelan kembali ke hal-hal kecil yang dulu aku suka. Minggu ini aku main futsal
            lagi. Kalau kamu sedang di titik itu, minta tolong bukan berarti kalah.
            #MariBicara #Kesehatanmental
        """),
        spoiler_text="Pengalaman pribadi: depresi dan pemulihan",
    ),
    Post(
        "nadia-balas-rizky",
        "nadia_r",
        "Ikut senang baca ini, Rizky. Selamat main futsal lagi! ⚽",
        reply_to="rizky-pulih",
    ),
    Thread(
        "utas-ptsd",
        "psikolog_dimas",
        (
            _text("""
                🧵 Apa itu PTSD? #Kesehatanmental

                Post-traumatic stress disorder (gangguan stres pascatrauma) bisa muncul setelah
                seseorang mengalami atau menyaksikan peristiwa yang sangat menakutkan, misalnya
                bencana alam, kecelakaan, atau kekerasan.
            """),
            _text("""
                Setelah peristiwa berat, wajar kalau minggu-minggu pertama terasa kacau: sulit
                tidur, mudah kaget, terus teringat. Banyak orang pulih perlahan dengan dukungan
                sekitarnya. PTSD dipertimbangkan ketika keluhan menetap lebih dari sebulan dan
                mengganggu keseharian.
            """),
            _text("""
                Gejala utamanya: (1) mengalami ulang lewat ingatan yang tiba-tiba muncul, mimpi
                buruk, atau kilas balik; (2) menghindari hal yang mengingatkan pada peristiwa itu;
                (3) terus waspada, mudah terkejut, sulit tidur; (4) perubahan pikiran dan
                perasaan, misalnya terus merasa bersalah, hampa, atau jauh dari orang lain.
            """),
            _text("""
                PTSD bukan tanda seseorang lemah. Terapi yang berfokus pada trauma, seperti CBT
                berfokus trauma dan EMDR, direkomendasikan WHO dan membantu banyak orang pulih.
            """),
            _text("""
                Kalau kamu atau temanmu mengalami ini: kamu tidak harus menceritakan detail
                peristiwanya kepada siapa pun untuk mendapat bantuan. Mulailah dari psikolog atau
                layanan kesehatan jiwa terdekat, atau konseling gratis di healing119.id. Untuk
                kekerasan terhadap perempuan dan anak ada SAPA 129 (WhatsApp 08111-129-129).
            """),
        ),
    ),
    Post(
        "laras-tambah-ptsd",
        "kak_laras",
        _text("""
            Terima kasih utasnya, Mas Dimas. Saya tambahkan untuk teman yang mendampingi: cukup
            hadir dan dengarkan, jangan memaksa bercerita detail, dan bantu ia terhubung dengan
            profesional bila ia siap.
        """),
        reply_to="utas-ptsd#5",
    ),
    Post(
        "anon-rantau",
        "sekar_ayu",
        _text("""
            Aku mahasiswa rantau dan sudah beberapa minggu merasa sendirian banget. Di depan
            teman aku kelihatan baik-baik saja, tapi tiap malam nangis. Aku malu cerita ke
            keluarga karena takut dianggap lemah. #MariBicara
        """),
        spoiler_text="Perasaan sedih dan kesepian",
        anonymous=True,
    ),
    Post(
        "laras-balas-anon-rantau",
        "kak_laras",
        _text("""
            Terima kasih sudah berani bercerita di sini. Merasa kesepian di perantauan itu
            umum dan sama sekali bukan tanda lemah.

            Mau coba cerita ke satu orang dulu? Layanan konseling kampus biasanya gratis dan
            menjaga kerahasiaan. Kalau malam terasa terlalu berat, kamu bisa menghubungi
            healing119.id lewat WhatsApp. 💚
        """),
        reply_to="anon-rantau",
    ),
    Post(
        "nadia-balas-anon-rantau",
        "nadia_r",
        _text("""
            Peluk dari jauh 🤍 Aku juga anak rantau dan dulu merasakan hal yang sama. Kamu
            nggak lemah, kamu sedang capek dan butuh teman. Pelan-pelan ya.
        """),
        reply_to="anon-rantau",
    ),
    Post(
        "anon-rantau-terima-kasih",
        "sekar_ayu",
        _text("""
            Makasih semuanya 🥺 Aku nggak nyangka ada yang membalas. Besok aku coba daftar ke
            layanan konseling kampus.
        """),
        reply_to="laras-balas-anon-rantau",
        anonymous=True,
    ),
    Post(
        "laras-balas-terima-kasih",
        "kak_laras",
        "Itu langkah yang bagus. Semoga lancar besok, kami ikut mendukung dari sini.",
        reply_to="anon-rantau-terima-kasih",
    ),
    Thread(
        "utas-bantuan-profesional",
        "bu_ratna",
        (
            _text("""
                🧵 Kapan perlu mencari bantuan profesional? #MariBicara #BersamaKitaBisa

                Pertanyaan ini sering sekali muncul di ruang BK. Jawaban singkatnya: kamu tidak
                perlu menunggu sampai merasa "cukup parah" untuk minta tolong.
            """),
            _text("""
                Pertimbangkan bicara dengan profesional kalau perasaan berat berlangsung lebih
                dari dua minggu, tidur, makan, atau belajar mulai terganggu, kamu menarik diri
                dari teman dan keluarga, atau cara yang biasanya membantu sudah tidak mempan.
            """),
            _text("""
                Siapa yang bisa dihubungi? Guru BK di sekolah, layanan konseling kampus,
                puskesmas (yang bisa merujuk ke psikolog atau psikiater), atau psikolog di biro
                dan klinik. Guru BK dan konselor menjaga kerahasiaan ceritamu.
            """),
            _text("""
                Bedanya: psikolog melakukan asesmen dan psikoterapi; psikiater adalah dokter
                spesialis yang juga bisa meresepkan obat; guru BK dan konselor mendampingi,
                membantu mencari jalan keluar, dan merujuk bila perlu. Mulailah dari yang paling
                mudah kamu jangkau.
            """),
            _text("""
                Kalau kamu merasa tidak aman atau muncul pikiran untuk menyakiti diri, itu
                saatnya minta bantuan sekarang juga, bukan nanti: healing119.id untuk konseling
                gratis lewat WhatsApp, dan 112 untuk keadaan darurat. Tautan bantuan di bagian
                atas setiap halaman Teduh berisi daftar layanan lengkap.
            """),
        ),
    ),
    Post(
        "bagas-tanya-bk",
        "bagas_aditya",
        "Bu, kalau cerita ke guru BK nanti diceritakan ke wali kelas atau orang tua nggak? 😅",
        reply_to="utas-bantuan-profesional#3",
    ),
    Post(
        "ratna-jawab-bagas",
        "bu_ratna",
        _text("""
            Pertanyaan bagus, Bagas. Cerita di BK itu rahasia. Pengecualiannya hanya kalau ada
            risiko serius bagi keselamatanmu atau orang lain, dan sebisa mungkin kami
            membicarakannya denganmu lebih dulu.
        """),
        reply_to="bagas-tanya-bk",
    ),
    Post(
        "dimas-tambah-bantuan",
        "psikolog_dimas",
        _text("""
            Menambahkan dari sisi klinis: tidak ada pertanyaan yang "terlalu kecil" untuk
            dibawa ke profesional. Sesi pertama biasanya berisi perkenalan dan memahami
            kebutuhanmu, tidak langsung diberi label apa pun.
        """),
        reply_to="utas-bantuan-profesional#5",
    ),
    Post(
        "bagas-utbk",
        "bagas_aditya",
        _text("""
            UTBK tinggal sebulan dan jujur tiap malam aku overthinking parah 😩 Ada tips biar
            bisa tidur nggak? #MariBicara
        """),
    ),
    Post(
        "ratna-tips-utbk",
        "bu_ratna",
        _text("""
            Semangat, Bagas! Beberapa yang bisa dicoba: berhenti belajar satu jam sebelum tidur,
            tulis kekhawatiranmu di kertas lalu tutup bukunya, dan simpan HP jauh dari kasur.
            Ingat juga, nilai UTBK bukan ukuran harga dirimu. Mampir ke ruang BK kalau mau
            menyusun jadwal belajar bareng.
        """),
        reply_to="bagas-utbk",
    ),
    Post(
        "nadia-tips-utbk",
        "nadia_r",
        _text("""
            Aku dulu juga begitu. Yang membantu aku: belajar pakai timer 25 menit lalu istirahat
            5 menit, dan jalan kaki sore sebentar. Kamu pasti bisa!
        """),
        reply_to="bagas-utbk",
    ),
    Post(
        "bagas-makasih",
        "bagas_aditya",
        "Makasih Bu Ratna dan Kak Nadia! Malam ini aku coba tulis-tulis dulu sebelum tidur. 📝",
        reply_to="ratna-tips-utbk",
    ),
    Thread(
        "utas-media-sosial",
        "kak_laras",
        (
            _text("""
                🧵 Media sosial bisa jadi tempat belajar dan saling dukung, tapi juga bisa bikin
                lelah. Beberapa cara menjaga diri di linimasa: #Kesehatanmental
            """),
            _text("""
                1) Bisukan (mute) atau berhenti mengikuti akun yang membuatmu merasa buruk. Itu
                bukan jahat, itu menjaga batas.

                2) Blokir akun yang melecehkan. Kamu tidak wajib menanggapi komentar negatif.
            """),
            _text("""
                3) Batasi waktu scroll, misalnya tidak membuka media sosial satu jam sebelum
                tidur.

                4) Perhatikan perasaanmu setelah membaca sesuatu. Kalau cerita tentang
                pengalaman berat terasa memicu, tidak apa-apa melewatinya. Peringatan konten
                ada untuk itu.
            """),
            _text("""
                5) Konten edukasi, termasuk utas ini, bukan pengganti konseling. Kalau kamu butuh
                lebih dari sekadar tips, bicara dengan profesional adalah langkah yang kuat,
                bukan lemah. 💚
            """),
        ),
    ),
    Post(
        "maya-halo",
        "maya_s",
        _text("""
            Just joined Teduh from Bandung 👋 I'll mostly post in English, but I'm reading the
            Indonesian threads too. Thank you @kak_laras for the thread on social media
            boundaries: muting a few accounts genuinely changed my week. #Kesehatanmental
        """),
    ),
    Post(
        "laras-balas-maya",
        "kak_laras",
        "Welcome, Maya! Glad it helped. Selamat datang di Teduh 💚",
        reply_to="maya-halo",
        language="en",
    ),
    Post(
        "anon-jauh",
        "tegar_p",
        _text("""
            Aku tinggal di kabupaten kecil, psikolog terdekat jauh sekali dari rumah. Akhir-akhir
            ini aku sering cemas berlebihan tapi nggak tahu harus mulai dari mana. Ada saran?
        """),
        anonymous=True,
    ),
    Post(
        "dimas-balas-anon-jauh",
        "psikolog_dimas",
        _text("""
            Terima kasih sudah bertanya. Beberapa pilihan yang bisa dijangkau dari mana saja:
            puskesmas terdekat (bisa membantu dan merujuk), konseling gratis lewat WhatsApp di
            healing119.id, dan layanan konseling daring dari psikolog.

            Sambil menunggu, latihan napas di utas kecemasan saya bisa dicoba. Kamu tidak
            sendirian.
        """),
        reply_to="anon-jauh",
    ),
    Post(
        "ratna-balas-anon-jauh",
        "bu_ratna",
        _text("""
            Kalau kamu masih sekolah, guru BK juga bisa jadi tempat pertama untuk bercerita.
            Bertanya seperti ini sudah merupakan langkah pertama yang baik. 💚
        """),
        reply_to="anon-jauh",
    ),
    Post(
        "dimas-sesi-tanya-jawab",
        "psikolog_dimas",
        _text("""
            Oktober adalah #BulanKesehatanJiwa. Sabtu ini pukul 19.00 WIB saya akan membuka sesi
            tanya jawab tentang kecemasan menjelang ujian. Tulis pertanyaanmu di balasan, atau
            kirim sebagai pos anonim dengan tagar #MariBicara.
        """),
    ),
    Post(
        "laras-sumber-bacaan",
        "kak_laras",
        _text("""
            Beberapa sumber untuk belajar lebih jauh:

            • "Doing What Matters in Times of Stress", panduan bergambar gratis dari WHO untuk
            mengelola stres.

            • Into The Light Indonesia: organisasi edukasi dan advokasi pencegahan bunuh diri
            (bukan layanan krisis).

            • Butuh bantuan sekarang? healing119.id (konseling gratis via WhatsApp) atau 112
            dalam keadaan darurat. #BersamaKitaBisa
        """),
    ),
    Post(
        "maya-pengingat",
        "maya_s",
        _text("""
            Reminder for today: rest counts too. Drink some water, step outside for five
            minutes, text a friend you miss. 🌱 #BersamaKitaBisa
        """),
    ),
)

# (who, which post) for favourites, shares and bookmarks.
FAVOURITES: tuple[tuple[str, str], ...] = (
    ("nadia_r", "utas-kecemasan"),
    ("bagas_aditya", "utas-kecemasan"),
    ("tegar_p", "utas-kecemasan"),
    ("maya_s", "utas-kecemasan"),
    ("rizky_m", "utas-depresi"),
    ("sekar_ayu", "utas-depresi"),
    ("nadia_r", "utas-depresi"),
    ("psikolog_dimas", "utas-depresi"),
    ("nadia_r", "utas-ptsd"),
    ("kak_laras", "utas-ptsd"),
    ("bagas_aditya", "utas-bantuan-profesional"),
    ("rizky_m", "utas-bantuan-profesional"),
    ("kak_laras", "utas-bantuan-profesional"),
    ("maya_s", "utas-media-sosial"),
    ("nadia_r", "utas-media-sosial"),
    ("kak_laras", "nadia-panik"),
    ("rizky_m", "nadia-panik"),
    ("psikolog_dimas", "nadia-panik"),
    ("nadia_r", "rizky-pulih"),
    ("kak_laras", "rizky-pulih"),
    ("bagas_aditya", "rizky-pulih"),
    ("sekar_ayu", "laras-balas-anon-rantau"),
    ("sekar_ayu", "nadia-balas-anon-rantau"),
    ("rizky_m", "anon-rantau"),
    ("tegar_p", "dimas-balas-anon-jauh"),
    ("bagas_aditya", "ratna-tips-utbk"),
    ("bagas_aditya", "nadia-tips-utbk"),
    ("bu_ratna", "hari-kesehatan-mental"),
    ("nadia_r", "hari-kesehatan-mental"),
    ("maya_s", "laras-sumber-bacaan"),
    ("nadia_r", "maya-pengingat"),
)

REBLOGS: tuple[tuple[str, str], ...] = (
    ("nadia_r", "utas-kecemasan"),
    ("rizky_m", "utas-depresi"),
    ("bagas_aditya", "utas-bantuan-profesional"),
    ("maya_s", "utas-media-sosial"),
    ("kak_laras", "utas-ptsd"),
    ("psikolog_dimas", "utas-bantuan-profesional"),
    ("bu_ratna", "dimas-sesi-tanya-jawab"),
    ("rizky_m", "laras-sumber-bacaan"),
)

BOOKMARKS: tuple[tuple[str, str], ...] = (
    ("sekar_ayu", "utas-depresi"),
    ("tegar_p", "utas-kecemasan"),
    ("bagas_aditya", "utas-bantuan-profesional"),
    ("nadia_r", "laras-sumber-bacaan"),
    ("maya_s", "utas-media-sosial"),
)
