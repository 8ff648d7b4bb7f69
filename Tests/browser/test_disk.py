"""A hub opened from disk (file://, as from a shared drive): the search boxes of the header and of the
home page lead to the search page's results, not to a folder listing."""
import urllib.parse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


@pytest.mark.parametrize("start", ["index.html", "reviews/index.html", "themes/neglect/index.html"])
def test_the_header_search_box_works_from_disk(browser, site, start):
    browser.get((site / start).as_uri())
    box = browser.find_element(By.CSS_SELECTOR, ".header-search input[name=q]")
    box.send_keys("neglect", Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda b: "search/index.html" in b.current_url)
    address = urllib.parse.urlparse(browser.current_url)
    assert address.scheme == "file" and address.path == (site / "search" / "index.html").as_posix()
    assert urllib.parse.parse_qs(address.query) == {"q": ["neglect"]}
    # The search page runs the query from its address: results, not a folder listing.
    WebDriverWait(browser, 15).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#search-results li"))
    assert browser.find_element(By.ID, "search-input").get_attribute("value") == "neglect"


def test_only_one_search_box_on_the_home_page(browser, site):
    browser.get((site / "index.html").as_uri())
    boxes = [box for box in browser.find_elements(By.CSS_SELECTOR, "input[type=search]") if box.is_displayed()]
    assert len(boxes) == 1
