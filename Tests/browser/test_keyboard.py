"""Keyboard use: the skip link comes first, the search box within a few Tab presses."""
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys


def active(browser):
    return browser.switch_to.active_element


def test_tab_reaches_skip_link_then_search(browser, server):
    browser.get(server)
    ActionChains(browser).send_keys(Keys.TAB).perform()
    first = active(browser)
    assert "skip-link" in (first.get_attribute("class") or "")
    assert first.is_displayed()
    for step in range(2, 6):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        if active(browser).get_attribute("type") == "search":
            break
    else:
        raise AssertionError("the search box was not reached within 5 Tab presses")


def test_skip_link_moves_focus_to_main(browser, server):
    browser.get(server)
    ActionChains(browser).send_keys(Keys.TAB).send_keys(Keys.ENTER).perform()
    assert active(browser).get_attribute("id") == "main"
