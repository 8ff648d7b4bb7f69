"""Labelled search queries and how they are scored (mean reciprocal rank and recall at 5).

The query sets are JSON files beside this one: `sample-hub.json` for the sample hub in content/, and
`synthetic-hub.json` for a 1,000-document synthetic hub with labelled documents planted in it (see
`plant`). Each query names the documents that should come first; a query scores 1/rank of the first of
them in the results (0 when none is in the first ten), and recall at 5 is the share of them (of at most
five) among the first five results.
"""
import json
import re
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHOWN = 10


def load(name):
    """The query set `name` (`sample-hub` or `synthetic-hub`): its queries, each with `first` as site paths."""
    data = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
    docs = data.get("docs", {})
    queries = []
    for query in data["queries"]:
        queries.append(dict(query, first=[docs.get(d, d) for d in query["first"]]))
    return data, queries


def reciprocal_rank(results, first):
    for rank, path in enumerate(results[:SHOWN], start=1):
        if path in first:
            return 1.0 / rank
    return 0.0


def recall_at_5(results, first):
    wanted = min(5, len(first))
    return len([p for p in results[:5] if p in first]) / wanted


def summary(queries, results):
    """Per kind and overall: query count, mean reciprocal rank, recall at 5, and the share put first."""
    kinds = {}
    for query, found in zip(queries, results):
        for kind in (query["kind"], "all"):
            row = kinds.setdefault(kind, {"queries": 0, "mrr": 0.0, "recall@5": 0.0, "first": 0})
            row["queries"] += 1
            row["mrr"] += reciprocal_rank(found, query["first"])
            row["recall@5"] += recall_at_5(found, query["first"])
            row["first"] += 1 if found[:1] and found[0] in query["first"] else 0
    for row in kinds.values():
        row["mrr"] = round(row["mrr"] / row["queries"], 3)
        row["recall@5"] = round(row["recall@5"] / row["queries"], 3)
    return kinds


SETTLED = """
const status = document.getElementById('search-status');
if (!status) return null;
const text = status.textContent;
const items = Array.from(document.querySelectorAll('#search-results li'))
  .map(li => { const a = li.querySelector('h2 a'); return a ? a.getAttribute('href') : null; });
if (!/\\bresults?\\b/.test(text) || items.indexOf(null) >= 0) return null;
return items;
"""


def search(driver, base, query, timeout=15):
    """The site paths of the results the search page shows for `query` (the first page), in order."""
    driver.get(base + "search/?q=" + urllib.parse.quote(query))
    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        found = driver.execute_script(SETTLED)
        if found is not None and found == last:
            return [re.sub(r"^(\.\./)+", "", href).replace("index.html", "") for href in found]
        last = found
        time.sleep(0.06)
    raise RuntimeError(f"the search for {query!r} did not settle")


def plant(corpus, name="synthetic-hub"):
    """Gives the documents listed under `plants` in the query set their titles, summaries and paragraphs."""
    data = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
    for path, plant in data["plants"].items():
        file = Path(corpus) / path
        text = file.read_text(encoding="utf-8")
        head, body = text.split("\n---\n", 1)
        head = re.sub(r'^title: .*$', lambda m: "title: " + json.dumps(plant["title"]), head, count=1, flags=re.M)
        head = re.sub(r'^summary: .*$', lambda m: "summary: " + json.dumps(plant["summary"]), head, count=1, flags=re.M)
        file.write_text(head + "\n---\n\n" + plant["body"] + "\n" + body.rstrip("\n") + "\n\n" + plant["body"] + "\n",
                        encoding="utf-8")
