#!/usr/bin/env python3
"""What the question bank covers: questions per topic, the difficulty mix, and
how many questions cite each chapter of the 2023 Law on Cooperatives.

Usage: scripts/content/coverage.py [static/questions.json]

A question counts for a chapter when its source document is `law-2023` and the
first article named in its `source.part` (e.g. "Article 59(2)(c); Article
65(5)(c)" counts for Article 59) falls in that chapter's range. Questions that
cite the law without an article are counted on a line of their own.

The chapter ranges of Law 17/2023/QH15 (12 chapters, 115 articles) were read
from the law's own chapter headings as reproduced in the Ministry of Justice's
codification (Bộ pháp điển điện tử, subject "Hợp tác xã", each article marked
"Điều N Luật số 17/2023/QH15"), public mirror
github.com/diepxuan/diepxuan.github.io, van-ban/doanh-nghiep-hop-tac-xa/hop-tac-xa.md;
Chapter V starting at Article 56 is also on the Official Gazette page
(Công báo 861+862/2023, p. 41, on vi.wikisource.org).
"""
import collections
import json
import re
import sys

CHAPTERS = [
    # (number, first article, last article, English name)
    ("I", 1, 16, "General provisions"),
    ("II", 17, 29, "State policy for cooperative groups, cooperatives, unions"),
    ("III", 30, 37, "Members"),
    ("IV", 38, 55, "Establishment and registration"),
    ("V", 56, 72, "Governance"),
    ("VI", 73, 91, "Assets and finance"),
    ("VII", 92, 104, "Reorganisation, dissolution, bankruptcy"),
    ("VIII", 105, 106, "Audit"),
    ("IX", 107, 109, "Cooperative groups"),
    ("X", 110, 111, "Representative organisations"),
    ("XI", 112, 113, "State management"),
    ("XII", 114, 115, "Final provisions"),
]
LAW_2023 = "law-2023"
DIFFICULTIES = ("easy", "medium", "hard")


def first_article(question):
    part = question.get("source", {}).get("part") or {}
    match = re.search(r"Article (\d+)", part.get("en", "")) or re.search(r"Điều (\d+)", part.get("vi", ""))
    return int(match.group(1)) if match else None


def chapter_of(article):
    for number, first, last, _ in CHAPTERS:
        if first <= article <= last:
            return number
    raise SystemExit(f"coverage: Article {article} is outside the 2023 law's 115 articles")


def percent(n, total):
    return f"{100 * n / total:.1f}%" if total else "-"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "static/questions.json"
    with open(path, encoding="utf-8") as f:
        bank = json.load(f)
    questions = bank["questions"]
    total = len(questions)

    print(f"{path}: {total} questions, {len(bank['topics'])} topics\n")
    print(f"{'topic':<12} {'questions':>9} {'easy':>5} {'medium':>6} {'hard':>5} {'hard %':>7}")
    for topic in bank["topics"]:
        mine = [q for q in questions if q["topic"] == topic["id"]]
        mix = collections.Counter(q["difficulty"] for q in mine)
        print(
            f"{topic['id']:<12} {len(mine):>9} {mix['easy']:>5} {mix['medium']:>6} {mix['hard']:>5}"
            f" {percent(mix['hard'], len(mine)):>7}"
        )
    mix = collections.Counter(q["difficulty"] for q in questions)
    print(
        f"{'all':<12} {total:>9} {mix['easy']:>5} {mix['medium']:>6} {mix['hard']:>5} {percent(mix['hard'], total):>7}"
    )
    print("\ndifficulty mix: " + ", ".join(f"{d} {mix[d]} ({percent(mix[d], total)})" for d in DIFFICULTIES))

    citing = [q for q in questions if q.get("source", {}).get("document") == LAW_2023]
    per_chapter = collections.Counter()
    no_article = 0
    for q in citing:
        article = first_article(q)
        if article is None:
            no_article += 1
        else:
            per_chapter[chapter_of(article)] += 1
    print(f"\nquestions citing Law 17/2023/QH15 ({LAW_2023}): {len(citing)}")
    print(f"{'chapter':<8} {'articles':>9} {'questions':>9}  name")
    for number, first, last, name in CHAPTERS:
        print(f"{number:<8} {f'{first}-{last}':>9} {per_chapter[number]:>9}  {name}")
    print(f"{'-':<8} {'none':>9} {no_article:>9}  (the law cited without an article)")


if __name__ == "__main__":
    main()
