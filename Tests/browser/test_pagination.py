"""Lists in pages of fifty: stable addresses, rel prev/next, counts that say what a page shows, and
page links that work with a mouse, with a keyboard, with the back button and from disk (file://)."""
import html.parser
import re
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def heading(browser):
    """The list's heading, as it shows (screen readers also hear that the list is newest first)."""
    text = browser.find_element(By.ID, "list-heading").text
    assert text.endswith(", newest first")
    return text.removesuffix(", newest first").strip()


def head_link(browser, rel):
    found = browser.find_elements(By.CSS_SELECTOR, f'link[rel="{rel}"]')
    return found[0].get_attribute("href") if found else None


def titles(browser):
    return [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".document-list .document-item__title a")]


def click_and_wait(browser, element):
    old = browser.current_url
    element.click()
    WebDriverWait(browser, 10).until(lambda b: b.current_url != old and b.execute_script("return document.readyState") == "complete")


def test_next_previous_and_back_walk_a_list(browser, synthetic_server):
    browser.get(synthetic_server + "briefs/")
    first = heading(browser)
    total = int(re.search(r"of ([\d,]+) learning briefs", first).group(1).replace(",", ""))
    assert first == f"Showing 1–50 of {total:,} learning briefs" and total > 100
    assert head_link(browser, "prev") is None
    assert head_link(browser, "next") == synthetic_server + "briefs/page/2/"
    page_one = titles(browser)
    assert len(page_one) == 50

    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, '.pagination a[rel="next"]'))
    assert browser.current_url == synthetic_server + "briefs/page/2/"
    assert heading(browser) == f"Showing 51–100 of {total:,} learning briefs"
    assert "page 2 of" in browser.title
    assert head_link(browser, "prev") == synthetic_server + "briefs/"
    assert head_link(browser, "next") == synthetic_server + "briefs/page/3/"
    page_two = titles(browser)
    assert len(page_two) == 50 and not set(page_one) & set(page_two)
    current = browser.find_element(By.CSS_SELECTOR, '.pagination a[aria-current="page"]')
    assert current.text.endswith("2")

    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, '.pagination a[rel="prev"]'))
    assert browser.current_url == synthetic_server + "briefs/" and titles(browser) == page_one
    browser.back()
    WebDriverWait(browser, 10).until(lambda b: b.current_url.endswith("briefs/page/2/"))
    assert titles(browser) == page_two


def test_the_last_page_is_a_link_away_and_ends_the_list(browser, synthetic_server):
    browser.get(synthetic_server + "briefs/")
    links = browser.find_elements(By.CSS_SELECTOR, ".pagination__pages a")
    last = links[-1]
    count = int(last.text.split()[-1])
    click_and_wait(browser, last)
    assert browser.current_url == synthetic_server + f"briefs/page/{count}/"
    shown = heading(browser)
    match = re.fullmatch(r"Showing ([\d,]+)–([\d,]+) of ([\d,]+) learning briefs", shown)
    assert match and match.group(2) == match.group(3), shown
    assert int(match.group(1).replace(",", "")) == (count - 1) * 50 + 1
    assert not browser.find_elements(By.CSS_SELECTOR, '.pagination a[rel="next"]')
    assert head_link(browser, "next") is None


def test_page_links_work_with_a_keyboard(browser, synthetic_server):
    browser.get(synthetic_server + "reviews/")
    next_link = browser.find_element(By.CSS_SELECTOR, '.pagination a[rel="next"]')
    for _ in range(400):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        if browser.switch_to.active_element == next_link:
            break
    else:
        raise AssertionError("Tab never reached the Next link")
    assert next_link.get_attribute("href").endswith("reviews/page/2/")
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    WebDriverWait(browser, 10).until(lambda b: b.current_url.endswith("reviews/page/2/"))
    assert heading(browser).startswith("Showing 51–")


def test_page_links_work_from_disk(browser, synthetic_site):
    browser.get((synthetic_site / "themes" / "neglect" / "index.html").as_uri())
    assert browser.find_element(By.CSS_SELECTOR, ".lede").text, "the first page has the theme's description"
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, '.pagination a[rel="next"]'))
    assert browser.current_url.endswith("themes/neglect/page/2/index.html")
    assert heading(browser).startswith("Showing 51–")
    assert not browser.find_elements(By.CSS_SELECTOR, ".lede"), "later pages are the list alone"
    assert not browser.find_elements(By.CSS_SELECTOR, ".related-themes")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".breadcrumbs li:nth-last-child(2) a"))
    assert browser.current_url.endswith("themes/neglect/index.html")
    assert browser.find_element(By.CSS_SELECTOR, ".related-themes").is_displayed()


class ListParser(html.parser.HTMLParser):
    """The links of a page's list entries, and its list heading."""

    def __init__(self):
        super().__init__()
        self.entries, self.heading, self._in_title, self._in_heading = [], "", False, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "h3" and "document-item__title" in attrs.get("class", ""):
            self._in_title = True
        elif tag == "a" and self._in_title:
            self.entries.append(attrs["href"])
        elif tag == "h2" and attrs.get("id") == "list-heading":
            self._in_heading = True
        elif tag == "span" and self._in_heading:
            self._in_heading = False

    def handle_endtag(self, tag):
        if tag == "h3":
            self._in_title = False
        if tag == "h2":
            self._in_heading = False

    def handle_data(self, data):
        if self._in_heading:
            self.heading += data


def read_list(page: Path):
    """The entries (links relative to the page) and the heading of a page of a list."""
    parser = ListParser()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.entries, parser.heading


@pytest.mark.parametrize("listing", ["reviews/", "briefs/", "briefings/", "themes/neglect/", "committees/north-cpc/",
                                     "review-types/scr/", "years/2020/"])
def test_the_pages_of_a_list_hold_each_of_its_documents_once(synthetic_site, listing):
    folder = synthetic_site / listing
    later = sorted((folder / "page").glob("*/index.html"), key=lambda p: int(p.parent.name)) if (folder / "page").exists() else []
    pages = [folder / "index.html"] + later
    assert [int(p.parent.name) for p in later] == list(range(2, len(pages) + 1))
    seen = []
    for number, page in enumerate(pages, start=1):
        entries, shown = read_list(page)
        assert 0 < len(entries) <= 50, page
        if len(pages) > 1:
            assert shown.startswith(f"Showing {(number - 1) * 50 + 1:,}–"), shown
        seen += [(page.parent / href).resolve() for href in entries]
    assert len(seen) == len(set(seen))
    total = re.search(r"of ([\d,]+)|All ([\d,]+)", read_list(pages[0])[1])
    assert len(seen) == int((total.group(1) or total.group(2)).replace(",", ""))
    assert all((entry / "index.html").exists() for entry in seen)
