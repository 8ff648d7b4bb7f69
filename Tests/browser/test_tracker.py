"""The recommendations tracker: a complete table without JavaScript; with it, filters kept in the URL
and a polite live region that says how many rows are shown."""
import html.parser
import urllib.parse
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def visible_rows(browser):
    return [row for row in browser.find_elements(By.CSS_SELECTOR, "#tracker-table tbody tr") if row.is_displayed()]


def all_rows(browser):
    return browser.find_elements(By.CSS_SELECTOR, "#tracker-table tbody tr")


def query(browser):
    return urllib.parse.parse_qs(urllib.parse.urlparse(browser.current_url).query)


def test_filters_by_status_theme_and_overdue_and_keep_them_in_the_url(browser, server):
    browser.get(server + "recommendations/")
    form = browser.find_element(By.ID, "tracker-filters")
    assert form.is_displayed(), "the script shows the filters"
    rows = all_rows(browser)
    assert len(rows) > 5 and len(visible_rows(browser)) == len(rows)
    status = browser.find_element(By.ID, "tracker-status")
    assert status.get_attribute("aria-live") == "polite"
    assert f"Showing all {len(rows)} recommendations" in status.text

    Select(browser.find_element(By.ID, "filter-status")).select_by_value("in-progress")
    shown = visible_rows(browser)
    assert shown and all(row.get_attribute("data-status") == "in-progress" for row in shown)
    assert query(browser) == {"status": ["in-progress"]}
    assert status.text.startswith(f"Showing {len(shown)} of {len(rows)} recommendations")

    Select(browser.find_element(By.ID, "filter-theme")).select_by_value("neglect")
    shown = visible_rows(browser)
    assert all("neglect" in row.get_attribute("data-themes").split() for row in shown)
    assert query(browser) == {"status": ["in-progress"], "theme": ["neglect"]}

    browser.find_element(By.ID, "filter-clear").click()
    browser.find_element(By.ID, "filter-overdue").click()
    shown = visible_rows(browser)
    assert shown and all(row.get_attribute("data-overdue") == "true" for row in shown)
    assert query(browser) == {"overdue": ["1"]}


def test_filters_are_read_from_the_url(browser, server):
    browser.get(server + "recommendations/?status=complete&theme=not-a-theme")
    WebDriverWait(browser, 5).until(lambda b: b.find_element(By.ID, "tracker-status").text)
    assert Select(browser.find_element(By.ID, "filter-status")).first_selected_option.get_attribute("value") == "complete"
    assert Select(browser.find_element(By.ID, "filter-theme")).first_selected_option.get_attribute("value") == ""
    assert all(row.get_attribute("data-status") == "complete" for row in visible_rows(browser))


def test_without_javascript_the_table_is_complete(site):
    html = (site / "recommendations" / "index.html").read_text(encoding="utf-8")
    assert 'id="tracker-filters"' in html and "hidden>" in html.split('id="tracker-filters"')[1].split("\n")[0]
    assert html.count("<tr data-status=") > 5
    assert ' hidden' not in html.split("<tbody>")[1].split("</tbody>")[0]


# ---- At scale: the tracker of a 300-document hub has several pages, and the filters find rows on all of them ----

class RowParser(html.parser.HTMLParser):
    """The rows of a page of the tracker: (review link, number, status, themes, overdue)."""

    def __init__(self):
        super().__init__()
        self.rows, self._row, self._in_id = [], None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr" and "data-status" in attrs:
            self._row = {"status": attrs["data-status"], "themes": attrs["data-themes"].split(),
                         "overdue": attrs["data-overdue"] == "true", "review": None, "id": ""}
        elif self._row is not None and tag == "a" and self._row["review"] is None:
            self._row["review"] = attrs["href"]
        elif self._row is not None and tag == "th":
            self._in_id = True

    def handle_endtag(self, tag):
        if tag == "th":
            self._in_id = False
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._in_id:
            self._row["id"] += data


def every_row(site: Path):
    """Every row of every page of the tracker, in order, read from the files: what the filters must find."""
    folder = site / "recommendations"
    pages = [folder / "index.html"] + sorted((folder / "page").glob("*/index.html"), key=lambda p: int(p.parent.name))
    rows = []
    for page in pages:
        parser = RowParser()
        parser.feed(page.read_text(encoding="utf-8"))
        for row in parser.rows:
            row["review"] = row["review"].rstrip("/").split("/")[-1]
        rows += parser.rows
    return rows


def shown_rows(browser):
    rows = []
    for row in visible_rows(browser):
        link = row.find_element(By.CSS_SELECTOR, "td a").get_attribute("href").rstrip("/")
        rows.append((link.replace("/index.html", "").split("/")[-1], row.find_element(By.CSS_SELECTOR, "th").text))
    return rows


def wait_for_status(browser, starts):
    WebDriverWait(browser, 10).until(lambda b: b.find_element(By.ID, "tracker-status").text.startswith(starts))
    return browser.find_element(By.ID, "tracker-status").text


def test_a_filter_finds_matching_rows_on_every_page(browser, synthetic_server, synthetic_site):
    rows = every_row(synthetic_site)
    assert len(rows) > 150
    browser.get(synthetic_server + "recommendations/")
    assert len(all_rows(browser)) == 50
    Select(browser.find_element(By.ID, "filter-status")).select_by_value("in-progress")
    expected = [(r["review"], r["id"]) for r in rows if r["status"] == "in-progress"]
    assert len(expected) > 50
    text = wait_for_status(browser, "Showing 1–50 of")
    assert f"of {len(expected)} matching recommendations, of {len(rows)}: in progress." in text
    assert shown_rows(browser) == expected[:50]
    assert query(browser) == {"status": ["in-progress"]}

    # The next page of matches, in place; the address keeps it, and Back returns to the first.
    browser.find_element(By.CSS_SELECTOR, '#tracker-pages a[rel="next"]').click()
    wait_for_status(browser, "Showing 51–")
    assert shown_rows(browser) == expected[50:100]
    assert query(browser) == {"status": ["in-progress"], "page": ["2"]}
    browser.back()
    wait_for_status(browser, "Showing 1–50 of")
    assert shown_rows(browser) == expected[:50]

    # Filters together: a theme and overdue only.
    Select(browser.find_element(By.ID, "filter-theme")).select_by_value("neglect")
    browser.find_element(By.ID, "filter-overdue").click()
    expected = [(r["review"], r["id"]) for r in rows
                if r["status"] == "in-progress" and "neglect" in r["themes"] and r["overdue"]]
    assert expected
    wait_for_status(browser, "Showing")
    WebDriverWait(browser, 10).until(lambda b: "overdue only" in b.find_element(By.ID, "tracker-status").text)
    assert shown_rows(browser) == expected[:50]
    assert query(browser) == {"status": ["in-progress"], "theme": ["neglect"], "overdue": ["1"]}

    # Cleared: the page's own rows and links again.
    browser.find_element(By.ID, "filter-clear").click()
    wait_for_status(browser, "Showing 1–50 of")
    assert shown_rows(browser) == [(r["review"], r["id"]) for r in rows[:50]]
    assert browser.find_element(By.CSS_SELECTOR, '#tracker-pages a[rel="next"]').get_attribute("href").endswith("page/2/")


def test_a_later_page_with_filters_in_its_address_shows_the_matches(browser, synthetic_server, synthetic_site):
    rows = every_row(synthetic_site)
    expected = [(r["review"], r["id"]) for r in rows if r["status"] == "complete"]
    browser.get(synthetic_server + "recommendations/page/3/?status=complete&page=2")
    wait_for_status(browser, "Showing 51–")
    assert shown_rows(browser) == expected[50:100]


def test_the_filters_work_from_disk(browser, synthetic_site):
    rows = every_row(synthetic_site)
    expected = [(r["review"], r["id"]) for r in rows if r["overdue"]]
    browser.get((synthetic_site / "recommendations" / "index.html").as_uri() + "?overdue=1")
    wait_for_status(browser, "Showing")
    assert shown_rows(browser) == expected[:50]
    link = browser.find_element(By.CSS_SELECTOR, "#tracker-table td a").get_attribute("href")
    assert link.startswith("file://") and link.endswith("/index.html")


def test_without_javascript_every_recommendation_is_on_a_page(synthetic_site):
    rows = every_row(synthetic_site)
    import json
    catalogue = json.loads((synthetic_site / "hub.json").read_text(encoding="utf-8"))
    expected = sum(len(d["recommendations"]) for d in catalogue["documents"] if d["type"] == "review")
    assert len(rows) == expected
    assert len({(r["review"], r["id"]) for r in rows}) == expected
