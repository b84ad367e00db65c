#!/usr/bin/env python3
"""The seeded draw of tests/data/meet3 (SELECTION.md): 30 documents with a meeting cue in no other labelled set.

    python3 tests/data/meet3/draw.py [--corpus ../shared/corpora]   # prints the three id lists

Modelled on tests/data/test2/draw.py, meeting cues only (no aid cue). check_labels.py imports draw() and
fails when the label files hold other documents or another order.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

# Meeting cues: verbs and nouns of meeting, talks, visits, summits and phone calls (test2/draw.py's lists).
DE_MEET_CUE = re.compile(
    r"\b(traf|trafen|trifft|treffen|getroffen|Treffen\w*|\w*[Gg]ipfel\w*|Gespräch\w*|Unterredung\w*|"
    r"Verhandlung\w*|verhandel\w*|Besuch\w*|besuch(t|te|ten|en)|empf(ing|ingen|ängt|angen)|Empfang|"
    r"Telefonat\w*|telefonier\w*|zusammen(getroffen|gekommen|kommen|kamen)|berieten|beraten|Konferenz\w*)\b")
EN_MEET_CUE = re.compile(
    r"\b(met|meet|meets|meeting|meetings|talks|held talks|summit\w*|visit|visited|visits|visiting|hosted|hosts|"
    r"received|welcomed|phone call|telephoned|spoke by phone|negotiat\w+|conference)\b", re.I)

# The labelled sets that existed when meet3 was drawn (commit 2fc3e6d). Fixed, so that a later set does not
# change the draw.
EARLIER_SETS = ('aid', 'de_dev', 'de_meet', 'de_meet2', 'de_test', 'en_dev', 'en_meet', 'en_test', 'test2')


def held_ids():
    """Every doc id of the earlier labelled sets (tests/data/SET/*.jsonl for SET in EARLIER_SETS)."""
    held = set()
    for d in EARLIER_SETS:
        p = os.path.join(DATA, d)
        for f in sorted(os.listdir(p)):
            if f.endswith('.jsonl'):
                held |= {json.loads(l)['doc'] for l in open(os.path.join(p, f), encoding='utf-8')}
    return held


def draw(corpus_dir):
    """Returns (de ids, en_world ids, en_news ids), each a seeded sample of cued documents, in draw order."""
    held = held_ids()
    load = lambda p: [json.loads(l) for l in open(os.path.join(corpus_dir, p), encoding='utf-8')]
    de = [d for d in load('de_news/articles.jsonl') if d['id'] not in held
          and len(d['text'].encode('utf-8')) <= 5000
          and d['category'] in ('International', 'Inland', 'Wirtschaft', 'Panorama')]
    world = [d for d in load('en_world/items.jsonl') if d['id'] not in held]
    news = [d for d in load('en_news/articles.jsonl') if d['id'] not in held
            and len(d['text'].encode('utf-8')) <= 3000 and d['category'] in ('politics', 'business')]
    out = []
    for seed, docs, cue, n in ((2711_31, de, DE_MEET_CUE, 15), (2711_32, world, EN_MEET_CUE, 10),
                               (2711_33, news, EN_MEET_CUE, 5)):
        rng = random.Random(seed)
        out.append(rng.sample(sorted(d['id'] for d in docs if cue.search(d['text'])), n))
    return tuple(out)


if __name__ == '__main__':
    corpus = os.path.normpath(os.path.join(DATA, '../../../shared/corpora'))
    if '--corpus' in sys.argv:
        corpus = sys.argv[sys.argv.index('--corpus') + 1]
    for name, ids in zip(('meet3_de', 'meet3_world', 'meet3_news'), draw(corpus)):
        print(name, len(ids), ' '.join(ids))
