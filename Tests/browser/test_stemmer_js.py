"""The browser search client's Snowball English stemmer (themes/default/static/search/stemmer.js),
run in real headless Chromium and checked against the Snowball project's reference vocabulary:
every word of voc.txt must stem to the same line of output.txt."""
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
STEMMER = REPO / "themes" / "default" / "static" / "search" / "stemmer.js"
DATA_FOLDERS = (REPO / "Tests" / "HubSearchTests" / "Resources" / "snowball-english",
                REPO.parent / "shared" / "snowball-english")
BATCH = 5000

STEM_BATCH = """
var words = arguments[0];
var stem = window.LearningHubStemmer.stem;
var started = performance.now();
var stems = new Array(words.length);
for (var i = 0; i < words.length; i++) stems[i] = stem(words[i]);
return { stems: stems, ms: performance.now() - started };
"""


def reference_data():
    for folder in DATA_FOLDERS:
        if (folder / "voc.txt").exists() and (folder / "output.txt").exists():
            words = (folder / "voc.txt").read_text(encoding="utf-8").splitlines()
            stems = (folder / "output.txt").read_text(encoding="utf-8").splitlines()
            assert len(words) == len(stems), f"{folder}: voc.txt and output.txt differ in length"
            return words, stems
    pytest.skip("Snowball English reference data not found in " + ", ".join(map(str, DATA_FOLDERS)))


@pytest.fixture(scope="module")
def stemmer_page(browser):
    """A blank page with only stemmer.js loaded into it."""
    browser.get("about:blank")
    browser.execute_script(STEMMER.read_text(encoding="utf-8"))
    return browser


def stem_all(browser, words):
    stems, in_page_ms = [], 0.0
    for start in range(0, len(words), BATCH):
        answer = browser.execute_script(STEM_BATCH, words[start:start + BATCH])
        stems.extend(answer["stems"])
        in_page_ms += answer["ms"]
    return stems, in_page_ms


def test_defines_exactly_one_global(browser):
    browser.get("about:blank")
    added = browser.execute_script("""
        var before = new Set(Object.getOwnPropertyNames(window));
        (0, eval)(arguments[0]);
        return Object.getOwnPropertyNames(window).filter(function (name) { return !before.has(name); });
    """, STEMMER.read_text(encoding="utf-8"))
    assert added == ["LearningHubStemmer"]
    assert browser.execute_script("return Object.keys(window.LearningHubStemmer);") == ["stem"]


def test_reference_vocabulary(stemmer_page):
    words, expected = reference_data()
    started = time.perf_counter()
    stems, in_page_ms = stem_all(stemmer_page, words)
    wall = time.perf_counter() - started
    mismatches = [(word, want, got) for word, want, got in zip(words, expected, stems) if want != got]
    print(f"\nstemmed {len(words)} words: {in_page_ms:.1f} ms inside the page, "
          f"{wall * 1000:.0f} ms including WebDriver round trips; {len(mismatches)} mismatches")
    report = "\n".join(f"  {word!r}: expected {want!r}, got {got!r}" for word, want, got in mismatches[:20])
    assert len(stems) == len(words)
    assert not mismatches, f"{len(mismatches)} of {len(words)} words stem differently; first 20:\n{report}"


@pytest.mark.parametrize("word, stem", [
    ("generously", "generous"),
    ("transitions", "transit"),
    ("consign", "consign"),
    ("consigned", "consign"),
    ("knightly", "knight"),
    ("hopping", "hop"),
    ("hoping", "hope"),
    ("skies", "sky"),
    ("dying", "die"),
    ("news", "news"),
    ("innings", "inning"),
    ("proceeding", "proceed"),
    ("universities", "universiti"),
    ("yelling", "yell"),
    ("saying", "say"),
    ("cries", "cri"),
    ("ties", "tie"),
    ("children\u2019s", "children"),
    ("'tis", "tis"),
    ("by", "by"),
    ("a", "a"),
    ("", ""),
])
def test_spot_checks(stemmer_page, word, stem):
    assert stemmer_page.execute_script("return window.LearningHubStemmer.stem(arguments[0]);", word) == stem


@pytest.mark.parametrize("value", ["null", "undefined", "42", "{}", "['runs']", "'\\ud83d'", "'x\\u0000y'",
                                   "'constructor'", "'__proto__'", "'ÿÿÿing'", "'\\u2019\\u2019\\u2019'"])
def test_never_throws(stemmer_page, value):
    # Only the type and length come back: a lone surrogate cannot cross the WebDriver boundary.
    result = stemmer_page.execute_script(
        f"try {{ var stem = window.LearningHubStemmer.stem({value});"
        " return { ok: true, type: typeof stem, length: stem.length }; }"
        " catch (error) { return { ok: false, error: String(error) }; }")
    assert result["ok"], result
    assert result["type"] == "string"
