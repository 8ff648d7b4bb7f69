"""Shared fixtures: the sample hub built once, served under a sub-path, and a headless Chromium."""
import functools
import http.server
import os
import re
import shutil
import subprocess
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO = Path(__file__).resolve().parents[2]
SUB_PATH = "/learning-hub/"
ARTIFACTS = REPO / "test-artifacts"


def generator() -> Path:
    """The learning-hub binary built by `swift build` (debug unless LEARNING_HUB_BIN says otherwise)."""
    override = os.environ.get("LEARNING_HUB_BIN")
    if override:
        return Path(override)
    for config in ("debug", "release"):
        candidate = REPO / ".build" / config / "learning-hub"
        if candidate.exists():
            return candidate
    raise RuntimeError("build the generator first: swift build")


def build(content: Path, root: Path) -> Path:
    """Builds the hub at `content` into `root`/learning-hub (without a cache) and returns that folder."""
    output = root / "learning-hub"
    subprocess.run([str(generator()), "build", "--content", str(content), "--theme", str(REPO / "themes" / "default"),
                    "--output", str(output), "--no-cache"], check=True, capture_output=True, text=True, cwd=root)
    return output


@pytest.fixture(scope="session")
def site() -> Path:
    """The sample hub in content/, built into a temporary folder (served as /learning-hub/)."""
    root = Path(tempfile.mkdtemp(prefix="hub-e2e-"))
    yield build(REPO / "content", root)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def synthetic_site() -> Path:
    """A synthetic hub of 300 documents (`synthetic_hub.write_hub`): every list and the tracker have several pages."""
    from synthetic_hub import write_hub
    root = Path(tempfile.mkdtemp(prefix="hub-e2e-300-"))
    yield build(write_hub(root / "content", 300), root)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def markdown_site() -> Path:
    """A hub holding every GFM table and heading form (`synthetic_hub.write_markdown_hub`)."""
    from synthetic_hub import write_markdown_hub
    root = Path(tempfile.mkdtemp(prefix="hub-e2e-md-"))
    yield build(write_markdown_hub(root / "content"), root)
    shutil.rmtree(root, ignore_errors=True)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serving(site: Path, handler_class=QuietHandler):
    """A real HTTP server on loopback serving `site` under a sub-path; gives the site's base URL."""
    handler = functools.partial(handler_class, directory=str(site.parent))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{SUB_PATH}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def server(site: Path) -> str:
    """The sample hub served under a sub-path; yields the site's base URL."""
    with serving(site) as url:
        yield url


@pytest.fixture(scope="session")
def synthetic_server(synthetic_site: Path) -> str:
    """The 300-document hub served under a sub-path; yields the site's base URL."""
    with serving(synthetic_site) as url:
        yield url


@contextmanager
def viewport(browser, width: int, height: int = 844):
    """The page laid out as on a phone `width` CSS pixels wide (touch, overlay scroll bars, the
    viewport meta tag honoured), put back to the desktop window afterwards."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    try:
        yield
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def all_pages(site: Path) -> list:
    """Every HTML page of a built site, as paths relative to its root ("" for the home page)."""
    return sorted("" if p.parent == site else str(p.parent.relative_to(site)) + "/" for p in site.rglob("index.html"))


class RangeHandler(QuietHandler):
    """Honours one `Range: bytes=a-b` on a file, as production static servers do (Python's own does not),
    and records each request's path, Range header and status in `sent`."""
    sent: list = []

    def do_GET(self):
        asked = self.headers.get("Range")
        path = self.translate_path(self.path)
        match = re.fullmatch(r"bytes=(\d+)-(\d+)", asked or "")
        if not match or not os.path.isfile(path):
            self.sent.append((self.path, asked, 200))
            super().do_GET()
            return
        data = Path(path).read_bytes()
        start, end = int(match[1]), min(int(match[2]), len(data) - 1)
        if start > end:
            self.sent.append((self.path, asked, 416))
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{len(data)}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.sent.append((self.path, asked, 206))
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        self.wfile.write(data[start:end + 1])


@pytest.fixture(scope="session")
def range_server(site: Path):
    """Like `server`, but honouring range requests; yields the site's base URL and the list of requests."""
    handler_class = type("RecordingRangeHandler", (RangeHandler,), {"sent": []})
    with serving(site, handler_class) as url:
        yield url, handler_class.sent


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium from Debian's packages, driven through Debian's chromedriver."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--lang=en-GB"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def page_types(site: Path) -> dict:
    """One page of every page type of the built site, as paths relative to the site root."""
    def first(folder: str) -> str:
        names = sorted(p.name for p in (site / folder).iterdir() if p.is_dir())
        return f"{folder}/{names[0]}/"
    return {
        "home": "",
        "review": first("reviews"),
        "brief": first("briefs"),
        "briefing": first("briefings"),
        "page": "about/",
        "themes": "themes/",
        "theme": "themes/neglect/",
        "reviews": "reviews/",
        "review-types": "review-types/",
        "review-type": first("review-types"),
        "committee": first("committees"),
        "year": first("years"),
        "search": "search/?q=neglect",
        "glance": "glance/",
        "recommendations": "recommendations/",
    }
