"""Full-page screenshots of each page type, on a phone (390 px, as a phone lays it out) and a desktop
(1280 px), saved as test artefacts; the later pages of a long list and of the tracker come from the
300-document hub. No page scrolls sideways."""
import base64

import pytest

from conftest import ARTIFACTS, page_types, viewport

LONG_LISTS = {"reviews-page-2": "reviews/page/2/", "theme-page-2": "themes/neglect/page/2/",
              "recommendations-page-2": "recommendations/page/2/", "glance-300": "glance/"}


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots(browser, server, site, synthetic_server, width):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    pages = {kind: server + path for kind, path in page_types(site).items()}
    pages.update({kind: synthetic_server + path for kind, path in LONG_LISTS.items()})
    with viewport(browser, width, 900):
        for kind, url in pages.items():
            browser.get(url)
            height = min(browser.execute_script("return document.documentElement.scrollHeight"), 12000)
            shot = browser.execute_cdp_cmd("Page.captureScreenshot", {
                "captureBeyondViewport": True, "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
            target = folder / f"{kind}-{width}.png"
            target.write_bytes(base64.b64decode(shot["data"]))
            assert target.stat().st_size > 10_000
            overflow = browser.execute_script("return document.documentElement.scrollWidth > document.documentElement.clientWidth")
            assert not overflow, f"{kind} scrolls sideways at {width} px"
