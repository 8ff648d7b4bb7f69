"""Search that forgives and speaks the field's language, in a real browser, over HTTP and from disk:
corrected misspellings and the "search instead" link, synonyms and acronyms (ranked below what was
typed), word forms, and the page when nothing matches."""
import functools
import gzip
import http.server
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from pathlib import Path

import pytest
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import QuietHandler, REPO, generator

sys.path.insert(0, str(REPO / "Tests" / "search_quality"))
import labels  # noqa: E402


def wait_for(browser, condition, timeout=10):
    return WebDriverWait(browser, timeout).until(lambda d: condition())


def text_of(browser, element_id):
    return browser.execute_script("const e = document.getElementById(arguments[0]); return e.hidden ? '' : e.textContent", element_id)


def shown(browser):
    """The site paths of the results shown, once every one is drawn (None while the list is redrawn)."""
    return browser.execute_script(labels.SETTLED)


def paths(found):
    return [href.replace("../", "").replace("index.html", "") for href in found]


def settle(browser):
    """The results once the status names them (or nothing matched), as site paths."""
    def ready():
        found = shown(browser)
        return found is not None and (found or text_of(browser, "search-help"))
    wait_for(browser, ready)
    return paths(shown(browser))


def open_search(browser, base, query, disk=False, extra=""):
    page = "search/index.html" if disk else "search/"
    browser.get(base + page + "?q=" + urllib.parse.quote(query) + extra)
    return settle(browser)


def on_disk(site):
    return site.as_uri() + "/"


NEGLECT = {"briefings/neglect-of-adolescents-seven-minute-briefing/", "reviews/thematic-review-neglect-of-adolescents/",
           "briefs/child-a-learning-brief/", "briefings/child-a-seven-minute-briefing/", "reviews/child-a-learning-review/"}
BABY_J = {"reviews/baby-j-significant-case-review/", "briefs/baby-j-learning-brief/", "briefings/baby-j-safer-sleep-seven-minute-briefing/"}


@pytest.mark.parametrize("where", ["http", "disk"])
def test_a_misspelt_word_is_corrected_and_the_url_holds_the_correction(browser, server, site, where):
    base = server if where == "http" else on_disk(site)
    found = open_search(browser, base, "neglet", disk=where == "disk")
    assert text_of(browser, "search-correction") == "Showing results for neglect. Search instead for neglet."
    assert found and found[0] in NEGLECT and set(found) >= NEGLECT
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(browser.current_url).query)
    assert params == {"q": ["neglect"]}
    assert browser.find_element("id", "search-input").get_attribute("value") == "neglect"
    assert "results for \u201cneglect\u201d" in text_of(browser, "search-status")


@pytest.mark.parametrize("where", ["http", "disk"])
def test_search_instead_runs_the_words_as_typed_and_offers_the_corrections_tried(browser, server, site, where):
    base = server if where == "http" else on_disk(site)
    open_search(browser, base, "negelct", disk=where == "disk")
    browser.find_element("link text", "negelct").click()
    wait_for(browser, lambda: text_of(browser, "search-help"))
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(browser.current_url).query)
    assert params == {"q": ["negelct"], "nocorrect": ["1"]}
    assert text_of(browser, "search-correction") == ""
    assert text_of(browser, "search-status").startswith("0 results for \u201cnegelct\u201d")
    assert "Corrections tried: neglect" in text_of(browser, "search-help")
    # The correction it tried is a link to it; back returns to the words as typed.
    browser.find_element("css selector", "#search-help a").click()
    found = settle(browser)
    assert found[0] in NEGLECT
    browser.back()
    wait_for(browser, lambda: text_of(browser, "search-help"))
    assert "nocorrect=1" in browser.current_url


def test_typing_keeps_prefix_matching_for_the_last_word(browser, server):
    browser.get(server + "search/")
    box = browser.find_element("id", "search-input")
    box.send_keys("negle")
    wait_for(browser, lambda: "negle" in text_of(browser, "search-status") and shown(browser))
    assert text_of(browser, "search-correction") == ""
    marks = [m.text.lower() for m in browser.find_elements("css selector", "#search-results mark")]
    assert any(m.startswith("negle") for m in marks), marks
    # A finished word that matches nothing is corrected, even while typing; the box keeps what was typed.
    box.send_keys(Keys.BACKSPACE * 5 + "trasitions")
    wait_for(browser, lambda: text_of(browser, "search-correction").startswith("Showing results for transitions."))
    assert box.get_attribute("value") == "trasitions"
    assert "q=transitions" in browser.current_url


@pytest.mark.parametrize("where", ["http", "disk"])
def test_acronyms_and_synonyms_expand(browser, server, site, where):
    base = server if where == "http" else on_disk(site)
    found = open_search(browser, base, "DA", disk=where == "disk")
    # Baby J's review and its learning are about domestic abuse, and so is the domestic homicide review.
    assert BABY_J | {"reviews/ms-f-domestic-homicide-review/"} <= set(found), found
    assert "domestic abuse" in text_of(browser, "search-expansion")
    if where == "http":
        # The excerpts (from the texts, fetched over HTTP only) mark the words the expansion matched.
        wait_for(browser, lambda: {"domestic", "abuse"} <= {m.text.lower() for m in browser.find_elements("css selector", "#search-results mark")})
    found = open_search(browser, base, "cosleeping", disk=where == "disk")
    assert set(found) == BABY_J
    found = open_search(browser, base, "looked after children", disk=where == "disk")
    assert found[0] in {"reviews/young-person-m-cspr/", "briefs/young-person-m-learning-brief/",
                        "briefings/young-person-m-seven-minute-briefing/", "reviews/child-a-learning-review/"}


@pytest.mark.parametrize("query, expected", [
    ("selfharm", "reviews/young-person-m-cspr/"),
    ("self harm", "reviews/young-person-m-cspr/"),
    ("behavior", "reviews/thematic-review-neglect-of-adolescents/"),
    ("pediatrician", "briefs/child-k-learning-brief/"),
    ("multiagency", None),
])
def test_word_forms_meet(browser, server, query, expected):
    found = open_search(browser, server, query)
    assert found, query
    if expected:
        assert expected in found[:3], found
    assert text_of(browser, "search-correction") == ""


@pytest.mark.parametrize("where", ["http", "disk"])
def test_when_nothing_matches_the_page_offers_a_way_on(browser, server, site, where):
    base = server if where == "http" else on_disk(site)
    found = open_search(browser, base, "xyzzyq", disk=where == "disk")
    assert found == []
    help_text = text_of(browser, "search-help")
    assert "No documents match" in help_text
    assert "No word in this hub is close enough" in help_text
    themes = browser.find_elements("css selector", "#search-help .theme-list a")
    # Every learning theme of hub.yaml, each a link.
    hub_yaml = (REPO / "content" / "hub.yaml").read_text()
    theme_block = hub_yaml.split("\nthemes:\n", 1)[1].split("\ncommittees:", 1)[0]
    assert len(themes) == theme_block.count("  - id: "), [t.text for t in themes]
    neglect = [t.get_attribute("href") for t in themes if t.text == "Neglect"][0]
    assert neglect.endswith("themes/neglect/" + ("index.html" if where == "disk" else ""))
    count = len(json.loads((site / "search" / "documents.json").read_text()))
    browser.find_element("partial link text", f"Browse all {count} documents").click()
    wait_for(browser, lambda: text_of(browser, "search-status") == f"All {count} documents, newest first.")
    assert "all=1" in browser.current_url
    wait_for(browser, lambda: len(browser.find_elements("css selector", "#search-results li h2 a")) == 10)
    assert not browser.find_element("id", "search-more").get_attribute("hidden")
    # A filter with no match offers the search without it.
    open_search(browser, base, "neglect", disk=where == "disk", extra="&theme=pre-birth&type=page")
    assert "without the filters" in text_of(browser, "search-help")


def test_corrections_fetch_the_dictionary_only_when_a_word_has_no_match(browser, range_server):
    base, sent = range_server
    browser.execute_cdp_cmd("Network.clearBrowserCache", {})
    sent.clear()
    open_search(browser, base, "neglect safer sleep")
    assert not [path for path, _, _ in sent if "/search/index/words." in path]
    assert [path for path, _, _ in sent if path.endswith("/search/index/vocabulary.json")]
    browser.execute_cdp_cmd("Network.clearBrowserCache", {})
    open_search(browser, base, "neglet")
    assert [path for path, _, _ in sent if path.endswith("/search/index/words.json")]


SAMPLE_KINDS = ("typo", "acronym", "synonym", "form")


def test_every_typo_acronym_synonym_and_word_form_of_the_labelled_set_puts_a_right_document_first(browser, server):
    _, queries = labels.load("sample-hub")
    misses = []
    for query in queries:
        if query["kind"] not in SAMPLE_KINDS:
            continue
        found = labels.search(browser, server, query["q"])
        if not found or found[0] not in query["first"]:
            misses.append((query["q"], found[:3]))
    assert misses == [], "\n".join(f"{q}: {f}" for q, f in misses)


# ---- A hub of its own: ranking of expansions, hub.yaml's synonyms, and the client's terms. ----------

HUB_YAML = """title: Vocabulary Hub
description: A hub for search tests
base_url: https://example.org/hub/
themes:
  - id: neglect
    title: Neglect
    description: Neglect
committees: []
search:
  synonyms:
    MARAC: [multi-agency risk assessment conference]
    HV: []
"""

PAGES = {
    "typed": "The family talked about domestic violence with the worker.",
    "synonym": "The family talked about domestic abuse with the worker.",
    "loose": "Domestic routines were chaotic; violence outside the home was reported.",
    "marac": "A multi-agency risk assessment conference met twice.",
    "health": "The HV visited; the health visitor saw the baby.",
    "spelling": "Behavior, organization, analyzed, pediatrician, counseling, judgment, the child's behavior's roots,"
                " self-harm and co-sleeping, was not brought, looked after.",
}


@pytest.fixture(scope="module")
def vocabulary_site():
    root = Path(tempfile.mkdtemp(prefix="hub-vocabulary-"))
    content = root / "content"
    (content / "pages").mkdir(parents=True)
    (content / "hub.yaml").write_text(HUB_YAML, encoding="utf-8")
    for slug, body in PAGES.items():
        (content / "pages" / f"{slug}.md").write_text(f"---\ntitle: Page {slug}\nsummary: A page.\n---\n\n{body}\n", encoding="utf-8")
    output = root / "site"
    subprocess.run([str(generator()), "build", "--content", str(content), "--theme", str(REPO / "themes" / "default"),
                    "--output", str(output), "--no-cache"], check=True, capture_output=True, text=True)
    handler = functools.partial(QuietHandler, directory=str(output))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield output, f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()
    shutil.rmtree(root, ignore_errors=True)


def test_expanded_terms_rank_below_the_words_typed(browser, vocabulary_site):
    _, base = vocabulary_site
    assert open_search(browser, base, "domestic violence") == ["typed/", "synonym/", "loose/"]
    # The page with the words apart does not have "abuse": it is no match for the phrase or its synonyms.
    assert open_search(browser, base, "domestic abuse") == ["synonym/", "typed/"]


def test_the_hubs_own_synonyms_add_and_remove(browser, vocabulary_site):
    _, base = vocabulary_site
    assert open_search(browser, base, "MARAC") == ["marac/"]
    assert "multi-agency risk assessment conference" in text_of(browser, "search-expansion")
    # HV is removed from the vocabulary: only the page that says HV.
    assert open_search(browser, base, "HV") == ["health/"]
    assert text_of(browser, "search-expansion") == ""


def test_the_client_finds_every_word_of_the_index_under_the_same_term(browser, vocabulary_site, site):
    """The client's folding, stop words, British spellings and stemmer against the generator's: every word
    of every text the generator indexed (the sample hub's and the spellings page's) has, in the browser,
    a term the index holds; and each hyphenated word's joined term, and each phrase, is there too."""
    for folder, base in ((vocabulary_site[0], vocabulary_site[1]), (site, None)):
        index = folder / "search" / "index"
        terms = set()
        for shard in (index / "terms").glob("*.json"):
            terms.update(json.loads(shard.read_text(encoding="utf-8")))
        texts = []
        for bundle in (index / "text").glob("*.txt.gz"):
            texts.append(gzip.decompress(bundle.read_bytes()).decode("utf-8"))
        browser.get((folder / "search" / "index.html").as_uri())
        wait_for(browser, lambda: browser.execute_script("return !!window.LearningHubQuery"))
        vocabulary = json.loads((index / "vocabulary.json").read_text(encoding="utf-8"))
        missing = browser.execute_script("""
            const vocabulary = new LearningHubQuery.Vocabulary(arguments[0]);
            const W = LearningHubWords, terms = new Set(arguments[2]), missing = [];
            for (const text of arguments[1]) {
              const words = W.wordsOf(text);
              words.forEach((w, i) => {
                const term = W.termOf(w.word);
                if (term && !terms.has(term)) missing.push(w.word + ' -> ' + term);
                const next = words[i + 1];
                if (next && text.slice(w.index + w.word.length, next.index) === '-' && /^[^0-9]/.test(w.word)) {
                  let j = i + 1;
                  while (words[j + 1] && text.slice(words[j].index + words[j].word.length, words[j + 1].index) === '-') j++;
                  const before = words[i - 1];
                  const joins = !(before && text.slice(before.index + before.word.length, w.index) === '-');
                  const joined = W.termOf(words.slice(i, j + 1).map(x => x.word).join(''));
                  if (joins && j - i < 4 && joined && !terms.has(joined)) missing.push('joined ' + joined);
                }
              });
            }
            return missing;
        """, vocabulary, texts, sorted(terms))
        assert missing == [], folder
    spelling_terms = set()
    for shard in (vocabulary_site[0] / "search" / "index" / "terms").glob("*.json"):
        spelling_terms.update(json.loads(shard.read_text(encoding="utf-8")))
    assert {"behaviour", "organis", "analys", "paediatrician", "counsel", "judgement", "selfharm", "cosleep",
            "was not brought", "look after"} <= spelling_terms


@pytest.mark.parametrize("query", ["neglet", "DA", "xyzzyq"])
def test_the_correction_the_expansion_and_the_page_with_no_results_are_accessible(browser, server, query):
    from test_accessibility import run_axe
    open_search(browser, server, query)
    result = run_axe(browser)
    assert "error" not in result, result
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []
