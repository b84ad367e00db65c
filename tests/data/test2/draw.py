#!/usr/bin/env python3
"""The seeded draw of tests/data/test2 (SELECTION.md): 60 documents that are in no other labelled set.

    python3 tests/data/test2/draw.py [--corpus ../shared/corpora]   # prints the three id lists

check_labels.py imports draw() and fails when the label files hold other documents or another order.
"""
import os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from seeded_draw import DE_MEET_CUE, EN_MEET_CUE, held_ids, pools, main  # noqa: E402

# The meeting cues, the pools and the printing are tests/data/seeded_draw.py's.

# Aid-request cues: a verb of asking or appealing at most 80 characters before or after an aid noun.
DE_AID_VERB = re.compile(
    r"\b(bitte[nt]?|bat(en)?|gebeten|ersuch\w*|appellier\w*|Appell\w*|forder\w*|gefordert|verlang\w*|"
    r"ruf\w* \w+ (\w+ )?auf|aufgerufen|Aufruf\w*|beantrag\w*|benötig\w*|fleh\w*)\b")
DE_AID_NOUN = re.compile(
    r"(Hilfe|[Hh]ilfen\b|Unterstützung|Waffen|Truppen|Soldaten|Geld|Kredit|Darlehen|Spenden|Hilfsgüter|"
    r"Lebensmittel|Medikamente|Schuldenerlass|Schuldenschnitt|Umschuldung|Rettungs\w*|Finanzhilfe\w*)")
EN_AID_VERB = re.compile(
    r"\b(ask(s|ed|ing)?|appeal(s|ed|ing)?|urg(e|es|ed|ing)|call(s|ed|ing)? (for|on)|request(s|ed|ing)?|"
    r"plead(s|ed|ing)?|beg(s|ged|ging)?|seek(s|ing)?|sought)\b", re.I)
EN_AID_NOUN = re.compile(
    r"\b(aid|help|assistance|support|weapons|arms|troops|peacekeepers|money|funds?|funding|loans?|"
    r"debt relief|bail-?out|rescue|donations?|relief|supplies)\b", re.I)


def aid_cued(text, verb, noun, window=80):
    nouns = [m.start() for m in noun.finditer(text)]
    return any(abs(m.start() - p) <= window for m in verb.finditer(text) for p in nouns)


def cued(text, lang):
    if lang == 'de':
        return bool(DE_MEET_CUE.search(text)) or aid_cued(text, DE_AID_VERB, DE_AID_NOUN)
    return bool(EN_MEET_CUE.search(text)) or aid_cued(text, EN_AID_VERB, EN_AID_NOUN)


# The labelled sets that existed when test2 was drawn (commit a74656a). The list is fixed so that a set
# added later does not change the draw.
EARLIER_SETS = ('aid', 'de_dev', 'de_meet', 'de_meet2', 'de_test', 'en_dev', 'en_meet', 'en_test')


def draw(corpus_dir):
    """Returns (de ids, en_world ids, en_news ids), each list cued ids first, then uncued, in draw order."""
    de, world, news = pools(corpus_dir, held_ids(EARLIER_SETS), de_max_bytes=6000)
    out = []
    for seed, docs, lang, n_cued, n_plain in ((2711_27, de, 'de', 20, 10), (2711_28, world, 'en', 12, 8),
                                              (2711_29, news, 'en', 6, 4)):
        rng = random.Random(seed)
        yes = sorted(d['id'] for d in docs if cued(d['text'], lang))
        no = sorted(d['id'] for d in docs if not cued(d['text'], lang))
        out.append(rng.sample(yes, n_cued) + rng.sample(no, n_plain))
    return tuple(out)


if __name__ == '__main__':
    main(draw, 'test2')
