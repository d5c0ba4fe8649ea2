#!/usr/bin/env python3
"""Writes the hostile corpus: one article per XSS vector (DOMPurify's and OWASP's classics), the
vector in the title, in front matter fields, in Markdown and as raw HTML in the body.

    python3 e2e/hostile/make.py     (from the repository root; rewrites e2e/hostile/*.md)

Each article also carries the marker text `SAFE-TEXT-<n>` so the test can check the text is shown.
"""
import os

VECTORS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<div style="background:url(javascript:alert(1))">styled</div>',
    '<div style="width: expression(alert(1))">expr</div>',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "<scr<script>ipt>alert(1)</script>",
    '<img src="x" onerror="&#97;lert(1)">',
    "<body onload=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    "<link rel=import href=data:text/html,<script>alert(1)</script>>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "![x](javascript:alert(1))",
    "[x](java&#x09;script:alert(1))",
    "[x]( javascript:alert(1) )",
    '<a href=" &#14;  javascript:alert(1)">x</a>',
    "<form action=javascript:alert(1)><button>x</button></form>",
    '<base href="javascript:alert(1)//">',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<math href="javascript:alert(1)">x</math>',
    '"><script>alert(1)</script>',
    "'-alert(1)-'",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    "<style>@import 'javascript:alert(1)';</style>",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    '<a href="vbscript:msgbox(1)">vb</a>',
    "<javascript:alert(1)>",
    "<textarea><script>alert(1)</script></textarea>",
    '<img src=x:alert(alt) onerror=eval(src) alt=0>',
    "[a](&#106;avascript:alert(1))",
]


def toml_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for n, vector in enumerate(VECTORS):
        one_line = vector.replace("\n", " ")
        text = (
            "+++\n"
            f"title = {toml_string('Hostile ' + str(n) + ' ' + one_line)}\n"
            f"outlet = {toml_string('Outlet ' + one_line)}\n"
            f"authors = [{toml_string(one_line)}]\n"
            f"url = {toml_string('javascript:alert(' + str(n) + ')')}\n"
            'published = "2020-01-01"\n'
            "+++\n\n"
            f"SAFE-TEXT-{n} opens the article. The vector follows in Markdown:\n\n"
            f"{vector}\n\n"
            f"And inline, in a sentence: before {one_line} after.\n\n"
            f"> quoted {one_line}\n\n"
            f"- listed {one_line}\n"
        )
        with open(os.path.join(here, f"hostile-{n:02}.md"), "w", encoding="utf-8") as fh:
            fh.write(text)
    print(len(VECTORS), "articles")


if __name__ == "__main__":
    main()
