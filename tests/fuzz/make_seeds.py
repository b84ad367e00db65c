#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (corpus/<target>/) from real input: a few dozen
sentences of ../shared/corpora (the README there allows a handful of quoted sentences, never
whole files), the default rule text split rule by rule, and the tool's test lines. Run once
from the repository root; the seeds are kept in the repository, so CI needs no corpora.
"""
import json, random, re, sys
from pathlib import Path

root = Path(__file__).resolve().parents[2]
corpora = root.parent / "shared" / "corpora"
out = root / "tests" / "fuzz" / "corpus"
random.seed(6)

def sentences(path, count):
    lines = [json.loads(l) for l in open(path, encoding="utf-8")]
    random.shuffle(lines)
    picked = []
    for doc in lines:
        parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+", doc["text"]) if 60 <= len(p.strip()) <= 300]
        if parts:
            picked.append((doc.get("lang", "de"), " ".join(parts[:2])))
        if len(picked) == count:
            break
    return picked

texts = (sentences(corpora / "de_news" / "articles.jsonl", 14) + sentences(corpora / "en_news" / "articles.jsonl", 8)
         + sentences(corpora / "petrarch_gsr" / "sentences.jsonl", 4) + sentences(corpora / "en_world" / "items.jsonl", 4))
texts.append(("de", (root / "examples" / "seed_article.txt").read_text(encoding="utf-8")[:1500]))

for target in ("text", "pipeline"):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    for i, (lang, text) in enumerate(texts):
        # First byte: the mode (bit 0/1 language for the targets, see their sources).
        mode = 1 if lang == "de" else 2
        if target == "text":
            mode = 0 if lang == "de" else 1
        (folder / f"seed_{i:02d}").write_bytes(bytes([mode]) + text.encode("utf-8"))

# The rule text: each rule of the defaults with the lexicons it names.
folder = out / "dsl"
folder.mkdir(parents=True, exist_ok=True)
n = 0
for header in ("german.hpp", "english.hpp"):
    source = (root / "include" / "eventex" / "rules" / header).read_text(encoding="utf-8")
    body = source.split('R"eventex(', 1)[1].split(')eventex"', 1)[0]
    lexicons = {m.group(1): m.group(0) for m in re.finditer(r"^lexicon\s+(\S+)\s*=.*?;", body, re.S | re.M)}
    rules = re.findall(r"^rule .*?^end\b", body, re.S | re.M)
    random.shuffle(rules)
    for rule in rules[:20]:
        used = [lexicons[name] for name in dict.fromkeys(re.findall(r"<([^>\s]+)>", rule)) if name in lexicons]
        text = "\n".join(used + [rule]) + "\n"
        if len(text) <= 6000:
            (folder / f"rule_{n:02d}").write_text(text, encoding="utf-8")
            n += 1

# JSON lines: the tool's test lines and short documents.
folder = out / "jsonl"
folder.mkdir(parents=True, exist_ok=True)
(folder / "bad_jsonl").write_bytes((root / "tests" / "cli" / "bad.jsonl").read_bytes())
for i, (lang, text) in enumerate(texts[:12]):
    line = json.dumps({"id": f"seed-{i}", "date": "2025-07-03", "lang": lang, "text": text[:180]}, ensure_ascii=i % 2 == 0)
    (folder / f"seed_{i:02d}").write_text(line + "\n", encoding="utf-8")
print("seeds written:", sum(1 for _ in out.rglob("*") if _.is_file()), file=sys.stderr)
