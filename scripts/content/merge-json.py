#!/usr/bin/env python3
"""Three-way merge of the bank files (static/questions.json, static/facts.json).

Several writers add questions and facts on their own branches; git sees every
addition at the end of the same array as a conflict. This merges by id
instead: for each object with an "id" (documents, topics, questions, facts,
comparison rows), a change made on one side only wins, an object added on
either side is kept (ours first, then theirs in their order), and an object
changed differently on both sides is a real conflict that stops the merge.

Usable as a git merge driver (.git/info/attributes:
`static/*.json merge=bankjson`; .git/config: `[merge "bankjson"] driver =
python3 scripts/content/merge-json.py %O %A %B`) or by hand:
`merge-json.py BASE OURS THEIRS` writes the result over OURS.
"""
import json
import sys


def merge_value(base, ours, theirs, path):
    if ours == theirs:
        return ours
    if ours == base:
        return theirs
    if theirs == base:
        return ours
    if isinstance(ours, list) and isinstance(theirs, list) and all(
        isinstance(x, dict) and "id" in x for x in ours + theirs + (base or [])
    ):
        return merge_by_id(base or [], ours, theirs, path)
    if isinstance(ours, dict) and isinstance(theirs, dict):
        base = base if isinstance(base, dict) else {}
        out = {}
        for key in list(ours) + [k for k in theirs if k not in ours]:
            out[key] = merge_value(base.get(key), ours.get(key), theirs.get(key), f"{path}.{key}")
            if out[key] is None:
                del out[key]
        return out
    raise SystemExit(f"merge-json: {path} changed differently on both sides")


def merge_by_id(base, ours, theirs, path):
    base_by = {x["id"]: x for x in base}
    theirs_by = {x["id"]: x for x in theirs}
    ours_ids = {x["id"] for x in ours}
    out = []
    for item in ours:
        key = item["id"]
        if key in theirs_by:
            out.append(merge_value(base_by.get(key), item, theirs_by[key], f"{path}[{key}]"))
        elif key in base_by and base_by[key] == item:
            continue  # deleted on their side, untouched on ours
        else:
            out.append(item)
    for item in theirs:
        key = item["id"]
        if key in ours_ids:
            continue
        if key in base_by and base_by[key] == item:
            continue  # deleted on our side, untouched on theirs
        out.append(item)
    return out


def main():
    base_path, ours_path, theirs_path = sys.argv[1:4]
    load = lambda p: json.load(open(p, encoding="utf-8"))
    merged = merge_value(load(base_path), load(ours_path), load(theirs_path), "$")
    with open(ours_path, "w", encoding="utf-8") as f:
        json.dump(merged, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
