"""Copy a reader sees: search excerpts that keep a heading apart from the sentence after it, and the
search page's link past its filters to the results."""
import re

from conftest import REPO
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def excerpts(browser):
    """The excerpts of every result shown, each scrolled to (an excerpt is fetched as its result nears the screen)."""
    summaries = lambda: browser.find_elements(By.CSS_SELECTOR, "#search-results .document-item__summary")
    WebDriverWait(browser, 10).until(lambda b: any("\u2026" in p.text for p in summaries()))
    for item in browser.find_elements(By.CSS_SELECTOR, "#search-results li"):
        browser.execute_script("arguments[0].scrollIntoView()", item)
    WebDriverWait(browser, 10).until(lambda b: sum("\u2026" in p.text for p in summaries()) >= min(5, len(summaries())))
    return [p.text for p in summaries() if "\u2026" in p.text]


def test_a_search_excerpt_never_runs_a_heading_into_the_next_sentence(browser, server):
    headings = {line[3:].strip() for path in (REPO / "content").rglob("*.md")
                for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("## ")}
    browser.get(server + "search/?q=neglect")
    joined = " ".join(excerpts(browser))
    # A heading starts where a sentence could: at the start, or after a stop, a colon or an ellipsis.
    run_on = [h for h in headings if re.search(r"(?:^|[.:\u2026] )" + re.escape(h) + r" [A-Z]", joined)]
    assert run_on == [], joined
    assert any(h + ". " in joined for h in headings), "an excerpt crosses a heading, which ends with a stop"


def test_the_search_page_links_past_its_filters_to_the_results(browser, server):
    browser.get(server + "search/?q=neglect")
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#search-results li"))
    skip = browser.find_element(By.CSS_SELECTOR, ".skip-to-results")
    browser.find_element(By.ID, "search-input").click()
    for _ in range(5):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        if browser.switch_to.active_element == skip:
            break
    else:
        raise AssertionError("the link past the filters is not next after the search box")
    assert skip.is_displayed(), "shown when it has the focus"
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    assert browser.switch_to.active_element.get_attribute("id") == "search-results-start"
    facets = browser.find_elements(By.CSS_SELECTOR, "#search-facets input")
    assert facets, "the filters are there to skip"
