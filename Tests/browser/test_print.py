"""Every seven-minute briefing of the sample hub prints on exactly one A4 page."""
import base64
import re
import subprocess
import tempfile

import pytest

from conftest import REPO, ARTIFACTS


def briefing_paths(site):
    return sorted(f"briefings/{p.name}/" for p in (site / "briefings").iterdir() if p.is_dir())


def print_pdf(browser, url):
    browser.get(url)
    data = browser.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True,
                                                       "printBackground": False})["data"]
    return base64.b64decode(data)


def page_count(pdf: bytes) -> int:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        info = subprocess.run(["pdfinfo", file.name], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def test_the_sample_hub_has_briefings(site):
    assert len(briefing_paths(site)) >= 4


def test_every_briefing_prints_on_one_a4_page(browser, server, site):
    (ARTIFACTS / "print").mkdir(parents=True, exist_ok=True)
    for path in briefing_paths(site):
        pdf = print_pdf(browser, server + path)
        (ARTIFACTS / "print" / (path.strip("/").replace("/", "_") + ".pdf")).write_bytes(pdf)
        assert page_count(pdf) == 1, path


def test_a_review_prints_without_navigation(browser, server, site):
    review = sorted(p.name for p in (site / "reviews").iterdir() if p.is_dir())[0]
    browser.get(server + f"reviews/{review}/")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = browser.execute_script(
            "return ['.site-nav', '.site-header', '.breadcrumbs', '.site-footer']"
            ".map(s => document.querySelector(s)).map(e => e && getComputedStyle(e).display)")
        assert hidden == ["none", "none", "none", "none"]
        source = browser.find_element("css selector", ".print-source")
        assert source.is_displayed()
        assert f"https://example.org/learning-hub/reviews/{review}/" in source.text
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_a_review_prints_without_its_related_learning(browser, server, site):
    """The printed review ends with its own text and the learning drawn from it, not a page of links."""
    reviews = sorted(p.name for p in (site / "reviews").iterdir() if p.is_dir())
    review = next(name for name in reviews if "related-learning" in (site / "reviews" / name / "index.html").read_text())
    browser.get(server + f"reviews/{review}/")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert browser.execute_script("return getComputedStyle(document.querySelector('.related-learning')).display") == "none"
        assert browser.find_element("css selector", ".recommendations").is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_a_printed_briefing_says_which_hub_and_committee_it_comes_from(browser, server, site):
    path = next(p for p in briefing_paths(site) if "Committee" in (site / p / "index.html").read_text())
    browser.get(server + path)
    committee = browser.execute_script(
        "return [...document.querySelectorAll('.facts dt')].find(dt => dt.textContent === 'Committee').nextElementSibling.textContent")
    hub = browser.find_element("css selector", ".site-title").text
    origin = browser.find_element("css selector", ".print-url")
    assert not origin.is_displayed(), "on screen the header and facts say it"
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert origin.is_displayed()
        assert hub in origin.text and committee in origin.text
        assert f"https://example.org/learning-hub/{path}" in origin.text
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
