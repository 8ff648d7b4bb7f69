"""Full-page screenshots of each page type at phone and desktop widths, saved as test artefacts."""
import pytest

from conftest import ARTIFACTS, page_types


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots(browser, server, site, width):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        for kind, path in page_types(site).items():
            browser.set_window_size(width, 900)
            browser.get(server + path)
            height = browser.execute_script("return document.documentElement.scrollHeight")
            browser.set_window_size(width, min(max(height, 900), 12000))
            target = folder / f"{kind}-{width}.png"
            assert browser.save_screenshot(str(target)), kind
            assert target.stat().st_size > 10_000
            overflow = browser.execute_script("return document.documentElement.scrollWidth > window.innerWidth")
            assert not overflow, f"{kind} scrolls sideways at {width} px"
    finally:
        browser.set_window_size(1280, 900)
