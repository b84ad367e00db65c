#!/usr/bin/env python3
"""The seeded draw of tests/data/meet3 (SELECTION.md): 30 documents with a meeting cue in no other labelled set.

    python3 tests/data/meet3/draw.py [--corpus ../shared/corpora]   # prints the three id lists

Modelled on tests/data/test2/draw.py, meeting cues only (no aid cue); the cues, pools and printing are
tests/data/seeded_draw.py's. check_labels.py imports draw() and fails when the label files hold other
documents or another order.
"""
import os, random, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from seeded_draw import DE_MEET_CUE, EN_MEET_CUE, held_ids, pools, main  # noqa: E402

# The labelled sets that existed when meet3 was drawn (commit 2fc3e6d). Fixed, so that a later set does not
# change the draw.
EARLIER_SETS = ('aid', 'de_dev', 'de_meet', 'de_meet2', 'de_test', 'en_dev', 'en_meet', 'en_test', 'test2')


def draw(corpus_dir):
    """Returns (de ids, en_world ids, en_news ids), each a seeded sample of cued documents, in draw order."""
    de, world, news = pools(corpus_dir, held_ids(EARLIER_SETS), de_max_bytes=5000)
    out = []
    for seed, docs, cue, n in ((2711_31, de, DE_MEET_CUE, 15), (2711_32, world, EN_MEET_CUE, 10),
                               (2711_33, news, EN_MEET_CUE, 5)):
        rng = random.Random(seed)
        out.append(rng.sample(sorted(d['id'] for d in docs if cue.search(d['text'])), n))
    return tuple(out)


if __name__ == '__main__':
    main(draw, 'meet3')
