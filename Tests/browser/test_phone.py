"""On a phone (390 and 320 CSS pixels wide): no page scrolls sideways, recommendations are stacked
cards that show their status first, charts fit the screen, and the navigation is one row."""
import pytest
from selenium.webdriver.common.by import By

from conftest import page_types, viewport

WIDTHS = [390, 320]

OVERFLOW = """
const width = document.documentElement.clientWidth;
return {scroll: document.documentElement.scrollWidth, width: width,
        wide: [...document.querySelectorAll('body *')].filter(e => {
          for (let p = e.parentElement; p; p = p.parentElement) {
            if (getComputedStyle(p).overflowX !== 'visible') return false;
          }
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.right > width + 1;
        }).slice(0, 5).map(e => e.tagName + '.' + e.className)};
"""


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways(browser, server, site, synthetic_server, width):
    pages = [server + path for path in page_types(site).values()]
    pages += [synthetic_server + path for path in ("", "reviews/page/2/", "themes/neglect/page/2/", "recommendations/",
                                                     "recommendations/page/2/", "glance/", "reviews/review-0001/")]
    with viewport(browser, width):
        for page in pages:
            browser.get(page)
            found = browser.execute_script(OVERFLOW)
            assert found["width"] == width, "the page is laid out at the phone's width"
            assert found["scroll"] <= width and not found["wide"], (page, found)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", ["recommendations/", "reviews/review-0001/"])
def test_recommendations_are_cards_with_their_status_first(browser, synthetic_server, width, path):
    with viewport(browser, width):
        browser.get(synthetic_server + path)
        wrap = browser.find_element(By.CSS_SELECTOR, ".recs-wrap")
        assert browser.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth", wrap), \
            "the table does not scroll sideways"
        row = browser.find_element(By.CSS_SELECTOR, ".recs tbody tr")
        status = row.find_element(By.CSS_SELECTOR, ".status")
        text = row.find_element(By.CSS_SELECTOR, ".recs__text")
        box = browser.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.left, r.right, r.top];", status)
        assert 0 <= box[0] and box[1] <= width, "the status is on the screen"
        assert box[2] < text.rect["y"], "the status comes first"
        assert not browser.find_element(By.CSS_SELECTOR, ".recs thead").is_displayed() or \
            browser.find_element(By.CSS_SELECTOR, ".recs thead").size["height"] <= 1


@pytest.mark.parametrize("width", WIDTHS)
def test_charts_fit_the_screen_and_stay_legible(browser, synthetic_server, width):
    with viewport(browser, width):
        browser.get(synthetic_server + "glance/")
        for chart in browser.find_elements(By.CSS_SELECTOR, ".chart-svg:not(.chart-svg--wide)"):
            assert chart.size["width"] <= width - 16
            text = chart.find_element(By.CSS_SELECTOR, "text.chart-text")
            height = browser.execute_script("return arguments[0].getBoundingClientRect().height", text)
            assert height >= 9, "chart text stays legible"


def test_the_navigation_is_one_row_on_a_phone(browser, synthetic_server):
    with viewport(browser, 390):
        browser.get(synthetic_server)
        nav = browser.find_element(By.CSS_SELECTOR, ".site-nav")
        assert nav.size["height"] <= 60
        header = browser.find_element(By.CSS_SELECTOR, ".site-header")
        assert header.size["height"] <= 180, "the content starts in the first screen"


@pytest.mark.parametrize("width", WIDTHS)
def test_tables_scroll_as_a_whole_without_breaking_words(browser, markdown_site, synthetic_server, width):
    """A wide table scrolls sideways within its region; its words wrap only between words."""
    with viewport(browser, width):
        browser.get((markdown_site / "reviews" / "markdown-review" / "index.html").as_uri())
        cells = browser.find_elements(By.CSS_SELECTOR, ".prose .table-wrap td, .prose .table-wrap th")
        assert cells
        for cell in cells:
            style = browser.execute_script("const s = getComputedStyle(arguments[0]); return [s.overflowWrap, s.wordBreak];", cell)
            assert style == ["normal", "normal"], style
        browser.get(synthetic_server + "glance/")
        wide = browser.find_element(By.CSS_SELECTOR, "#themes-over-time .table-wrap")
        assert browser.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", wide), "it scrolls"
        for cell in wide.find_elements(By.CSS_SELECTOR, "th"):
            # Each header's longest word fits its cell: a word broken in two would leave the cell narrower.
            fits = browser.execute_script("""
                const cell = arguments[0], range = document.createRange();
                range.selectNodeContents(cell);
                const lines = [...range.getClientRects()].map(r => Math.round(r.top));
                const words = cell.textContent.trim().split(/\\s+/).length;
                return new Set(lines).size <= words;""", cell)
            assert fits, cell.text
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width
