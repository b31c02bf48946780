"""Safe Markdown for articles: CommonMark with raw HTML off.

markdown-it escapes any HTML in the source and refuses javascript:, vbscript:, file: and data:
links (its validateLink). Images are turned off too: an image from another server would tell
that server who reads which article. A "#" heading becomes an <h2>, because the article page's
title is the only <h1>; "##" and deeper stay as written.
"""

from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt


def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    parser.disable("image")
    return parser


_PARSER = _parser()


def render_markdown(text: str) -> SafeString:
    tokens = _PARSER.parse(text or "")
    for token in tokens:
        if token.type in {"heading_open", "heading_close"}:
            token.tag = f"h{max(int(token.tag[1]), 2)}"
        elif token.type == "inline" and token.children:
            for child in token.children:
                if child.type == "link_open":
                    # Outside links: no referrer, and no ranking credit from a user's text.
                    child.attrSet("rel", "nofollow noopener noreferrer")
    return mark_safe(_PARSER.renderer.render(tokens, _PARSER.options, {}))  # noqa: S308
