"""Crawl the site served under /learning-hub/ from its home page: every internal link and asset answers 200."""
import html.parser
import urllib.error
import urllib.parse
import urllib.request


class LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and ((name == "href" and tag in ("a", "link")) or (name == "src" and tag in ("script", "img"))
                          or (name == "action" and tag == "form")):
                self.links.append(value)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, "", b""


def test_every_internal_link_answers_200(server):
    seen, queue, broken, pages = set(), [server], [], 0
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        status, kind, body = fetch(url)
        if status != 200:
            broken.append((url, status))
            continue
        if kind != "text/html":
            continue
        pages += 1
        parser = LinkParser()
        parser.feed(body.decode("utf-8"))
        for link in parser.links:
            absolute = urllib.parse.urldefrag(urllib.parse.urljoin(url, link))[0].split("?")[0]
            if absolute.startswith(server):
                queue.append(absolute)
            else:
                assert not absolute.startswith("http://127.0.0.1"), f"{url} links outside the sub-path: {link}"
    assert broken == []
    assert pages > 30
