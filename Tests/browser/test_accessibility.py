"""axe-core 4.x on one page of every page type: no WCAG 2.2 A or AA violations."""
import json
from pathlib import Path

import axe_playwright_python
import pytest

from conftest import page_types

AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def run_axe(browser):
    browser.execute_script(AXE)
    return browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done({version: axe.version, violations: r.violations}))"
        ".catch(e => done({error: String(e)}));", TAGS)


def test_axe_version_is_4(browser, server):
    browser.get(server)
    result = run_axe(browser)
    assert result["version"].startswith("4."), result


@pytest.mark.parametrize("kind", [
    "home", "review", "brief", "briefing", "page", "themes", "theme", "reviews", "review-types",
    "review-type", "committee", "year", "search", "glance", "recommendations"])
def test_no_wcag_violations(browser, server, site, kind):
    browser.set_window_size(1280, 900)
    browser.get(server + page_types(site)[kind])
    result = run_axe(browser)
    assert "error" not in result, result
    problems = [
        {"id": v["id"], "impact": v["impact"], "help": v["help"],
         "targets": [node["target"] for node in v["nodes"]][:5]}
        for v in result["violations"]
    ]
    assert problems == [], json.dumps(problems, indent=2)
    # Conventions axe leaves to best practice: one h1, the landmarks, a skip link to main.
    assert len(browser.find_elements("tag name", "h1")) == 1
    for landmark in ("header", "nav", "main", "footer"):
        assert browser.find_elements("tag name", landmark), landmark
    assert browser.find_element("css selector", "a.skip-link").get_attribute("href").endswith("#main")


def test_no_wcag_violations_on_a_phone(browser, server, site):
    browser.set_window_size(390, 844)
    try:
        for kind in ("home", "review", "briefing"):
            browser.get(server + page_types(site)[kind])
            result = run_axe(browser)
            assert result["violations"] == [], (kind, [v["id"] for v in result["violations"]])
    finally:
        browser.set_window_size(1280, 900)
