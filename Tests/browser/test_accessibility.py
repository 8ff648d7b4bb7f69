"""axe-core 4.x with the WCAG 2.2 A and AA rules and its best practices: nothing found on any page of
the sample hub at 320, 390 and 1280 pixels wide, nor on the later pages of a long list."""
import json
from pathlib import Path

import axe_playwright_python
import pytest

from conftest import all_pages, page_types, viewport

AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


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
def test_every_page_type_has_one_h1_the_landmarks_and_a_skip_link(browser, server, site, kind):
    """Conventions beyond axe's rules (which `test_nothing_found_on_any_page_at_any_width` runs on every page)."""
    browser.set_window_size(1280, 900)
    browser.get(server + page_types(site)[kind])
    assert len(browser.find_elements("tag name", "h1")) == 1
    for landmark in ("header", "nav", "main", "footer"):
        assert browser.find_elements("tag name", landmark), landmark
    assert browser.find_element("css selector", "a.skip-link").get_attribute("href").endswith("#main")


def violations(browser, url):
    browser.get(url)
    result = run_axe(browser)
    assert "error" not in result, result
    return [(v["id"], [node["target"] for node in v["nodes"]][:3]) for v in result["violations"]]


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_nothing_found_on_any_page_at_any_width(browser, server, site, width):
    pages = all_pages(site) + ["search/?q=neglect"]
    assert len(pages) > 40
    found = {}
    with viewport(browser, width, 900):
        for page in pages:
            problems = violations(browser, server + page)
            if problems:
                found[page] = problems
    assert found == {}, json.dumps(found, indent=1)


def test_nothing_found_on_the_pages_of_a_long_list(browser, synthetic_server):
    found = {}
    for page in ["reviews/", "reviews/page/2/", "themes/neglect/page/2/", "recommendations/page/2/", "glance/"]:
        problems = violations(browser, synthetic_server + page)
        if problems:
            found[page] = problems
    assert found == {}, json.dumps(found, indent=1)
