"""Forced colours (Windows high contrast): the charts' text and marks take the system's colours, so
nothing vanishes on a dark background."""
from selenium.webdriver.common.by import By

def computed(browser, selector, prop):
    element = browser.find_element(By.CSS_SELECTOR, selector)
    return browser.execute_script("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1])", element, prop)


def system_colour(browser, name):
    """A system colour as the browser computes it, read from an SVG element given it as its fill."""
    return browser.execute_script("""
        const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        svg.appendChild(rect);
        document.body.appendChild(svg);
        rect.setAttribute('fill', arguments[0]);
        const colour = getComputedStyle(rect).fill;
        svg.remove();
        return colour;""", name)


def test_chart_text_and_marks_use_system_colours(browser, server):
    browser.get(server + "glance/")
    normal = computed(browser, ".chart-svg text.chart-text", "fill")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "forced-colors", "value": "active"}]})
    try:
        assert browser.execute_script("return matchMedia('(forced-colors: active)').matches")
        text, canvas = system_colour(browser, "CanvasText"), system_colour(browser, "Canvas")
        assert text != normal, "the test tells the system colour from the chart's own"
        assert computed(browser, ".chart-svg text.chart-text", "fill") == text
        assert computed(browser, ".chart-svg text.chart-chip-text", "fill") == text
        assert computed(browser, ".chart-svg .chart-mark", "stroke") == text
        assert computed(browser, ".chart-svg .chart-mark--solid", "fill") == text
        assert computed(browser, ".chart-svg .chart-chip", "fill") == canvas
        assert computed(browser, ".chart-svg .chart-cell", "fill") == canvas
        assert computed(browser, ".chart-svg .chart-pattern-base", "fill") == canvas
        assert computed(browser, ".chart-svg .chart-axis", "stroke") == text
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
