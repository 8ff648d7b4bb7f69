"""The recommendations tracker: a complete table without JavaScript; with it, filters kept in the URL
and a polite live region that says how many rows are shown."""
import urllib.parse

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
