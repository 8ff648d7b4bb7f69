#!/usr/bin/env python3
"""Page budgets of a built site (a report, not a test; `scripts/bench-pages` runs it).

    page_budgets.py SITE [--runs 3] [--throttle 4] [--width 390] [--budget-kb 100] [--budget-nodes 3000] [--budget-lcp 2.0]

1. Every HTML page of SITE, read from disk: its size, its size gzipped (level 6, as web servers send
   it) and its number of elements (start tags: each is one DOM element, since no page holds a `<`
   that is not a tag). Budget: at most 100 kB gzipped and 3,000 elements; the pages over the element
   budget are listed (the glance page and documents with unusually long bodies may be).
2. The pages of the issue's table, loaded in headless Chromium as on a phone (390 CSS pixels, 4x CPU
   throttling) from a loopback server that sends them gzipped, each the median of `runs` loads with an
   empty cache: HTML and gzip bytes, DOM elements, the largest contentful paint and the load event;
   for the recommendations tracker also how long a filter change takes to show its rows. Budget: the
   largest content painted within 2 s.

Prints Markdown tables; exits 1 when a budget is broken.
"""
import argparse
import functools
import gzip
import http.server
import re
import shutil
import statistics
import sys
import threading
from pathlib import Path

START_TAG = re.compile(rb"<[a-zA-Z]")
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def static_pass(site: Path):
    """(path, bytes, gzip bytes, elements) of every page of the site."""
    pages = []
    for file in sorted(site.rglob("index.html")):
        data = file.read_bytes()
        path = "" if file.parent == site else str(file.parent.relative_to(site)) + "/"
        pages.append((path, len(data), gzip_size(data), len(START_TAG.findall(data))))
    return pages


def kind_of(path: str) -> str:
    """The page type a path is of, for the report: list pages, documents, the glance, ..."""
    parts = path.strip("/").split("/")
    if path == "":
        return "home"
    if "page" in parts:
        return parts[0] + " (later pages)"
    if parts[0] in ("reviews", "briefs", "briefings") and len(parts) == 2:
        return parts[0][:-1] + " pages"
    return parts[0] + ("" if len(parts) == 1 else " (one)")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files as a production static server does: text gzipped (once, then from memory)."""
    cache: dict = {}

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = Path(self.translate_path(self.path.split("?")[0]))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file() or not path.name.endswith(COMPRESSIBLE) or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().do_GET()
        if path not in self.cache:
            self.cache[path] = gzip.compress(path.read_bytes(), compresslevel=6)
        body = self.cache[path]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)


MEASURE = """
const done = arguments[arguments.length - 1];
let lcp = 0;
new PerformanceObserver(list => { for (const e of list.getEntries()) lcp = e.renderTime || e.loadTime || e.startTime; })
  .observe({type: 'largest-contentful-paint', buffered: true});
setTimeout(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  let nodes = 0;
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) nodes++;
  done({lcp: lcp / 1000, load: nav.loadEventEnd / 1000, transfer: nav.encodedBodySize, html: nav.decodedBodySize,
        elements: document.getElementsByTagName('*').length, nodes: nodes});
}, 300);
"""

FILTER = """
const done = arguments[arguments.length - 1];
const select = document.getElementById('filter-status');
const status = document.getElementById('tracker-status');
const before = status.textContent;
const started = performance.now();
const watch = new MutationObserver(() => {
  if (status.textContent !== before && /^Showing/.test(status.textContent)) {
    watch.disconnect();
    requestAnimationFrame(() => setTimeout(() => done((performance.now() - started) / 1000), 0));
  }
});
watch.observe(status, {childList: true, characterData: true, subtree: true});
select.value = select.value === 'in-progress' ? 'complete' : 'in-progress';
select.dispatchEvent(new Event('change'));
setTimeout(() => done(null), 30000);
"""


def browser_pass(site: Path, pages: dict, runs: int, throttle: float, width: int):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    handler = functools.partial(GzipHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(120)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 844, "deviceScaleFactor": 2, "mobile": True})
    driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": throttle})
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    results = {}
    try:
        for label, path in pages.items():
            samples = []
            for _ in range(runs):
                driver.get("about:blank")
                driver.get(base + path)
                sample = driver.execute_async_script(MEASURE)
                if label == "recommendations tracker":
                    sample["filter"] = driver.execute_async_script(FILTER)
                samples.append(sample)
            results[label] = {key: statistics.median(s[key] for s in samples if s.get(key) is not None)
                              for key in samples[0] if any(s.get(key) is not None for s in samples)}
            results[label]["path"] = path
    finally:
        driver.quit()
        httpd.shutdown()
    return results


def kilobytes(size: float) -> str:
    return f"{size / 1024:,.1f} kB" if size < 1024 * 1024 else f"{size / 1024 / 1024:,.2f} MB"


def table_pages(site: Path) -> dict:
    """The pages of the issue's table (and a few more of each kind), by label."""
    review = max((site / "reviews").glob("*/index.html"), key=lambda p: p.stat().st_size).parent.name
    pages = {"recommendations tracker": "recommendations/", "seven-minute briefings listing": "briefings/",
             "reviews listing": "reviews/", "a theme page (neglect)": "themes/neglect/", "home": "",
             "reviews listing, page 2": "reviews/page/2/", "learning at a glance": "glance/",
             "the longest review": f"reviews/{review}/"}
    return {label: path for label, path in pages.items() if (site / path / "index.html").exists()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--throttle", type=float, default=4)
    parser.add_argument("--width", type=int, default=390)
    parser.add_argument("--budget-kb", type=float, default=100)
    parser.add_argument("--budget-nodes", type=int, default=3000)
    parser.add_argument("--budget-lcp", type=float, default=2.0)
    args = parser.parse_args()
    failed = False

    pages = static_pass(args.site)
    heaviest = max(pages, key=lambda p: p[2])
    most = max(pages, key=lambda p: p[3])
    print(f"## Every page of {args.site} ({len(pages):,} pages, read from disk)\n")
    print(f"- largest gzipped: {kilobytes(heaviest[2])} ({heaviest[0] or 'home'}); budget {args.budget_kb:g} kB")
    print(f"- most elements: {most[3]:,} ({most[0] or 'home'}); budget {args.budget_nodes:,}")
    over_size = [p for p in pages if p[2] > args.budget_kb * 1024]
    over_nodes = [p for p in pages if p[3] > args.budget_nodes]
    print(f"- pages over {args.budget_kb:g} kB gzipped: {len(over_size)}")
    for path, size, packed, elements in over_size[:20]:
        print(f"  - {path}: {kilobytes(packed)}")
    failed |= bool(over_size)
    print(f"- pages over {args.budget_nodes:,} elements: {len(over_nodes)}")
    kinds = {}
    for page in over_nodes:
        kinds.setdefault(kind_of(page[0]), []).append(page)
    for kind, members in sorted(kinds.items()):
        largest = max(members, key=lambda p: p[3])
        print(f"  - {kind}: {len(members)} (most {largest[3]:,}, {largest[0]})")
    # Only the glance and documents (whose bodies the authors write) may exceed the element budget.
    failed |= any(not (kind == "glance" or kind.endswith(" pages")) for kind in kinds)

    print(f"\n## The pages of the table at {args.width} px, {args.throttle:g}x CPU throttling, "
          f"gzipped from loopback (median of {args.runs})\n")
    print("| page | HTML | gzip | DOM elements (all nodes) | largest contentful paint | load |")
    print("|---|---|---|---|---|---|")
    results = browser_pass(args.site, table_pages(args.site), args.runs, args.throttle, args.width)
    for label, result in results.items():
        extra = f"; a filter change {result['filter']:.2f} s" if "filter" in result else ""
        print(f"| {label} | {kilobytes(result['html'])} | {kilobytes(result['transfer'])} | "
              f"{result['elements']:,.0f} ({result['nodes']:,.0f}) | {result['lcp']:.2f} s | {result['load']:.2f} s{extra} |")
        failed |= result["lcp"] > args.budget_lcp or result["transfer"] > args.budget_kb * 1024
    print("\nbudgets " + ("BROKEN" if failed else "held"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
