#!/usr/bin/env python3
"""The real-news development set: metadata and gold in the repository, texts outside it.

Third-party article text never enters the repository. `accuracy/real-*.meta.jsonl`
holds, per excerpt: id, url, the query that found it, date, title, source,
kind, the SHA-256 of its text, the split (`dev` or `test`) and the gold. The
texts live in a folder of your own (one `<id>.txt` per excerpt, the stored
copy exactly as gathered).

  scripts/real_corpus.py merge META.jsonl... --texts DIR   # add new excerpts (hash, split)
  scripts/real_corpus.py verify --texts DIR                # check a gathered copy against the hashes
  scripts/real_corpus.py build --texts DIR --out DIR       # write dev.gold.jsonl / test.gold.jsonl for `stance eval`

The split is fixed by the hashes, so that nobody chooses it: the excerpts a
merge adds are sorted by SHA-256 and every third (the 1st, 4th, 7th, ...) is
held out (`test`); an excerpt keeps its split once recorded.
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
META = os.path.join(HERE, "..", "accuracy")
SPLITS = ("dev", "test")
FIELDS = ("id", "url", "query", "date", "title", "source", "kind", "sha256", "split", "gold", "notes")


def sha256_of(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def meta_path(split):
    return os.path.join(META, f"real-{split}.meta.jsonl")


def read_meta():
    rows = []
    for split in SPLITS:
        p = meta_path(split)
        if not os.path.exists(p):
            continue
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    row = json.loads(line)
                    row["_where"] = f"{p}:{n}"
                    rows.append(row)
    return rows


def write_meta(rows):
    os.makedirs(META, exist_ok=True)
    for split in SPLITS:
        with open(meta_path(split), "w", encoding="utf-8") as f:
            for r in sorted((r for r in rows if r["split"] == split), key=lambda r: r["id"]):
                f.write(json.dumps({k: r.get(k) for k in FIELDS}, ensure_ascii=False) + "\n")


def cmd_merge(a):
    rows = [r for r in read_meta()]
    have_ids = {r["id"] for r in rows}
    have_urls = {r["url"] for r in rows}
    added = skipped = 0
    new = []
    for src in a.meta:
        with open(src, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                r = json.loads(line)
                text = os.path.join(a.texts, r["id"] + ".txt")
                if r["id"] in have_ids or r["url"] in have_urls:
                    print(f"{src}:{n}: {r['id']}: already in the set (id or url), skipped", file=sys.stderr)
                    skipped += 1
                    continue
                if not os.path.exists(text):
                    print(f"{src}:{n}: {r['id']}: no text file {text}, skipped", file=sys.stderr)
                    skipped += 1
                    continue
                r["sha256"] = sha256_of(text)
                new.append(r)
                have_ids.add(r["id"])
                have_urls.add(r["url"])
                added += 1
    for i, r in enumerate(sorted(new, key=lambda r: r["sha256"])):
        r["split"] = "test" if i % 3 == 0 else "dev"
    rows.extend(new)
    write_meta(rows)
    counts = {s: sum(r["split"] == s for r in rows) for s in SPLITS}
    print(f"added {added}, skipped {skipped}; now dev {counts['dev']}, test {counts['test']}")


def cmd_verify(a):
    bad = 0
    rows = read_meta()
    for r in rows:
        text = os.path.join(a.texts, r["id"] + ".txt")
        if not os.path.exists(text):
            print(f"{r['_where']}: {r['id']}: missing {text}")
            bad += 1
        elif sha256_of(text) != r["sha256"]:
            print(f"{r['_where']}: {r['id']}: text differs from the recorded SHA-256 ({r['url']})")
            bad += 1
    print(f"{len(rows) - bad} of {len(rows)} texts match their hashes")
    return 1 if bad else 0


def cmd_build(a):
    os.makedirs(a.out, exist_ok=True)
    rows = read_meta()
    missing = 0
    for split in SPLITS:
        out = os.path.join(a.out, f"{split}.gold.jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for r in rows:
                if r["split"] != split:
                    continue
                text = os.path.join(a.texts, r["id"] + ".txt")
                if not os.path.exists(text) or sha256_of(text) != r["sha256"]:
                    missing += 1
                    continue
                with open(text, encoding="utf-8") as t:
                    body = t.read()
                art = {"id": r["id"], "date": r.get("date"), "title": r.get("title") or "",
                       "source": r.get("source") or "", "text": body, "gold": r["gold"]}
                f.write(json.dumps(art, ensure_ascii=False) + "\n")
        print(f"wrote {out}")
    if missing:
        print(f"{missing} excerpts left out: text missing or changed (run verify)", file=sys.stderr)
        return 1
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("merge")
    m.add_argument("meta", nargs="+")
    m.add_argument("--texts", required=True)
    v = sub.add_parser("verify")
    v.add_argument("--texts", required=True)
    b = sub.add_parser("build")
    b.add_argument("--texts", required=True)
    b.add_argument("--out", required=True)
    a = p.parse_args()
    return {"merge": cmd_merge, "verify": cmd_verify, "build": cmd_build}[a.cmd](a) or 0


if __name__ == "__main__":
    sys.exit(main())
