#!/usr/bin/env python3
"""The seeded draw of tests/data/test2 (SELECTION.md): 60 documents that are in no other labelled set.

    python3 tests/data/test2/draw.py [--corpus ../shared/corpora]   # prints the three id lists

check_labels.py imports draw() and fails when the label files hold other documents or another order.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

# Meeting cues: verbs and nouns of meeting, talks, visits, summits and phone calls.
DE_MEET_CUE = re.compile(
    r"\b(traf|trafen|trifft|treffen|getroffen|Treffen\w*|\w*[Gg]ipfel\w*|Gespräch\w*|Unterredung\w*|"
    r"Verhandlung\w*|verhandel\w*|Besuch\w*|besuch(t|te|ten|en)|empf(ing|ingen|ängt|angen)|Empfang|"
    r"Telefonat\w*|telefonier\w*|zusammen(getroffen|gekommen|kommen|kamen)|berieten|beraten|Konferenz\w*)\b")
EN_MEET_CUE = re.compile(
    r"\b(met|meet|meets|meeting|meetings|talks|summit\w*|visit|visited|visits|visiting|hosted|hosts|"
    r"received|welcomed|phone call|telephoned|spoke by phone|negotiat\w+|conference)\b", re.I)
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
    """Returns (de ids, en_world ids, en_news ids), each list cued ids first, then uncued, in draw order."""
    held = held_ids()
    load = lambda p: [json.loads(l) for l in open(os.path.join(corpus_dir, p), encoding='utf-8')]
    de = [d for d in load('de_news/articles.jsonl') if d['id'] not in held
          and len(d['text'].encode('utf-8')) <= 6000
          and d['category'] in ('International', 'Inland', 'Wirtschaft', 'Panorama')]
    world = [d for d in load('en_world/items.jsonl') if d['id'] not in held]
    news = [d for d in load('en_news/articles.jsonl') if d['id'] not in held
            and len(d['text'].encode('utf-8')) <= 3000 and d['category'] in ('politics', 'business')]
    out = []
    for seed, docs, lang, n_cued, n_plain in ((2711_27, de, 'de', 20, 10), (2711_28, world, 'en', 12, 8),
                                              (2711_29, news, 'en', 6, 4)):
        rng = random.Random(seed)
        yes = sorted(d['id'] for d in docs if cued(d['text'], lang))
        no = sorted(d['id'] for d in docs if not cued(d['text'], lang))
        out.append(rng.sample(yes, n_cued) + rng.sample(no, n_plain))
    return tuple(out)


if __name__ == '__main__':
    corpus = os.path.normpath(os.path.join(DATA, '../../../shared/corpora'))
    if '--corpus' in sys.argv:
        corpus = sys.argv[sys.argv.index('--corpus') + 1]
    for name, ids in zip(('test2_de', 'test2_world', 'test2_news'), draw(corpus)):
        print(name, len(ids), ' '.join(ids))
