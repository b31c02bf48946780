from teduh.posts import text


def test_extract_hashtags_keeps_first_spelling_and_drops_duplicates():
    found = text.extract_hashtags("#MariBicara dan #maribicara lagi, juga #Cemas2024 #2024")
    assert found == ["MariBicara", "Cemas2024"]


def test_hashtags_inside_urls_are_ignored():
    assert text.extract_hashtags("baca https://contoh.id/halaman#bagian ya #Baca") == ["Baca"]


def test_extract_mentions_dedupes_case_insensitively_and_skips_emails():
    found = text.extract_mentions("hai @Ani dan @ani, tulis ke budi@contoh.id atau @Budi_2")
    assert found == ["Ani", "Budi_2"]


def test_render_content_escapes_html():
    html = text.render_content('<script>alert("x")</script> & <b>tebal</b>', [])
    assert "<script>" not in html
    assert "<b>" not in html
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;tebal&lt;/b&gt;" in html
    )


def test_render_content_links_known_mentions_only():
    html = text.render_content("@ani dan @hantu", ["Ani"])
    assert '<a href="/@ani/" class="mention">@ani</a>' in html
    assert "/@hantu/" not in html
    assert "@hantu" in html


def test_render_content_links_urls_and_tags_and_builds_paragraphs():
    html = text.render_content("Baris satu https://contoh.id/a?b=1.\nbaris dua\n\n#Tenang", [])
    assert html == (
        '<p>Baris satu <a href="https://contoh.id/a?b=1" rel="nofollow noopener noreferrer ugc">'
        "https://contoh.id/a?b=1</a>.<br>baris dua</p>"
        '<p><a href="/tags/tenang/" class="hashtag">#Tenang</a></p>'
    )


def test_url_with_quotes_cannot_break_out_of_the_attribute():
    html = text.render_content('https://contoh.id/"onmouseover="alert(1)', [])
    assert 'href="https://contoh.id/"' in html
    assert '"onmouseover="' not in html
