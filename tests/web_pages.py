"""Web pages and a WARC written for the tests: one article in the layouts of several kinds of news
site, each with the boilerplate a real page has around it (menus, cookie banner, related links,
share buttons, reader comments, sidebars, footers)."""

from __future__ import annotations

import io
import json
from html import escape

TITLE = "Caravane de migrants : le Pentagone prépare l'envoi de soldats"
AUTHOR = "Marie Dupont"
SITE = "Le Journal du Sud"
URL = "https://www.journaldusud.fr/monde/caravane-migrants-pentagone"
PUBLISHED = "2018-10-29"
# Words of the boilerplate that must not reach the article text.
BOILERPLATE = (
    "Accueil",
    "cookies",
    "À lire aussi",
    "15.000 soldats",
    "scandaleux",
    "Partager",
    "Articles récents",
    "Mentions légales",
    "propulsé",
    "Publicité",
    "Les plus lus",
)


def paragraphs_html(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)


def newsroom_page(paragraphs: list[str], *, dated: bool = True) -> str:
    """A national daily: HTML5 <article>, Open Graph metadata, cookie banner, related links and
    reader comments."""
    date_meta = (
        f'<meta property="article:published_time" content="{PUBLISHED}T16:00:00+01:00">'
        if dated
        else ""
    )
    byline = (
        f'<p class="byline">Par {AUTHOR}, publié le <time datetime="{PUBLISHED}T16:00:00+01:00">'
        "29 octobre 2018</time></p>"
        if dated
        else f'<p class="byline">Par {AUTHOR}</p>'
    )
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{escape(TITLE)} - {SITE}</title>
<meta property="og:title" content="{escape(TITLE)}">
<meta property="og:site_name" content="{SITE}">
<meta name="author" content="{AUTHOR}">
<link rel="canonical" href="{URL}">
{date_meta}
<script>window.dataLayer = [];</script>
</head><body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>
<div class="cookie-banner"><p>Nous utilisons des cookies pour améliorer votre expérience.</p>
<button>Accepter</button></div></header>
<main><article>
<h1>{escape(TITLE)}</h1>
{byline}
{paragraphs_html(paragraphs)}
</article>
<aside class="related"><h3>À lire aussi</h3><ul>
<li><a href="/a">Mexique : 3.000 migrants bloqués à la frontière</a></li>
<li><a href="/b">Trump promet 15.000 soldats à la frontière</a></li></ul></aside>
<section id="comments"><h3>Commentaires (2)</h3>
<div class="comment"><p class="author">Jean</p><p>C'est scandaleux, le président veut 10.000
soldats de plus !</p></div>
<div class="comment"><p class="author">Luc</p><p>Ils arriveront le 12 novembre à Tijuana.</p>
</div></section>
</main>
<footer><p>© 2018 {SITE} - Mentions légales - Contact - Plan du site</p></footer>
</body></html>
"""


def blog_page(paragraphs: list[str]) -> str:
    """A WordPress site: divs only, the date and author in JSON-LD, share buttons, a sidebar of
    recent posts and archives, a comment form. Declares Latin-1, as old French sites do."""
    json_ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": TITLE,
            "datePublished": f"{PUBLISHED}T18:30:00+01:00",
            "author": {"@type": "Person", "name": AUTHOR},
            "publisher": {"@type": "Organization", "name": SITE},
        },
        ensure_ascii=False,
    )
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{escape(TITLE)} | {SITE}</title>
<script type="application/ld+json">{json_ld}</script>
</head><body class="single single-post">
<div id="page"><div id="masthead"><div class="site-title"><a href="/">{SITE}</a></div>
<ul class="menu"><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li>
<li><a href="/contact">Contact</a></li></ul></div>
<div id="content"><div id="primary"><div class="post hentry">
<h1 class="entry-title">{escape(TITLE)}</h1>
<div class="entry-meta">Par {AUTHOR}</div>
<div class="entry-content">
{paragraphs_html(paragraphs)}
<div class="sharedaddy"><h3>Partager :</h3><ul><li><a href="#">Facebook</a></li>
<li><a href="#">Twitter</a></li></ul></div>
</div>
<div class="tags">Mots-clés : <a href="/tag/migrants">migrants</a>, <a href="/tag/armee">armée</a>
</div></div>
<div id="comments"><h2>Une réponse</h2><ol class="commentlist"><li class="comment">
<div class="comment-body"><p>C'est scandaleux !</p></div></li></ol>
<div id="respond"><h3>Laisser un commentaire</h3><form><textarea></textarea></form></div></div>
</div>
<div id="secondary" class="widget-area">
<aside class="widget"><h3>Articles récents</h3><ul><li><a href="/x">Le budget 2019 adopté</a></li>
<li><a href="/y">Trump promet 15.000 soldats</a></li></ul></aside>
<aside class="widget"><h3>Archives</h3><ul><li><a href="/2018/10">octobre 2018</a></li></ul>
</aside></div></div>
<div id="colophon">Fièrement propulsé par WordPress</div></div>
</body></html>
"""


def regional_page(paragraphs: list[str], *, dated: bool = True) -> str:
    """A regional paper of the 2000s: a table layout, no <article>, the date in a <time>, ads,
    a 'most read' column."""
    date = f'<time datetime="{PUBLISHED}">29/10/2018</time>' if dated else ""
    return f"""<html><head><title>{escape(TITLE)}</title></head>
<body><table width="980"><tr>
<td class="menu" width="160"><a href="/">Accueil</a><br><a href="/region">Région</a><br>
<a href="/faits-divers">Faits divers</a><br><a href="/sports">Sports</a></td>
<td class="main" width="560">
<div class="chapeau"><h1>{escape(TITLE)}</h1><div class="date">{date}</div></div>
<div id="article-body" class="texte">
{paragraphs_html(paragraphs)}
</div>
<div class="pub">Publicité</div>
</td>
<td class="droite" width="260"><h4>Les plus lus</h4><ul>
<li><a href="/1">Marseille : un incendie ravage 12 hectares</a></li>
<li><a href="/2">Toulon : la mairie recrute 40 saisonniers</a></li></ul></td>
</tr></table></body></html>
"""


def home_page() -> str:
    """A front page: teasers and links, no article."""
    teasers = "\n".join(
        f'<div class="teaser"><h2><a href="/{n}">{title}</a></h2></div>'
        for n, title in enumerate(
            [
                "Mexique : 3.000 migrants bloqués à la frontière",
                "Trump promet 15.000 soldats",
                "Football : Marseille s'impose 2-0 à Lyon",
                "Météo : un week-end pluvieux en Provence",
            ]
        )
    )
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>{SITE} - Actualités</title></head><body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav>
</header><main>{teasers}</main>
<footer><p>© 2018 {SITE} - Mentions légales - Contact</p></footer></body></html>
"""


LAYOUTS = {"newsroom": newsroom_page, "blog": blog_page, "regional": regional_page}


def page_bytes(layout: str, paragraphs: list[str]) -> bytes:
    """The page as a server sends it: the blog in its declared Windows-1252, the others UTF-8."""
    html = LAYOUTS[layout](paragraphs)
    return html.encode("cp1252" if layout == "blog" else "utf-8")


def build_warc(responses: list[tuple], *, gzip: bool = True, with_requests: bool = True) -> bytes:
    """A WARC in memory, written with warcio: ``responses`` are (uri, status, content type,
    body bytes, WARC date); each is preceded by its request record, as crawlers write them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "tests"}))
    for uri, status, content_type, body, warc_date in responses:
        if with_requests:
            request = StatusAndHeaders(f"GET {uri} HTTP/1.1", [], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "request",
                    payload=io.BytesIO(b""),
                    http_headers=request,
                    warc_headers_dict={"WARC-Date": warc_date},
                )
            )
        headers = [("Content-Type", content_type)] if content_type else []
        if status.startswith("3"):
            headers.append(("Location", uri + "/"))
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": warc_date},
            )
        )
    return buffer.getvalue()
