"""A hostile SVG in a hub's assets, opened in a real Chromium from the built site: nothing in it runs or
fetches. The same file as written by its author does run, which shows the check would see it."""
import functools
import http.server
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

from conftest import REPO, QuietHandler, generator

HOSTILE = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100"
     onload="document.title = 'pwned-onload'">
  <script>document.title = 'pwned-script'; window.pwned = true;</script>
  <rect id="bar" width="100" height="50" fill="#1d70b8" onmouseover="document.title = 'pwned-hover'"/>
  <image href="{track}/image.png" width="10" height="10"/>
  <use xlink:href="{track}/sprite.svg#icon"/>
  <rect width="10" height="10" style="fill: url({track}/paint.svg#p)"/>
  <style>@import url("{track}/sheet.css");</style>
  <foreignObject width="100" height="100">
    <iframe xmlns="http://www.w3.org/1999/xhtml" src="{track}/frame.html"></iframe>
  </foreignObject>
</svg>
"""


class RecordingHandler(QuietHandler):
    """Serves the folder and records every path asked for."""
    asked: list = []

    def do_GET(self):
        self.asked.append(self.path)
        super().do_GET()


@pytest.fixture(scope="module")
def hostile_site():
    """The sample hub with the hostile SVG linked from a brief, built and served; yields the base URL and the requests."""
    root = Path(tempfile.mkdtemp(prefix="hub-hostile-"))
    handler_class = type("Recording", (RecordingHandler,), {"asked": []})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler_class, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    content = root / "content"
    shutil.copytree(REPO / "content", content)
    (content / "assets").mkdir(exist_ok=True)
    svg = HOSTILE.format(track=base + "/track")
    (content / "assets" / "chart.svg").write_text(svg)
    (root / "raw.svg").write_text(svg)
    brief = sorted((content / "briefs").glob("*.md"))[0]
    brief.write_text(brief.read_text() + "\n\n![A chart of the learning](../assets/chart.svg)\n")
    built = subprocess.run([str(generator()), "build", "--content", str(content), "--theme", str(REPO / "themes" / "default"),
                            "--output", str(root / "site"), "--no-cache"], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    assert "removed from the published copy" in built.stderr
    page = next(path for path in (root / "site").rglob("index.html") if "assets/chart.svg" in path.read_text())
    yield base, handler_class.asked, page.relative_to(root).as_posix()
    httpd.shutdown()
    httpd.server_close()
    shutil.rmtree(root, ignore_errors=True)


def test_the_published_svg_runs_and_fetches_nothing(browser, hostile_site):
    base, asked, _ = hostile_site
    browser.get(base + "/site/assets/chart.svg")
    assert browser.execute_script("return document.documentElement.localName") == "svg"
    assert browser.execute_script("return document.getElementById('bar') !== null"), "the drawing is kept"
    browser.execute_script("document.getElementById('bar').dispatchEvent(new MouseEvent('mouseover'))")
    assert not browser.title.startswith("pwned"), browser.title
    assert browser.execute_script("return window.pwned === undefined")
    assert not [path for path in asked if path.startswith("/track")], asked


def test_the_brief_shows_the_svg_without_running_it(browser, hostile_site):
    base, asked, page = hostile_site
    browser.get(f"{base}/{page}")
    shown = browser.execute_script("return [...document.images].filter(i => i.src.endsWith('assets/chart.svg'))"
                                   ".map(i => i.complete && i.naturalWidth > 0)")
    assert shown == [True], "the chart is shown as an image"
    assert not browser.title.startswith("pwned")
    assert not [path for path in asked if path.startswith("/track")], asked


def test_the_unpublished_original_would_have_run(browser, hostile_site):
    """The control: the file as its author wrote it does run script, so the checks above could fail."""
    base, _, _ = hostile_site
    browser.get(base + "/raw.svg")
    assert browser.title.startswith("pwned"), browser.title
