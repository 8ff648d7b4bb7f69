"""The search client in a real browser: ranking, typing, facets, the URL, file:// and the keyboard."""
import json
import time
import urllib.parse

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def wait_for(browser, condition, timeout=10):
    return WebDriverWait(browser, timeout).until(lambda d: condition())


def results(browser):
    """The titles of the results shown, read in one go (the list is redrawn as the user types)."""
    return browser.execute_script(
        "return Array.from(document.querySelectorAll('#search-results li')).map(li => {"
        " const a = li.querySelector('h2 a'); return a ? a.textContent : null; })")


def settled(browser, query):
    """The status names the whole query and every result shown has been filled in."""
    shown = results(browser)
    return query in status(browser) and len(shown) > 0 and None not in shown


def status(browser):
    return browser.execute_script("return document.getElementById('search-status').textContent")


def search(browser, base, query):
    browser.get(base + "search/")
    box = browser.find_element("id", "search-input")
    box.send_keys(query)
    wait_for(browser, lambda: settled(browser, query))
    return results(browser)


@pytest.mark.parametrize("query, expected_first", [
    ("thematic review neglect adolescents", "Thematic review of neglect of adolescents"),
    ("significant case review Baby J", "Significant case review of Baby J"),
    ("professional curiosity", "Seven-minute briefing: professional curiosity"),
    ("Young Person M transitions", "Seven-minute briefing: Young Person M and transitions"),
    ("initial case review", "Initial case review of Child K"),
    ("accessibility", "Accessibility statement"),
])
def test_typing_a_query_shows_the_expected_document_first(browser, server, query, expected_first):
    found = search(browser, server, query)
    assert found[0] == expected_first, found[:5]


def test_the_last_word_matches_as_a_prefix_while_typing(browser, server):
    browser.get(server + "search/")
    browser.find_element("id", "search-input").send_keys("safegu")
    wait_for(browser, lambda: settled(browser, "safegu"))
    assert "safegu" in browser.current_url
    marks = [m.text.lower() for m in browser.find_elements("css selector", "#search-results mark")]
    assert any(m.startswith("safegu") and len(m) > len("safegu") for m in marks), marks


def test_quoted_phrases_match_words_together(browser, server):
    loose = search(browser, server, "voice child")
    phrase = search(browser, server, '"voice of the child"')
    assert 0 < len(phrase) < len(loose)
    excerpts = " ".join(e.text.lower() for e in browser.find_elements("css selector", "#search-results .document-item__summary"))
    assert "voice of" in excerpts


def test_an_excerpt_downloads_only_its_own_text_where_the_server_honours_ranges(browser, range_server, site):
    # The plain `server` ignores ranges, so every other test here takes the whole-file path.
    base, sent = range_server
    sent.clear()
    search(browser, base, "neglect")
    wait_for(browser, lambda: any("\u2026" in e.text for e in
                                  browser.find_elements("css selector", "#search-results .document-item__summary")))
    texts = [(path, asked, code) for path, asked, code in sent if "/search/index/text/" in path]
    assert texts, sent
    members = {}
    for number, summaries in enumerate(json_files(site / "search" / "index" / "docs")):
        for summary in summaries:
            if "text" in summary:
                start, length = summary["text"]
                members[(number, start)] = length
    for path, asked, code in texts:
        assert code == 206, (path, asked)
        start, end = (int(part) for part in asked.removeprefix("bytes=").split("-"))
        group = int(path.rsplit("/", 1)[1].split(".")[0])
        assert members.get((group, start)) == end - start + 1, (path, asked)


def test_excerpts_are_fetched_for_the_results_on_screen_and_the_rest_as_they_are_scrolled_to(browser, range_server):
    base, sent = range_server
    size = browser.get_window_size()
    browser.set_window_size(390, 640)
    try:
        sent.clear()
        shown = search(browser, base, "child")
        assert len(shown) >= 8, shown
        time.sleep(0.5)
        fetched = lambda: len([path for path, _, _ in sent if "/search/index/text/" in path])
        early = fetched()
        assert 0 < early < len(shown), (early, len(shown))
        last = browser.find_elements("css selector", "#search-results li")[-1]
        browser.execute_script("arguments[0].scrollIntoView()", last)
        wait_for(browser, lambda: fetched() > early)
        wait_for(browser, lambda: "\u2026" in last.find_element("css selector", ".document-item__summary").text)
    finally:
        browser.set_window_size(size["width"], size["height"])


def json_files(folder):
    """The JSON files `0.json`, `1.json`, ... in `folder`, decoded, in order."""
    number = 0
    while (folder / f"{number}.json").exists():
        yield json.loads((folder / f"{number}.json").read_text(encoding="utf-8"))
        number += 1


def test_results_are_announced_politely_and_each_links_to_its_document(browser, server):
    search(browser, server, "neglect")
    line = browser.find_element("id", "search-status")
    assert line.get_attribute("aria-live") == "polite"
    assert line.get_attribute("role") == "status"
    # The status counts every result; the list shows the first page of ten (the rest behind "More results").
    total = int(status(browser).split()[0])
    assert status(browser).startswith(f"{total} results") and len(results(browser)) == min(total, 10)
    for link in browser.find_elements("css selector", "#search-results li h2 a"):
        href = link.get_attribute("href")
        assert href.startswith(server) and href.endswith("/")
    label = browser.find_element("css selector", "label[for='search-input']")
    assert label.text


def test_a_facet_narrows_results_and_counts_update(browser, server):
    search(browser, server, "neglect")
    before = results(browser)
    briefing_box = browser.find_element("id", "facet-type-briefing")
    expected = int(browser.find_element("css selector", "label[for='facet-type-briefing'] .count").text.strip("()"))
    theme_count_before = browser.find_element("css selector", "label[for='facet-theme-neglect'] .count").text
    briefing_box.click()
    wait_for(browser, lambda: len(results(browser)) == expected)
    assert len(results(browser)) < len(before)
    assert "type=briefing" in browser.current_url and "q=neglect" in browser.current_url
    assert "filtered by Type: Seven-minute briefing" in status(browser)
    theme_count_after = browser.find_element("css selector", "label[for='facet-theme-neglect'] .count").text
    assert theme_count_after != theme_count_before
    # Back undoes the filter.
    browser.back()
    wait_for(browser, lambda: len(results(browser)) == len(before))
    assert not browser.find_element("id", "facet-type-briefing").is_selected()


def test_a_shared_url_restores_query_and_filters(browser, server):
    browser.get(server + "search/?" + urllib.parse.urlencode({"q": "neglect", "theme": "transitions"}))
    wait_for(browser, lambda: "result" in status(browser))
    assert browser.find_element("id", "search-input").get_attribute("value") == "neglect"
    assert browser.find_element("id", "facet-theme-transitions").is_selected()
    assert "Learning theme: Transitions" in status(browser)


def test_facets_work_without_a_query(browser, server):
    browser.get(server + "search/?theme=pre-birth")
    wait_for(browser, lambda: settled(browser, "Pre-birth"))
    assert len(results(browser)) == 3
    assert status(browser).startswith("3 results filtered by Learning theme: Pre-birth")


def test_search_works_when_the_site_is_opened_from_disk(browser, site):
    browser.get((site / "search" / "index.html").as_uri() + "?q=safer+sleep")
    wait_for(browser, lambda: settled(browser, "safer sleep"))
    assert len(results(browser)) == 3 and "Significant case review of Baby J" in results(browser)
    link = browser.find_element("css selector", "#search-results li h2 a").get_attribute("href")
    assert link.startswith("file://") and link.endswith("/index.html")
    browser.find_element("id", "facet-type-review").click()
    wait_for(browser, lambda: results(browser) and len(results(browser)) == 1)


def test_header_search_box_leads_to_results(browser, server):
    browser.get(server + "themes/")
    box = browser.find_element("id", "header-search-input")
    box.send_keys("neglect")
    box.send_keys(Keys.ENTER)
    wait_for(browser, lambda: settled(browser, "neglect"))
    assert "/search/?q=neglect" in browser.current_url


def test_keyboard_only_search(browser, server):
    browser.get(server + "search/")
    box = browser.find_element("id", "search-input")
    box.click()
    ActionChains(browser).send_keys("safer sleep").send_keys(Keys.ENTER).perform()
    wait_for(browser, lambda: settled(browser, "safer sleep"))
    # Tab onwards: the search button, then the filters; Space ticks a filter.
    for _ in range(6):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        if browser.switch_to.active_element.get_attribute("type") == "checkbox":
            break
    focused = browser.switch_to.active_element
    assert focused.get_attribute("type") == "checkbox"
    name, box_id = focused.get_attribute("name"), focused.get_attribute("id")
    ActionChains(browser).send_keys(Keys.SPACE).perform()
    wait_for(browser, lambda: name + "=" in browser.current_url)
    # The filters are redrawn with their new counts; focus stays on the box just ticked.
    assert browser.switch_to.active_element.get_attribute("id") == box_id
    assert browser.find_element("id", box_id).is_selected()


def test_without_javascript_the_form_leads_somewhere_useful(site):
    page = (site / "search" / "index.html").read_text(encoding="utf-8")
    assert "<noscript>" in page
    assert 'href="../themes/neglect/"' in page
