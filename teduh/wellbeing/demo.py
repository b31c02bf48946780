"""Demo content for the Wellbeing Center: eight reviewed articles in Bahasa Indonesia, each with
its English version linked, and one collection of outside resources.

Data plus `seed_wellbeing(report, users)`, which `teduh.core.demo_seed` calls at the end of the
demo seed. Everything goes through wellbeing.services (write, send for review, approve by a
DIFFERENT professional), so the demo shows the same review trail as real use. Idempotent by
slug (articles) and curator + title (the collection): a second run adds nothing.

The texts are general education for young readers and follow the safe-messaging rules in
docs/PRODUCT.md: no method details, help resources where self-harm or suicide comes up,
recovery-focused. References are to stable public sources; where we are not sure of an exact
address we name the source without a link.
"""

import inspect
from dataclasses import dataclass

from teduh.wellbeing import services
from teduh.wellbeing.models import Article, Collection

WHO_ANXIETY = "https://www.who.int/news-room/fact-sheets/detail/anxiety-disorders"
WHO_DEPRESSION = "https://www.who.int/news-room/fact-sheets/detail/depression"
WHO_SUICIDE = "https://www.who.int/news-room/fact-sheets/detail/suicide"
WHO_ADOLESCENTS = "https://www.who.int/news-room/fact-sheets/detail/adolescent-mental-health"
WHO_MENTAL_HEALTH = (
    "https://www.who.int/news-room/fact-sheets/detail/mental-health-strengthening-our-response"
)
WHO_DOING_WHAT_MATTERS = "https://www.who.int/publications/i/item/9789240003927"
NIMH_ANXIETY = "https://www.nimh.nih.gov/health/topics/anxiety-disorders"
NIMH_DEPRESSION = "https://www.nimh.nih.gov/health/topics/depression"
NIMH_STRESS = "https://www.nimh.nih.gov/health/publications/so-stressed-out-fact-sheet"
NICE_SELF_HARM = "https://www.nice.org.uk/guidance/ng225"
STOPBULLYING = "https://www.stopbullying.gov/"
HEALING119 = "https://healing119.id/"


def _md(raw: str) -> str:
    return inspect.cleandoc(raw)


@dataclass(frozen=True)
class DemoArticle:
    slug: str
    language: str
    author: str
    reviewer: str
    title: str
    summary: str
    topics: tuple[str, ...]
    body: str
    references: tuple[tuple[str, str], ...]
    translation_of: str = ""  # the slug of the Indonesian original


@dataclass(frozen=True)
class DemoItem:
    kind: str
    title: str
    creator: str
    url: str
    review: str


@dataclass(frozen=True)
class DemoCollection:
    curator: str
    title: str
    description: str
    language: str
    items: tuple[DemoItem, ...]


ARTICLES: tuple[DemoArticle, ...] = (
    # 1. Anxiety ---------------------------------------------------------------------------
    DemoArticle(
        slug="mengenali-kecemasan",
        language="id",
        author="psikolog_dimas",
        reviewer="kak_laras",
        title="Mengenali kecemasan: kapan cemas perlu diperhatikan?",
        summary=(
            "Cemas itu wajar, tapi ada kalanya cemas tidak lagi membantu. Kenali bedanya, "
            "tandanya di pikiran dan tubuh, dan kapan perlu bantuan."
        ),
        topics=("anxiety",),
        body=_md("""
            Cemas adalah reaksi alami tubuh ketika kita menghadapi sesuatu yang penting atau
            terasa mengancam: sebelum ujian, presentasi, atau wawancara. Dalam kadar wajar, cemas
            membantu kita waspada dan bersiap. Tapi ada kalanya cemas tidak lagi membantu, malah
            membuat hari-hari terasa berat.

            ## Cemas biasa dan gangguan kecemasan

            Cemas biasa datang karena situasi tertentu dan mereda setelah situasi itu lewat.
            Gangguan kecemasan berbeda: rasa cemas atau takutnya berlebihan dibanding situasinya,
            muncul hampir setiap hari, berlangsung lama (sering berbulan-bulan), sulit
            dikendalikan, dan mengganggu sekolah, kuliah, kerja, atau hubungan dengan orang lain.
            Menurut WHO, gangguan kecemasan termasuk masalah kesehatan mental yang paling umum di
            dunia, dan bisa ditangani.

            ## Tandanya ada di pikiran dan di tubuh

            - Pikiran "bagaimana kalau..." yang terus berputar dan sulit dihentikan
            - Gelisah, tegang, mudah tersinggung, sulit berkonsentrasi
            - Jantung berdebar, napas pendek, berkeringat, gemetar
            - Sakit perut, mual, atau sakit kepala yang tidak jelas sebab medisnya
            - Sulit tidur atau sering terbangun
            - Menghindari tempat, orang, atau kegiatan yang memicu rasa cemas

            Sebagian orang mengalami serangan panik: rasa takut yang sangat kuat dan datang
            tiba-tiba, dengan dada sesak dan jantung berdebar kencang. Rasanya menakutkan, tetapi
            serangan panik biasanya mereda dalam beberapa menit. Kalau baru pertama kali
            mengalaminya, periksakan diri ke dokter untuk memastikan tidak ada penyebab fisik.

            ## Yang bisa kamu coba

            - **Napas perlahan.** Tarik napas sekitar 4 hitungan, embuskan lebih panjang, sekitar
              6 hitungan.
            - **Kembali ke saat ini.** Sebutkan 5 hal yang kamu lihat, 4 yang bisa kamu sentuh,
              dan 3 yang kamu dengar.
            - **Jaga dasar-dasarnya.** Tidur cukup, makan teratur, kurangi kafein, bergerak
              setiap hari.
            - **Ceritakan.** Cemas sering terasa lebih ringan setelah diucapkan kepada orang yang
              kamu percaya.

            ## Kapan perlu bantuan profesional

            Kalau cemas sudah berlangsung berminggu-minggu dan mengganggu keseharianmu,
            bicarakan dengan psikolog, konselor, guru BK, atau dokter di puskesmas. Terapi
            kognitif-perilaku (CBT) termasuk penanganan yang terbukti membantu. Kuesioner seperti
            GAD-7 bisa menjadi bahan obrolan awal, tetapi hasilnya bukan diagnosis. Kamu juga bisa
            mulai dengan konseling gratis di healing119.id.
        """),
        references=(
            ("World Health Organization. Anxiety disorders (fact sheet).", WHO_ANXIETY),
            ("National Institute of Mental Health (NIMH). Anxiety Disorders.", NIMH_ANXIETY),
            ("Kementerian Kesehatan RI. Layanan konseling healing119.id.", HEALING119),
        ),
    ),
    DemoArticle(
        slug="recognising-anxiety",
        language="en",
        author="psikolog_dimas",
        reviewer="kak_laras",
        title="Recognising anxiety: when does worry need attention?",
        summary=(
            "Feeling anxious is normal, but sometimes anxiety stops helping. Learn the "
            "difference, the signs in your mind and body, and when to get help."
        ),
        topics=("anxiety",),
        body=_md("""
            Anxiety is the body's natural reaction when we face something important or
            threatening: before an exam, a presentation or an interview. In normal amounts it
            keeps us alert and helps us prepare. But sometimes anxiety stops helping and starts
            making every day feel heavy.

            ## Everyday worry and anxiety disorders

            Everyday worry comes with a particular situation and eases once it has passed. An
            anxiety disorder is different: the fear or worry is out of proportion to the
            situation, shows up most days, lasts a long time (often months), is hard to control,
            and gets in the way of school, university, work or relationships. According to the
            WHO, anxiety disorders are among the most common mental health conditions in the
            world, and they can be treated.

            ## The signs are in your mind and your body

            - "What if..." thoughts that keep circling and are hard to stop
            - Restlessness, tension, irritability, trouble concentrating
            - A racing heart, shortness of breath, sweating, trembling
            - Stomach aches, nausea or headaches without a clear medical cause
            - Trouble falling asleep or waking up often
            - Avoiding places, people or activities that set off the anxiety

            Some people have panic attacks: a sudden wave of intense fear, with a tight chest and
            a pounding heart. They are frightening, but a panic attack usually passes within
            minutes. If it is your first one, see a doctor to rule out a physical cause.

            ## Things you can try

            - **Breathe slowly.** Breathe in for about 4 counts and out for longer, about 6 counts.
            - **Come back to the present.** Name 5 things you can see, 4 you can touch and 3 you
              can hear.
            - **Look after the basics.** Enough sleep, regular meals, less caffeine, some movement
              every day.
            - **Talk about it.** Anxiety often feels lighter once you have said it out loud to
              someone you trust.

            ## When to get professional help

            If the anxiety has lasted for weeks and is getting in the way of daily life, talk to
            a psychologist, a counselor, your school counselor or a doctor at a community health
            centre (puskesmas). Cognitive behavioural therapy (CBT) is one of the treatments shown
            to help. Questionnaires such as the GAD-7 can start that conversation, but the result
            is not a diagnosis. In Indonesia you can also begin with free counselling at
            healing119.id.
        """),
        references=(
            ("World Health Organization. Anxiety disorders (fact sheet).", WHO_ANXIETY),
            ("National Institute of Mental Health (NIMH). Anxiety Disorders.", NIMH_ANXIETY),
            ("Ministry of Health of Indonesia. healing119.id counselling service.", HEALING119),
        ),
        translation_of="mengenali-kecemasan",
    ),
    # 2. Depression ------------------------------------------------------------------------
    DemoArticle(
        slug="depresi-bukan-sekadar-sedih",
        language="id",
        author="psikolog_dimas",
        reviewer="bu_ratna",
        title="Depresi bukan sekadar sedih",
        summary=(
            "Sedih itu wajar dan biasanya berlalu. Depresi berlangsung lebih lama dan "
            "memengaruhi banyak hal. Kenali tandanya, dan ketahui bahwa depresi bisa ditangani."
        ),
        topics=("depression",),
        body=_md("""
            Semua orang pernah merasa sedih: setelah nilai jelek, putus, atau bertengkar dengan
            orang tua. Sedih seperti itu wajar dan biasanya membaik dalam beberapa hari. Depresi
            berbeda. Depresi adalah kondisi kesehatan yang memengaruhi perasaan, pikiran, tubuh,
            dan cara kita menjalani hari, dan berlangsung setidaknya dua minggu.

            ## Tanda-tanda depresi

            Menurut WHO, orang dengan depresi merasakan suasana hati yang murung, atau kehilangan
            minat dan rasa senang pada kegiatan yang dulu disukai, hampir sepanjang hari, hampir
            setiap hari, selama sedikitnya dua minggu. Tanda lainnya bisa berupa:

            - sulit berkonsentrasi
            - merasa sangat bersalah atau merasa tidak berharga
            - merasa tidak punya harapan tentang masa depan
            - tidur terganggu: sulit tidur atau justru tidur terlalu lama
            - nafsu makan atau berat badan berubah
            - sangat lelah atau tidak bertenaga
            - pikiran tentang kematian atau tentang mengakhiri hidup

            Pada remaja, depresi kadang lebih tampak sebagai mudah marah atau tersinggung
            daripada sedih. Nilai bisa turun, dan seseorang bisa menarik diri dari teman-temannya.

            ## Bukan karena lemah atau kurang bersyukur

            Depresi bukan tanda lemah iman, malas, atau kurang bersyukur. Depresi muncul dari
            gabungan banyak faktor: kejadian hidup yang berat, stres yang berkepanjangan, faktor
            biologis, dan riwayat keluarga. Siapa pun bisa mengalaminya.

            ## Depresi bisa ditangani

            Kabar baiknya, depresi bisa ditangani. Psikoterapi seperti terapi kognitif-perilaku
            (CBT) membantu banyak orang, dan untuk depresi sedang sampai berat dokter bisa
            mempertimbangkan obat. Langkah kecil juga berarti: tetap terhubung dengan orang yang
            kamu percaya, bergerak sedikit setiap hari, menjaga jam tidur, dan kembali sedikit
            demi sedikit ke kegiatan yang dulu bermakna bagimu.

            Kalau tanda-tanda di atas sudah berlangsung lebih dari dua minggu, bicarakan dengan
            guru BK, psikolog, atau dokter di puskesmas. Kalau muncul pikiran untuk mengakhiri
            hidup, jangan menunggu: hubungi layanan di halaman Bantuan, misalnya konseling gratis
            healing119.id, atau 112 jika kamu dalam bahaya.
        """),
        references=(
            (
                "World Health Organization. Depressive disorder (depression) (fact sheet).",
                WHO_DEPRESSION,
            ),
            ("National Institute of Mental Health (NIMH). Depression.", NIMH_DEPRESSION),
            ("Kementerian Kesehatan RI. Layanan konseling healing119.id.", HEALING119),
        ),
    ),
    DemoArticle(
        slug="depression-is-more-than-sadness",
        language="en",
        author="psikolog_dimas",
        reviewer="bu_ratna",
        title="Depression is more than sadness",
        summary=(
            "Sadness is normal and usually passes. Depression lasts longer and touches many "
            "parts of life. Learn the signs, and know that depression can be treated."
        ),
        topics=("depression",),
        body=_md("""
            Everyone feels sad sometimes: after a bad grade, a break-up or an argument with
            parents. That kind of sadness is normal and usually lifts within a few days.
            Depression is different. It is a health condition that affects how we feel, think,
            sleep and get through the day, and it lasts at least two weeks.

            ## Signs of depression

            According to the WHO, a person with depression has a low mood, or loses interest and
            pleasure in activities they used to enjoy, for most of the day, nearly every day, for
            at least two weeks. Other signs can include:

            - trouble concentrating
            - strong feelings of guilt or worthlessness
            - feeling hopeless about the future
            - disturbed sleep: sleeping too little or too much
            - changes in appetite or weight
            - feeling very tired or low in energy
            - thoughts about death or about ending one's life

            In teenagers, depression sometimes shows more as irritability or anger than as
            sadness. Grades may drop, and a person may pull away from their friends.

            ## Not a sign of weakness

            Depression is not a sign of weak faith, laziness or ingratitude. It comes from a mix
            of many factors: hard life events, long-lasting stress, biology and family history.
            Anyone can experience it.

            ## Depression can be treated

            The good news is that depression can be treated. Talking therapies such as cognitive
            behavioural therapy (CBT) help many people, and for moderate to severe depression a
            doctor may consider medication. Small steps matter too: staying in touch with people
            you trust, moving a little every day, keeping regular sleep times, and slowly going
            back to activities that used to mean something to you.

            If the signs above have lasted more than two weeks, talk to your school counselor, a
            psychologist or a doctor at a puskesmas. If you have thoughts of ending your life,
            don't wait: contact one of the services on the Help page, such as the free
            counselling at healing119.id, or call 112 if you are in danger.
        """),
        references=(
            (
                "World Health Organization. Depressive disorder (depression) (fact sheet).",
                WHO_DEPRESSION,
            ),
            ("National Institute of Mental Health (NIMH). Depression.", NIMH_DEPRESSION),
            ("Ministry of Health of Indonesia. healing119.id counselling service.", HEALING119),
        ),
        translation_of="depresi-bukan-sekadar-sedih",
    ),
    # 3. Exam stress (UTBK) ----------------------------------------------------------------
    DemoArticle(
        slug="stres-menjelang-utbk",
        language="id",
        author="bu_ratna",
        reviewer="psikolog_dimas",
        title="Menghadapi stres menjelang UTBK",
        summary=(
            "Tegang menjelang UTBK itu wajar. Cara belajar dengan ritme, menjaga pikiran, dan "
            "tahu kapan perlu minta tolong."
        ),
        topics=("stress", "anxiety"),
        body=_md("""
            Menjelang UTBK, wajar kalau kamu merasa tegang. Ada harapan dari diri sendiri, orang
            tua, dan teman, ditambah materi yang rasanya tidak ada habisnya. Sedikit stres justru
            membantu kita fokus. Yang perlu dijaga adalah supaya stres itu tidak menguasai
            hari-harimu.

            ## Kenali tanda stresmu

            Stres bisa muncul sebagai sulit tidur, sakit kepala, perut tidak enak, mudah marah,
            sulit konsentrasi walau sudah lama duduk belajar, atau justru menunda-nunda terus.
            Kalau kamu mulai melihat tanda-tanda ini, itu sinyal untuk mengatur ulang, bukan
            tanda kamu gagal.

            ## Belajar dengan ritme, bukan maraton

            - Buat jadwal yang realistis. Pecah materi menjadi bagian kecil dan tentukan target
              harian yang bisa dicapai.
            - Belajar dalam blok, misalnya 25 sampai 50 menit, lalu istirahat sebentar. Otak
              butuh jeda untuk menyimpan apa yang dipelajari.
            - Latihan soal dengan batas waktu, supaya suasana ujian tidak terasa asing.
            - Tidur cukup. Begadang menjelang ujian justru menurunkan konsentrasi dan daya ingat.
            - Makan teratur, minum air, dan gerakkan badan, walau hanya jalan kaki 15 menit.

            ## Jaga pikiranmu

            Perhatikan kalimat yang kamu ucapkan pada diri sendiri. "Kalau gagal UTBK, hidupku
            selesai" terasa sangat nyata saat cemas, padahal ada banyak jalan: jalur masuk lain,
            tahun berikutnya, kampus dan program studi lain. Coba ganti dengan kalimat yang lebih
            adil, misalnya "Aku sudah berusaha, dan apa pun hasilnya aku masih punya pilihan."

            Batasi juga waktu membandingkan diri di media sosial. Progres orang lain yang kamu
            lihat hanya potongan kecil dari cerita mereka.

            ## Hari-H

            Siapkan perlengkapan dan cek lokasi ujian sehari sebelumnya. Kalau panik datang saat
            ujian, berhenti sejenak: tarik napas perlahan, embuskan lebih panjang, lalu lanjutkan
            ke soal yang bisa kamu kerjakan lebih dulu.

            ## Kamu tidak harus menanggungnya sendiri

            Ceritakan pada orang tua, teman, atau guru BK apa yang kamu rasakan. Kalau stres
            membuatmu tidak bisa tidur berhari-hari, kehilangan nafsu makan, atau merasa putus
            asa, itu saatnya minta bantuan profesional. Layanan yang bisa dihubungi ada di halaman
            Bantuan.
        """),
        references=(
            (
                "World Health Organization. Doing What Matters in Times of Stress: An Illustrated "
                "Guide (2020).",
                WHO_DOING_WHAT_MATTERS,
            ),
            (
                "National Institute of Mental Health (NIMH). I'm So Stressed Out! (fact sheet).",
                NIMH_STRESS,
            ),
        ),
    ),
    DemoArticle(
        slug="exam-stress-before-utbk",
        language="en",
        author="bu_ratna",
        reviewer="psikolog_dimas",
        title="Coping with stress before the UTBK exam",
        summary=(
            "Feeling tense before the UTBK university entrance exam is normal. How to study "
            "with a rhythm, look after your thoughts and know when to ask for help."
        ),
        topics=("stress", "anxiety"),
        body=_md("""
            As the UTBK (Indonesia's computer-based university entrance exam) gets closer, it is
            normal to feel tense. There are expectations from yourself, your parents and your
            friends, and the material never seems to end. A little stress actually helps us
            focus. What matters is keeping it from taking over your days.

            ## Know your stress signs

            Stress can show up as trouble sleeping, headaches, an upset stomach, irritability,
            not being able to concentrate even after hours at your desk, or putting things off
            again and again. When you notice these signs, take them as a signal to adjust, not as
            proof that you are failing.

            ## Study with a rhythm, not a marathon

            - Make a realistic schedule. Break the material into small parts and set daily goals
              you can actually reach.
            - Study in blocks, for example 25 to 50 minutes, then take a short break. Your brain
              needs pauses to store what you learn.
            - Practise questions against the clock, so exam conditions don't feel strange.
            - Sleep enough. Staying up late before an exam lowers concentration and memory.
            - Eat regularly, drink water and move your body, even if it is only a 15-minute walk.

            ## Look after your thoughts

            Notice what you say to yourself. "If I fail the UTBK, my life is over" feels very real
            when you are anxious, yet there are many paths: other admission routes, next year,
            other universities and programmes. Try a fairer sentence, such as "I have done my best,
            and whatever the result, I still have options."

            Limit the time you spend comparing yourself with others on social media. The progress
            you see there is only a small part of their story.

            ## On the day

            Prepare what you need and check the location the day before. If panic comes during
            the exam, pause: breathe in slowly, breathe out for longer, then move on to a
            question you can answer first.

            ## You don't have to carry it alone

            Tell your parents, a friend or your school counselor how you feel. If stress keeps
            you from sleeping for days, takes away your appetite or makes you feel hopeless, it
            is time to ask a professional for help. You can find services on the Help page.
        """),
        references=(
            (
                "World Health Organization. Doing What Matters in Times of Stress: An Illustrated "
                "Guide (2020).",
                WHO_DOING_WHAT_MATTERS,
            ),
            (
                "National Institute of Mental Health (NIMH). I'm So Stressed Out! (fact sheet).",
                NIMH_STRESS,
            ),
        ),
        translation_of="stres-menjelang-utbk",
    ),
    # 4. Grief -----------------------------------------------------------------------------
    DemoArticle(
        slug="memahami-duka",
        language="id",
        author="kak_laras",
        reviewer="psikolog_dimas",
        title="Duka: ketika kehilangan orang yang kita sayangi",
        summary=(
            "Tidak ada cara yang benar untuk berduka dan tidak ada batas waktunya. Seperti apa "
            "duka bisa terasa, apa yang membantu, dan kapan perlu dukungan lebih."
        ),
        topics=("grief",),
        body=_md("""
            Kehilangan orang yang kita sayangi adalah salah satu pengalaman paling berat dalam
            hidup. Duka adalah respons alami terhadap kehilangan itu. Tidak ada cara yang "benar"
            untuk berduka, dan tidak ada batas waktu yang harus kamu penuhi.

            ## Duka bisa terasa seperti apa saja

            Duka tidak hanya sedih. Kamu mungkin merasa kosong, mati rasa, marah, bersalah,
            cemas, atau bahkan lega, misalnya jika orang yang kamu sayangi lama sakit. Tubuh juga
            ikut merasakan: lelah, sulit tidur, tidak nafsu makan, sulit berkonsentrasi di sekolah.
            Semua itu wajar.

            Duka juga jarang berjalan lurus. Ada hari yang terasa lebih ringan, lalu tiba-tiba
            rasa kehilangan datang lagi karena sebuah lagu, aroma, atau tanggal tertentu. Para
            peneliti menggambarkan duka sebagai gerak bolak-balik antara merasakan kehilangan dan
            kembali menjalani kehidupan sehari-hari. Keduanya sama-sama bagian dari proses.

            ## Yang bisa membantu

            - Beri ruang untuk perasaanmu. Menangis, menulis jurnal, atau berdoa bisa membantu
              menyalurkannya.
            - Ceritakan tentang orang yang kamu rindukan. Mengenangnya bersama keluarga atau teman
              bisa terasa menghangatkan.
            - Jaga kebutuhan dasar: makan, minum, tidur, dan sedikit bergerak, walau rasanya berat.
            - Tidak apa-apa meminta keringanan sementara, misalnya kepada guru atau dosen.
            - Ritual sesuai keyakinan dan tradisimu, seperti doa bersama atau berziarah, bisa
              memberi tempat untuk duka dan kebersamaan.

            ## Kapan perlu dukungan lebih

            Bagi sebagian orang, duka terasa begitu berat dan tidak mereda setelah berbulan-bulan,
            sampai sulit menjalani keseharian. Kalau kamu merasa terjebak seperti itu, merasa
            hidup tidak ada artinya lagi, atau muncul pikiran untuk menyusul orang yang sudah
            pergi, tolong ceritakan pada orang yang kamu percaya dan hubungi layanan di halaman
            Bantuan, misalnya healing119.id.

            Berbicara dengan konselor atau psikolog bukan berarti kamu melupakan orang yang kamu
            sayangi. Itu cara untuk membawa kenangan tentang mereka sambil tetap melanjutkan hidup.
        """),
        references=(
            (
                "Stroebe, M., & Schut, H. (1999). The dual process model of coping with "
                "bereavement: Rationale and description. Death Studies, 23(3), 197-224.",
                "",
            ),
            ("World Health Organization. ICD-11, 6B42 Prolonged grief disorder.", ""),
            ("Kementerian Kesehatan RI. Layanan konseling healing119.id.", HEALING119),
        ),
    ),
    DemoArticle(
        slug="understanding-grief",
        language="en",
        author="kak_laras",
        reviewer="psikolog_dimas",
        title="Grief: when we lose someone we love",
        summary=(
            "There is no right way to grieve and no deadline. What grief can feel like, what "
            "helps, and when to look for more support."
        ),
        topics=("grief",),
        body=_md("""
            Losing someone we love is one of the hardest experiences in life. Grief is the
            natural response to that loss. There is no "right" way to grieve, and there is no
            deadline you have to meet.

            ## Grief can feel like many things

            Grief is not only sadness. You may feel empty, numb, angry, guilty, anxious, or even
            relieved, for example when the person you loved was ill for a long time. Your body
            feels it too: tiredness, poor sleep, no appetite, trouble concentrating at school.
            All of this is normal.

            Grief rarely moves in a straight line either. Some days feel lighter, and then the
            loss comes back suddenly with a song, a smell or a date. Researchers describe grief
            as moving back and forth between facing the loss and returning to everyday life. Both
            are part of the process.

            ## What can help

            - Make room for your feelings. Crying, journaling or praying can help you let them out.
            - Talk about the person you miss. Remembering them together with family or friends
              can be comforting.
            - Look after the basics: eating, drinking, sleeping and moving a little, even when it
              is hard.
            - It is fine to ask for some leeway for a while, for example from teachers or
              lecturers.
            - Rituals from your faith and traditions, such as praying together or visiting the
              grave, can give grief a place and bring people together.

            ## When to look for more support

            For some people, grief stays overwhelming and does not ease after many months, making
            daily life very hard. If you feel stuck like that, feel that life has no meaning any
            more, or have thoughts of wanting to join the person who has died, please tell someone
            you trust and contact a service on the Help page, such as healing119.id.

            Talking with a counselor or psychologist does not mean forgetting the person you love.
            It is a way to carry their memory with you while you go on living.
        """),
        references=(
            (
                "Stroebe, M., & Schut, H. (1999). The dual process model of coping with "
                "bereavement: Rationale and description. Death Studies, 23(3), 197-224.",
                "",
            ),
            ("World Health Organization. ICD-11, 6B42 Prolonged grief disorder.", ""),
            ("Ministry of Health of Indonesia. healing119.id counselling service.", HEALING119),
        ),
        translation_of="memahami-duka",
    ),
    # 5. Self-harm (safe-messaging: no methods, help and recovery first) ------------------
    DemoArticle(
        slug="memahami-self-harm",
        language="id",
        author="psikolog_dimas",
        reviewer="kak_laras",
        title="Self-harm: memahami dan mencari bantuan",
        summary=(
            "Self-harm sering menjadi cara menghadapi perasaan yang terlalu berat. Kamu layak "
            "mendapat dukungan, dan pulih itu mungkin."
        ),
        topics=("self-harm", "recovery"),
        body=_md("""
            > Kalau kamu sedang dalam bahaya, atau terluka dan butuh pertolongan medis, hubungi
            > 112 atau segera ke IGD terdekat. Layanan lain ada di halaman Bantuan.

            Self-harm, atau menyakiti diri sendiri, adalah ketika seseorang sengaja melukai
            dirinya. Banyak orang yang pernah mengalaminya menggambarkan self-harm sebagai cara
            menghadapi perasaan yang terlalu berat: sedih, marah, kosong, malu, atau tertekan.
            Self-harm bisa terasa meredakan sesaat, tetapi tidak menyelesaikan apa yang ada di
            baliknya, dan bisa membahayakan.

            ## Bukan "cari perhatian"

            Self-harm sering disalahpahami. Kebanyakan orang justru menyembunyikannya dan merasa
            malu. Yang mereka butuhkan bukan dihakimi, melainkan didengarkan dan dibantu.
            Self-harm tidak selalu berarti seseorang ingin mengakhiri hidup, tetapi selalu perlu
            ditanggapi dengan serius, karena itu tanda seseorang sedang sangat kesakitan.

            ## Kalau kamu sedang mengalaminya

            Kamu tidak sendirian, dan kamu layak mendapat bantuan. Beberapa hal yang bisa
            membantu:

            - Ceritakan pada satu orang yang kamu percaya: teman, keluarga, guru BK, atau
              konselor. Kamu tidak perlu menceritakan semuanya sekaligus.
            - Saat dorongan itu datang, beri jeda. Pindah ke tempat yang ada orang lain, hubungi
              seseorang, atau lakukan sesuatu yang menenangkan sampai dorongannya mereda.
              Dorongan seperti itu biasanya naik, lalu turun.
            - Kenali pemicumu: situasi, pikiran, atau perasaan apa yang biasanya datang lebih
              dulu?
            - Susun rencana keselamatan bersama konselor: tanda bahaya, cara menenangkan diri,
              dan orang yang bisa dihubungi.
            - Kalau kamu terluka, rawat dengan benar dan periksakan ke tenaga kesehatan.

            ## Pulih itu mungkin

            Banyak orang berhenti menyakiti diri dan belajar cara lain menghadapi perasaan berat.
            Psikolog dan konselor bisa membantu memahami apa yang ada di balik self-harm dan
            membangun cara-cara baru yang lebih aman. Prosesnya bisa naik turun, dan kemunduran
            bukan berarti gagal.

            ## Kalau temanmu yang mengalaminya

            Tanggapi dengan tenang dan tanpa menghakimi. Katakan bahwa kamu peduli, dengarkan,
            dan bantu dia terhubung dengan orang dewasa yang dipercaya atau layanan profesional.
            Jangan memaksanya berjanji untuk berhenti; dukung dia mencari bantuan. Jaga dirimu
            juga: kamu tidak harus menanggung ini sendirian.

            Konseling gratis tersedia di healing119.id, dan daftar layanan lainnya ada di halaman
            Bantuan Teduh.
        """),
        references=(
            (
                "National Institute for Health and Care Excellence (NICE). Self-harm: assessment, "
                "management and preventing recurrence (NG225), 2022.",
                NICE_SELF_HARM,
            ),
            ("World Health Organization. Suicide (fact sheet).", WHO_SUICIDE),
            ("Samaritans. Guidelines for the online safety of self-harm and suicide content.", ""),
            ("Kementerian Kesehatan RI. Layanan konseling healing119.id.", HEALING119),
        ),
    ),
    DemoArticle(
        slug="understanding-self-harm",
        language="en",
        author="psikolog_dimas",
        reviewer="kak_laras",
        title="Self-harm: understanding it and finding help",
        summary=(
            "Self-harm is often a way of coping with feelings that are too much. You deserve "
            "support, and recovery is possible."
        ),
        topics=("self-harm", "recovery"),
        body=_md("""
            > If you are in danger, or hurt and need medical care, call 112 or go to the nearest
            > emergency room now. More services are on the Help page.

            Self-harm is when someone hurts themselves on purpose. Many people who have
            experienced it describe it as a way of coping with feelings that are too much:
            sadness, anger, emptiness, shame or pressure. It can seem to bring relief for a
            moment, but it does not solve what lies underneath, and it can be dangerous.

            ## Not "attention-seeking"

            Self-harm is often misunderstood. Most people hide it and feel ashamed. What they need
            is not judgement but someone who listens and helps. Self-harm does not always mean
            that a person wants to end their life, but it always needs to be taken seriously,
            because it is a sign that someone is in a lot of pain.

            ## If you are self-harming

            You are not alone, and you deserve help. Some things that can help:

            - Tell one person you trust: a friend, a family member, your school counselor or a
              counselor. You don't have to tell them everything at once.
            - When the urge comes, create a pause. Move to a place where other people are, contact
              someone, or do something soothing until the urge eases. Urges like this usually rise
              and then fall.
            - Learn your triggers: which situations, thoughts or feelings tend to come first?
            - Make a safety plan with a counselor: warning signs, ways to calm yourself, and
              people you can contact.
            - If you are hurt, look after it properly and have a health worker check it.

            ## Recovery is possible

            Many people stop self-harming and learn other ways to cope with heavy feelings.
            Psychologists and counselors can help you understand what lies behind it and build
            new, safer ways of coping. Recovery has ups and downs, and a setback does not mean
            you have failed.

            ## If it is your friend

            Respond calmly and without judgement. Say that you care, listen, and help them
            connect with a trusted adult or a professional service. Don't make them promise to
            stop; support them in getting help. Look after yourself too: you don't have to carry
            this alone.

            Free counselling is available at healing119.id, and other services are listed on
            Teduh's Help page.
        """),
        references=(
            (
                "National Institute for Health and Care Excellence (NICE). Self-harm: assessment, "
                "management and preventing recurrence (NG225), 2022.",
                NICE_SELF_HARM,
            ),
            ("World Health Organization. Suicide (fact sheet).", WHO_SUICIDE),
            ("Samaritans. Guidelines for the online safety of self-harm and suicide content.", ""),
            ("Ministry of Health of Indonesia. healing119.id counselling service.", HEALING119),
        ),
        translation_of="memahami-self-harm",
    ),
    # 6. Recovery stories ------------------------------------------------------------------
    DemoArticle(
        slug="mengapa-cerita-pemulihan-penting",
        language="id",
        author="kak_laras",
        reviewer="bu_ratna",
        title="Mengapa cerita pemulihan itu penting",
        summary=(
            "Cerita tentang melewati masa sulit memberi harapan dan mengurangi stigma. Begini "
            "cara berbagi ceritamu dengan aman."
        ),
        topics=("recovery",),
        body=_md("""
            Di Teduh, kamu akan menemukan banyak orang yang menceritakan bagaimana mereka
            melewati masa-masa sulit: serangan panik, depresi, duka, atau perundungan. Cerita
            seperti ini punya kekuatan yang besar.

            ## Apa yang diberikan cerita pemulihan

            - **Harapan.** Melihat bahwa orang lain pernah berada di titik yang mirip, dan
              sekarang keadaannya lebih baik, membantu kita percaya bahwa perubahan itu mungkin.
            - **Rasa tidak sendirian.** Banyak orang mengira hanya dirinya yang merasakan hal
              tertentu. Cerita orang lain mematahkan anggapan itu.
            - **Berkurangnya stigma.** Semakin banyak orang yang berbicara terbuka, semakin biasa
              membicarakan kesehatan mental dan mencari bantuan.
            - **Gambaran jalan keluar.** Cerita yang menyebutkan apa yang membantu, misalnya
              berbicara dengan konselor, dukungan teman, atau kebiasaan kecil sehari-hari,
              memberi ide langkah yang bisa dicoba.

            ## Pemulihan jarang lurus

            Pulih tidak selalu berarti semua masalah hilang. Bagi banyak orang, pulih berarti bisa
            menjalani hidup yang bermakna sambil mengelola hari-hari yang berat. Ada kemajuan,
            ada kemunduran. Cerita yang jujur tentang naik-turunnya ini justru sering paling
            menolong.

            ## Kalau kamu ingin berbagi ceritamu

            Berbagi bisa melegakan. Lakukan dengan cara yang aman untukmu dan untuk pembaca:

            - Kamu berhak memilih seberapa banyak yang diceritakan. Kamu juga bisa memakai mode
              anonim.
            - Pasang peringatan konten kalau ceritamu menyentuh topik yang berat.
            - Fokus pada perasaanmu dan apa yang membantu, bukan pada detail cara menyakiti diri.
              Detail seperti itu bisa membahayakan pembaca yang sedang rentan.
            - Sertakan di mana orang bisa mencari bantuan.
            - Kalau setelah menulis kamu merasa goyah, tidak apa-apa berhenti sejenak dan
              menghubungi seseorang.

            ## Kalau kamu membaca cerita orang lain

            Balas dengan hangat. Kalimat sederhana seperti "Terima kasih sudah berbagi" atau "Aku
            ikut senang kamu sudah sampai di titik ini" berarti banyak. Dan kalau cerita itu
            membuatmu teringat pengalamanmu sendiri yang terasa belum selesai, itu tanda baik
            untuk mencari dukungan juga.
        """),
        references=(
            (
                "World Health Organization. Mental health: strengthening our response (fact "
                "sheet).",
                WHO_MENTAL_HEALTH,
            ),
            (
                "Orygen. #chatsafe: guidelines for young people communicating online about "
                "self-harm and suicide.",
                "",
            ),
            (
                "World Health Organization & International Association for Suicide Prevention. "
                "Preventing suicide: a resource for media professionals.",
                "",
            ),
        ),
    ),
    DemoArticle(
        slug="why-recovery-stories-matter",
        language="en",
        author="kak_laras",
        reviewer="bu_ratna",
        title="Why recovery stories matter",
        summary=(
            "Stories about getting through hard times give hope and reduce stigma. Here is how "
            "to share yours safely."
        ),
        topics=("recovery",),
        body=_md("""
            On Teduh you will find many people telling how they got through hard times: panic
            attacks, depression, grief or bullying. Stories like these are powerful.

            ## What recovery stories give

            - **Hope.** Seeing that someone else was in a similar place and is doing better now
              helps us believe that change is possible.
            - **Feeling less alone.** Many people think they are the only ones who feel a certain
              way. Other people's stories break that belief.
            - **Less stigma.** The more people speak openly, the more ordinary it becomes to talk
              about mental health and to ask for help.
            - **A picture of a way forward.** Stories that say what helped, such as talking to a
              counselor, support from friends or small daily habits, give ideas for steps to try.

            ## Recovery is rarely a straight line

            Recovery does not always mean every problem is gone. For many people it means living
            a meaningful life while managing the hard days. There is progress and there are
            setbacks. Honest stories about those ups and downs are often the most helpful.

            ## If you want to share your story

            Sharing can be a relief. Do it in a way that is safe for you and for your readers:

            - You decide how much to tell. You can also post anonymously.
            - Add a content warning when your story touches on heavy topics.
            - Focus on your feelings and on what helped, not on details of how someone hurt
              themselves. Such details can put vulnerable readers at risk.
            - Say where people can find help.
            - If you feel shaky after writing, it is fine to stop for a while and reach out to
              someone.

            ## When you read someone else's story

            Reply warmly. Simple words such as "Thank you for sharing" or "I'm glad you have got
            to where you are now" mean a lot. And if a story reminds you of something in your own
            life that still feels unfinished, that is a good sign to look for support too.
        """),
        references=(
            (
                "World Health Organization. Mental health: strengthening our response (fact "
                "sheet).",
                WHO_MENTAL_HEALTH,
            ),
            (
                "Orygen. #chatsafe: guidelines for young people communicating online about "
                "self-harm and suicide.",
                "",
            ),
            (
                "World Health Organization & International Association for Suicide Prevention. "
                "Preventing suicide: a resource for media professionals.",
                "",
            ),
        ),
        translation_of="mengapa-cerita-pemulihan-penting",
    ),
    # 7. Helping a friend ------------------------------------------------------------------
    DemoArticle(
        slug="mendampingi-teman",
        language="id",
        author="kak_laras",
        reviewer="psikolog_dimas",
        title="Cara mendampingi teman yang sedang tidak baik-baik saja",
        summary=(
            "Kamu tidak perlu menjadi psikolog untuk membantu teman. Cara bertanya, "
            "mendengarkan, dan membantunya terhubung dengan bantuan."
        ),
        topics=("relationships",),
        body=_md("""
            Saat teman bercerita bahwa dia sedang tidak baik-baik saja, kita sering bingung harus
            berkata apa. Kabar baiknya, kamu tidak perlu menjadi psikolog untuk membantu.
            Kehadiranmu saja sudah berarti.

            ## Tanda teman mungkin sedang kesulitan

            Dia menarik diri, tidak lagi tertarik pada hal yang biasa dia sukai, tampak sangat
            lelah, mudah marah, nilainya turun, atau sering berkata hal seperti "capek banget sama
            semuanya". Kadang tandanya halus. Kalau kamu merasa ada yang berubah, percayai
            perasaan itu.

            ## Mulai dengan bertanya

            Cari waktu dan tempat yang tenang, lalu tanyakan dengan tulus: "Aku perhatikan kamu
            kelihatan beda akhir-akhir ini. Kamu baik-baik saja?" Kalau jawabannya "nggak
            apa-apa" tapi kamu masih khawatir, tanyakan sekali lagi dengan lembut. Pertanyaan
            kedua sering membuka pintu.

            ## Dengarkan lebih banyak daripada menasihati

            - Biarkan dia bercerita dengan kecepatannya sendiri.
            - Tunjukkan bahwa kamu mendengar: "Kedengarannya berat banget."
            - Hindari membandingkan ("aku dulu lebih parah") atau mengecilkan ("ah, gitu doang").
            - Kamu tidak perlu punya semua jawaban. "Aku nggak tahu harus bilang apa, tapi aku di
              sini" itu sudah cukup.

            ## Bantu dia terhubung dengan bantuan

            Tawarkan untuk menemaninya menemui guru BK, konselor kampus, atau psikolog, atau bantu
            mencari layanan seperti healing119.id. Kalau kamu khawatir dia berpikir untuk
            mengakhiri hidup, tanyakan langsung dan dengan tenang. Bertanya tentang bunuh diri
            tidak menanamkan ide itu; sering kali justru melegakan. Jangan berjanji merahasiakan
            hal seperti ini: libatkan orang dewasa yang dipercaya. Kalau dia dalam bahaya sekarang,
            jangan tinggalkan dia sendirian dan hubungi 112.

            ## Jaga dirimu juga

            Mendampingi orang lain bisa melelahkan. Kamu boleh punya batas, dan kamu tidak
            bertanggung jawab untuk "menyembuhkan" temanmu. Ceritakan juga perasaanmu pada orang
            yang kamu percaya.
        """),
        references=(
            (
                "World Health Organization. Mental health of adolescents (fact sheet).",
                WHO_ADOLESCENTS,
            ),
            (
                "Dazzi, T., Gribble, R., Wessely, S., & Fear, N. T. (2014). Does asking about "
                "suicide and related behaviours induce suicidal ideation? What is the evidence? "
                "Psychological Medicine, 44(16), 3361-3363.",
                "",
            ),
            ("Kementerian Kesehatan RI. Layanan konseling healing119.id.", HEALING119),
        ),
    ),
    DemoArticle(
        slug="helping-a-friend",
        language="en",
        author="kak_laras",
        reviewer="psikolog_dimas",
        title="How to support a friend who is not okay",
        summary=(
            "You don't have to be a psychologist to help a friend. How to ask, how to listen, "
            "and how to help them connect with support."
        ),
        topics=("relationships",),
        body=_md("""
            When a friend tells us they are not okay, we often don't know what to say. The good
            news is that you don't have to be a psychologist to help. Being there already means a
            lot.

            ## Signs a friend may be struggling

            They withdraw, lose interest in things they used to enjoy, look exhausted, get angry
            easily, their grades drop, or they often say things like "I'm so tired of
            everything". Sometimes the signs are subtle. If you sense that something has changed,
            trust that feeling.

            ## Start by asking

            Find a calm time and place and ask sincerely: "I've noticed you seem different lately.
            Are you okay?" If the answer is "I'm fine" but you are still worried, ask once more,
            gently. The second question often opens the door.

            ## Listen more than you advise

            - Let them talk at their own pace.
            - Show that you hear them: "That sounds really hard."
            - Avoid comparing ("mine was worse") or minimising ("that's nothing").
            - You don't need all the answers. "I don't know what to say, but I'm here" is enough.

            ## Help them connect with support

            Offer to go with them to the school counselor, a campus counselor or a psychologist,
            or help them find a service such as healing119.id. If you are worried they are
            thinking about ending their life, ask them directly and calmly. Asking about suicide
            does not put the idea in someone's head; it often brings relief. Don't promise to keep
            something like this secret: involve a trusted adult. If they are in danger right now,
            don't leave them alone and call 112.

            ## Look after yourself too

            Supporting someone can be tiring. You are allowed to have limits, and it is not your
            job to "fix" your friend. Talk to someone you trust about how you feel, too.
        """),
        references=(
            (
                "World Health Organization. Mental health of adolescents (fact sheet).",
                WHO_ADOLESCENTS,
            ),
            (
                "Dazzi, T., Gribble, R., Wessely, S., & Fear, N. T. (2014). Does asking about "
                "suicide and related behaviours induce suicidal ideation? What is the evidence? "
                "Psychological Medicine, 44(16), 3361-3363.",
                "",
            ),
            ("Ministry of Health of Indonesia. healing119.id counselling service.", HEALING119),
        ),
        translation_of="mendampingi-teman",
    ),
    # 8. Bullying --------------------------------------------------------------------------
    DemoArticle(
        slug="menghadapi-perundungan",
        language="id",
        author="bu_ratna",
        reviewer="kak_laras",
        title="Perundungan: kamu tidak pantas diperlakukan seperti itu",
        summary=(
            "Apa itu perundungan, dampaknya, dan apa yang bisa kamu lakukan, baik sebagai "
            "korban, saksi, maupun pelaku yang ingin berubah."
        ),
        topics=("bullying", "relationships"),
        body=_md("""
            Perundungan (bullying) adalah perilaku menyakiti yang dilakukan dengan sengaja dan
            berulang oleh seseorang atau kelompok yang merasa lebih kuat, terhadap orang yang
            sulit membela diri. Bentuknya bisa fisik (memukul, mendorong), verbal (mengejek,
            menghina, mengancam), sosial (mengucilkan, menyebar gosip), atau lewat internet
            (cyberbullying: pesan jahat, menyebarkan foto tanpa izin, membuat akun palsu untuk
            mempermalukan).

            ## Dampaknya nyata

            Perundungan bukan "bagian biasa dari masa sekolah". Orang yang dirundung bisa merasa
            takut, malu, cemas, sedih berkepanjangan, sulit berkonsentrasi, tidak mau sekolah,
            atau merasa dirinya tidak berharga. Kalau kamu mengalaminya, ingat: ini bukan salahmu.

            ## Kalau kamu dirundung

            - Ceritakan pada orang dewasa yang kamu percaya: orang tua, wali kelas, atau guru BK.
              Kalau orang pertama tidak menanggapi, ceritakan pada orang lain sampai ada yang
              membantu.
            - Simpan bukti: tangkapan layar, tanggal, tempat, dan siapa saja yang melihat.
            - Untuk perundungan daring: jangan membalas, lalu blokir dan laporkan akun pelaku. Di
              Teduh kamu bisa memakai fitur Blokir, Bisukan, dan Laporkan.
            - Sebisa mungkin tetap dekat dengan teman-teman yang mendukungmu.
            - Sekolah wajib mencegah dan menangani kekerasan, termasuk perundungan. Aturan
              pemerintah meminta setiap sekolah membentuk Tim Pencegahan dan Penanganan Kekerasan
              (TPPK) yang bisa kamu datangi.

            ## Kalau kamu melihat perundungan

            Kamu tidak harus berhadapan langsung dengan pelaku kalau itu tidak aman. Kamu tetap
            bisa membantu: menemani korban, mengajaknya menjauh dari situasi itu, tidak ikut
            menertawakan atau menyebarkan, dan melapor ke guru. Dukungan dari satu teman saja bisa
            membuat perbedaan besar.

            ## Kalau kamu pernah merundung

            Mengakuinya butuh keberanian. Pikirkan apa yang membuatmu melakukannya, minta maaf,
            dan bicarakan dengan guru BK. Semua orang bisa berubah.

            Kalau perundungan membuatmu merasa putus asa atau ingin menyakiti diri, hubungi
            layanan di halaman Bantuan, seperti healing119.id. Untuk kekerasan terhadap anak dan
            perempuan, ada juga layanan SAPA 129.
        """),
        references=(
            (
                "Peraturan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi "
                "Nomor 46 Tahun 2023 tentang Pencegahan dan Penanganan Kekerasan di Lingkungan "
                "Satuan Pendidikan.",
                "",
            ),
            ("StopBullying.gov (U.S. Department of Health and Human Services).", STOPBULLYING),
            (
                "World Health Organization. Mental health of adolescents (fact sheet).",
                WHO_ADOLESCENTS,
            ),
        ),
    ),
    DemoArticle(
        slug="dealing-with-bullying",
        language="en",
        author="bu_ratna",
        reviewer="kak_laras",
        title="Bullying: you don't deserve to be treated that way",
        summary=(
            "What bullying is, how it affects people, and what you can do, whether you are "
            "being bullied, see it happen, or have bullied someone and want to change."
        ),
        topics=("bullying", "relationships"),
        body=_md("""
            Bullying is hurtful behaviour, done on purpose and repeatedly, by a person or group
            who feel more powerful, towards someone who finds it hard to defend themselves. It
            can be physical (hitting, pushing), verbal (mocking, insulting, threatening), social
            (leaving someone out, spreading rumours) or online (cyberbullying: cruel messages,
            sharing photos without permission, fake accounts made to humiliate someone).

            ## The harm is real

            Bullying is not "a normal part of school life". People who are bullied may feel
            afraid, ashamed, anxious or sad for a long time, find it hard to concentrate, not want
            to go to school, or feel worthless. If it is happening to you, remember: it is not
            your fault.

            ## If you are being bullied

            - Tell an adult you trust: a parent, your homeroom teacher or your school counselor.
              If the first person does not act, tell someone else until someone helps.
            - Keep evidence: screenshots, dates, places and who saw it.
            - Online: don't reply; block and report the account. On Teduh you can use Block, Mute
              and Report.
            - Stay close to friends who support you whenever you can.
            - Indonesian schools must prevent and deal with violence, including bullying.
              Government rules require every school to set up a violence prevention and response
              team (TPPK) that you can go to.

            ## If you see bullying

            You don't have to confront the bully if that isn't safe. You can still help: stay
            with the person being bullied, walk away from the situation together, don't laugh
            along or share it, and report it to a teacher. Support from just one friend can make
            a big difference.

            ## If you have bullied someone

            Admitting it takes courage. Think about what made you do it, apologise, and talk to
            your school counselor. Everyone can change.

            If bullying makes you feel hopeless or want to hurt yourself, contact a service on the
            Help page, such as healing119.id. For violence against children and women in
            Indonesia there is also SAPA 129.
        """),
        references=(
            (
                "Regulation of the Minister of Education, Culture, Research and Technology No. 46 "
                "of 2023 on preventing and handling violence in educational institutions "
                "(Permendikbudristek 46/2023).",
                "",
            ),
            ("StopBullying.gov (U.S. Department of Health and Human Services).", STOPBULLYING),
            (
                "World Health Organization. Mental health of adolescents (fact sheet).",
                WHO_ADOLESCENTS,
            ),
        ),
        translation_of="menghadapi-perundungan",
    ),
)

COLLECTIONS: tuple[DemoCollection, ...] = (
    DemoCollection(
        curator="kak_laras",
        title="Bacaan dan tontonan untuk memahami kesehatan mental",
        description=(
            "Buku, video, dan situs yang sering saya rekomendasikan kepada mahasiswa. Semuanya "
            "bahan belajar dan teman refleksi, bukan pengganti konseling."
        ),
        language="id",
        items=(
            DemoItem(
                "book",
                "Filosofi Teras",
                "Henry Manampiring",
                "",
                "Pengantar filsafat Stoa yang ringan dan dekat dengan keseharian anak muda: "
                "memisahkan apa yang bisa dan tidak bisa kita kendalikan. Banyak pembaca merasa "
                "lebih tenang menghadapi kekhawatiran sehari-hari setelah membacanya.",
            ),
            DemoItem(
                "book",
                "Feeling Good: The New Mood Therapy",
                "David D. Burns",
                "",
                "Buku klasik tentang terapi kognitif: mengenali pikiran yang terlalu keras pada "
                "diri sendiri dan belajar menimbangnya dengan lebih adil. Berbahasa Inggris, "
                "penuh latihan praktis.",
            ),
            DemoItem(
                "book",
                "Reasons to Stay Alive",
                "Matt Haig",
                "",
                "Memoar yang jujur tentang depresi, kecemasan, dan pelan-pelan pulih. Beberapa "
                "bagian menceritakan masa tergelap penulisnya: bacalah saat kamu merasa cukup "
                "kuat, dan berhentilah kalau terasa berat.",
            ),
            DemoItem(
                "book",
                "Doing What Matters in Times of Stress: An Illustrated Guide",
                "World Health Organization",
                WHO_DOING_WHAT_MATTERS,
                "Panduan bergambar gratis dari WHO dengan latihan singkat untuk mengelola stres. "
                "Cocok dibaca sedikit demi sedikit, satu bagian sehari.",
            ),
            DemoItem(
                "video",
                "I Had a Black Dog, His Name Was Depression",
                "Matthew Johnstone, World Health Organization",
                "",
                "Animasi pendek yang menggambarkan depresi sebagai seekor anjing hitam. Sederhana "
                "dan hangat, bagus untuk membuka obrolan dengan keluarga atau teman.",
            ),
            DemoItem(
                "website",
                "healing119.id",
                "Kementerian Kesehatan RI",
                HEALING119,
                "Layanan konseling gratis dan anonim dari Kemenkes lewat WhatsApp. Tempat yang "
                "baik untuk mulai kalau kamu belum tahu harus bercerita ke siapa.",
            ),
            DemoItem(
                "website",
                "Into The Light Indonesia",
                "Into The Light Indonesia",
                "",
                "Komunitas edukasi dan advokasi pencegahan bunuh diri yang digerakkan anak muda. "
                "Bukan layanan krisis: dalam keadaan darurat, gunakan layanan di halaman Bantuan.",
            ),
        ),
    ),
)


def seed_wellbeing(report, users: dict | None = None) -> None:
    """Write whatever part of the Wellbeing Center's demo content is missing; count what was
    added in `report.created` ("articles", "collections"). `users` maps usernames to accounts
    (the demo seed passes its own); missing ones are looked up."""
    from teduh.accounts.models import User

    users = dict(users or {})

    def user(username: str):
        if username not in users:
            users[username] = User.objects.filter(username__iexact=username).first()
        return users[username]

    seeded: dict[str, Article] = {}
    for entry in ARTICLES:
        existing = Article.objects.filter(slug=entry.slug).first()
        if existing is not None:
            seeded[entry.slug] = existing
            continue
        author, reviewer = user(entry.author), user(entry.reviewer)
        if not (services.is_professional(author) and services.is_professional(reviewer)):
            continue  # a demo name taken by someone who is not a verified professional
        original = seeded.get(entry.translation_of) if entry.translation_of else None
        article = services.create_article(
            author,
            services.ArticleDraft(
                title=entry.title,
                summary=entry.summary,
                body=entry.body,
                language=entry.language,
                topics=list(entry.topics),
                references=[{"text": text, "url": url} for text, url in entry.references],
                translation_of=original,
                slug=entry.slug,
            ),
        )
        services.submit_for_review(author, article)
        seeded[entry.slug] = services.approve_article(reviewer, article)
        report.created["articles"] += 1
    for collection in COLLECTIONS:
        curator = user(collection.curator)
        if not services.is_professional(curator):
            continue
        if Collection.objects.filter(curator=curator, title=collection.title).exists():
            continue
        services.save_collection(
            curator,
            None,
            title=collection.title,
            description=collection.description,
            language=collection.language,
            items=[
                services.ItemData(item.kind, item.title, item.creator, item.url, item.review)
                for item in collection.items
            ],
        )
        report.created["collections"] += 1
