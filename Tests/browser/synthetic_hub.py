"""Synthetic hubs for the browser tests, written deterministically into a folder:

- `write_hub(folder, documents)`: a hub of that many reviews, learning briefs and seven-minute
  briefings (one in five a review with recommendations, some overdue), long enough lists that every
  listing and the tracker have several pages;
- `write_markdown_hub(folder)`: a small hub whose documents hold every form of GFM table and heading
  (alignments, escaped pipes, code and links in cells, setext and ATX headings at every level, headings
  named like the page's own ids or like footnotes, repeated headings, footnotes, task lists).

Both pass the generator's checks: no identifiers, attested, seven sections a briefing.
"""
import random
from pathlib import Path

THEMES = [("neglect", "Neglect"), ("information-sharing", "Information sharing"), ("transitions", "Transitions"),
          ("mental-health", "Mental health and wellbeing"), ("domestic-abuse", "Domestic abuse"),
          ("named-person-lead-professional", "Named person and lead professional"),
          ("voice-of-the-child", "Voice of the child"), ("professional-curiosity", "Professional curiosity")]
COMMITTEES = [("north-cpc", "North Child Protection Committee", "North"),
              ("river-ppc", "River Public Protection Committee", "River"),
              ("coast-cpc", "Coast Child Protection Committee", "Coast")]
REVIEW_TYPES = ["learning-review", "scr", "icr", "cspr", "sar", "thematic"]
TARGETS = ["single-agency", "multi-agency", "committee", "senior-managers", "national"]
CATEGORIES = ["training", "policy", "awareness", "audit", "supervision", "case-management", "documentation"]
STATUSES = ["not-started", "in-progress", "complete"]
SEVEN = ["Background", "Why it matters", "Information", "What it means for practice", "Questions to consider",
         "What to do", "Further information"]
WORDS = ("agencies practitioners family worries plan meeting visits support assessment records health education "
         "social work police housing review learning child young person parent carer risk home school contact "
         "referral concern decision manager supervision chronology pattern neglect drift escalation curiosity "
         "voice wishes feelings information shared recorded missed seen heard understood changed improved").split()


def sentence(rng, low=8, high=18):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return (" ".join(words)).capitalize() + "."


def paragraph(rng, sentences=3):
    return " ".join(sentence(rng) for _ in range(sentences))


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hub_yaml(title="Synthetic Learning Hub"):
    lines = [f"title: {title}", "description: Learning from reviews, made up for the tests",
             "base_url: https://example.org/learning-hub/", "language: en-GB", "themes:"]
    for theme_id, name in THEMES:
        lines += [f"  - id: {theme_id}", f"    title: {name}", f"    description: Learning about {name.lower()}."]
    lines.append("committees:")
    for committee_id, name, area in COMMITTEES:
        lines += [f"  - id: {committee_id}", f"    name: {name}", f"    area: {area}"]
    return "\n".join(lines) + "\n"


def front_matter(fields):
    return "---\n" + "\n".join(fields) + "\n---\n\n"


def write_hub(folder, documents=300, seed=20):
    """Writes a hub of `documents` documents into `folder` (made if missing); returns the folder."""
    rng = random.Random(seed)
    folder = Path(folder)
    for sub in ("reviews", "briefs", "briefings", "pages"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "hub.yaml").write_text(hub_yaml(), encoding="utf-8")
    (folder / "pages" / "about.md").write_text(
        front_matter(["title: About this hub", "summary: What the hub is for."])
        + "The hub holds learning made up for tests.\n\n## Support if you are affected\n\nTalk to your manager.\n",
        encoding="utf-8")
    reviews = []
    for number in range(max(1, documents // 5)):
        slug = f"review-{number:04d}"
        reviews.append(slug)
        recommendations = []
        for item in range(rng.randint(2, 8)):
            due = f"{rng.randint(2022, 2028)}-{rng.randint(1, 12):02d}-15" if rng.random() < 0.7 else None
            fields = [f"  - id: R{item + 1}", f"    text: {quoted(sentence(rng, 8, 16))}",
                      f"    target: {rng.choice(TARGETS)}", f"    category: {rng.choice(CATEGORIES)}",
                      f"    status: {rng.choice(STATUSES)}"]
            if rng.random() < 0.5:
                fields.append("    owner: Health and social care partnership")
            if due:
                fields.append(f"    due: {due}")
            recommendations += fields
        themes = rng.sample([t for t, _ in THEMES], rng.randint(1, 3))
        fields = [f"title: {quoted(f'Learning review {number}: Child {chr(65 + number % 26)}{number}')}",
                  f"summary: {quoted(sentence(rng, 14, 24))}",
                  f"published: {rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                  f"review_type: {rng.choice(REVIEW_TYPES)}", f"committee: {rng.choice(COMMITTEES)[0]}",
                  f"themes: [{', '.join(themes)}]", f"age_band: {rng.choice(['under-1', '3-4', '11-17'])}",
                  f"outcome: {rng.choice(['death', 'serious-harm'])}", "methodology: Systems review", "anonymised: true",
                  "recommendations:"] + recommendations
        body = paragraph(rng, 4) + "\n\n## What happened\n\n" + paragraph(rng, 5) + "\n\n## What we learned\n\n" + paragraph(rng, 5) + "\n"
        (folder / "reviews" / f"{slug}.md").write_text(front_matter(fields) + body, encoding="utf-8")
    remaining = documents - len(reviews)
    for kind, count in (("briefs", remaining // 2), ("briefings", remaining - remaining // 2)):
        for number in range(count):
            themes = rng.sample([t for t, _ in THEMES], rng.randint(1, 3))
            label = "Learning brief" if kind == "briefs" else "Seven-minute briefing"
            fields = [f"title: {quoted(f'{label} {number}: ' + sentence(rng, 2, 5)[:-1])}",
                      f"summary: {quoted(sentence(rng, 12, 20))}",
                      f"published: {rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                      f"committee: {rng.choice(COMMITTEES)[0]}", f"themes: [{', '.join(themes)}]", "anonymised: true",
                      f"review: {rng.choice(reviews)}"]
            if kind == "briefs":
                body = paragraph(rng, 3) + "\n\n## What to do\n\n" + paragraph(rng, 3) + "\n"
            else:
                body = "\n".join(f"## {title}\n\n{paragraph(rng, 2)}\n" for title in SEVEN)
            (folder / kind / f"{kind[:-1]}-{number:04d}.md").write_text(front_matter(fields) + body, encoding="utf-8")
    return folder


# Every form of GFM table: alignments of every kind, an escaped pipe, code, a link and emphasis in cells,
# empty cells, a row shorter than the header, a table in a block quote and one of a single column.
TABLES = """
| Left | Right | Centre | None |
|:-----|------:|:------:|------|
| Health | 12 | half | yes |
| Education | 3 | a \\| b | `code` |
| Police | | **bold** | [review](../reviews/markdown-review.md) |
| Short row |

|a|b|
|-:|:-|
|1|2|

> | Quoted | Table |
> |:--:|--:|
> | in | a quote |

| Only column |
|:---|
| one |
| two |
"""

# Every form of heading: ATX at every level (with closing hashes and emphasis), setext of both levels,
# headings named like the page's own ids, like footnotes' ids, repeated, punctuation only, not ASCII.
HEADINGS = """
## Main

A paragraph with a footnote.[^1] And a named one.[^note]

### Search *the* hub ###

#### Recommendations heading

##### Related learning heading

###### Header search input

Setext level one
================

Setext level two
----------------

## fn 1

## Fnref 1

## Main

## ???

## Café and naïve words

- [x] A task that is done
- [ ] A task that is not

[^1]: The first footnote.
[^note]: A footnote with a name.
"""


def write_markdown_hub(folder):
    """Writes the hub of every GFM table and heading form into `folder`; returns the folder."""
    folder = Path(folder)
    for sub in ("reviews", "briefs", "briefings", "pages"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "hub.yaml").write_text(hub_yaml("Markdown Forms Hub"), encoding="utf-8")
    review = front_matter([
        'title: "Markdown review"', 'summary: "A review that holds every table and heading form."', "published: 2024-05-01",
        "review_type: learning-review", "committee: north-cpc", "themes: [neglect, transitions]", "age_band: 3-4",
        "outcome: serious-harm", "methodology: Systems review", "anonymised: true", "recommendations:",
        "  - id: R1", '    text: "Share the plan with every agency."', "    target: multi-agency", "    category: policy",
        "    status: in-progress", "    due: 2023-01-31"])
    (folder / "reviews" / "markdown-review.md").write_text(review + HEADINGS + TABLES, encoding="utf-8")
    brief = front_matter(['title: "Markdown brief"', 'summary: "A brief with tables and headings."', "published: 2024-06-01",
                          "themes: [neglect]", "anonymised: true", "review: markdown-review"])
    (folder / "briefs" / "markdown-brief.md").write_text(brief + TABLES + HEADINGS, encoding="utf-8")
    sections = "\n".join(f"## {title}\n\n{'Text with a table below.' if title == 'Information' else 'Text.'}\n"
                         + (TABLES if title == "Information" else "") for title in SEVEN)
    briefing = front_matter(['title: "Markdown briefing"', 'summary: "A briefing with a table."', "published: 2024-07-01",
                             "themes: [transitions]", "anonymised: true", "review: markdown-review"])
    (folder / "briefings" / "markdown-briefing.md").write_text(briefing + sections, encoding="utf-8")
    (folder / "pages" / "about.md").write_text(front_matter(["title: About this hub"]) + HEADINGS + TABLES, encoding="utf-8")
    (folder / "pages" / "contact.md").write_text(front_matter(["title: Contact", 'summary: ""']) + "Write to the committee.\n",
                                                 encoding="utf-8")
    return folder


if __name__ == "__main__":
    import sys
    if len(sys.argv) > 2 and sys.argv[2] == "--markdown":
        write_markdown_hub(sys.argv[1])
    else:
        write_hub(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 300)
