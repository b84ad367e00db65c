"""What the seeded draws of tests/data/test2 and tests/data/meet3 share: the meeting cues, the ids an
earlier labelled set holds, the corpus pools a draw samples from, and the command line that prints a draw.
Each set's draw.py keeps its own seeds, sizes and sets, so that its draw stays what its labels were made from.
"""
import json, os, re, sys

DATA = os.path.dirname(os.path.abspath(__file__))

# Meeting cues: verbs and nouns of meeting, talks, visits, summits and phone calls.
DE_MEET_CUE = re.compile(
    r"\b(traf|trafen|trifft|treffen|getroffen|Treffen\w*|\w*[Gg]ipfel\w*|Gespräch\w*|Unterredung\w*|"
    r"Verhandlung\w*|verhandel\w*|Besuch\w*|besuch(t|te|ten|en)|empf(ing|ingen|ängt|angen)|Empfang|"
    r"Telefonat\w*|telefonier\w*|zusammen(getroffen|gekommen|kommen|kamen)|berieten|beraten|Konferenz\w*)\b")
EN_MEET_CUE = re.compile(
    r"\b(met|meet|meets|meeting|meetings|talks|summit\w*|visit|visited|visits|visiting|hosted|hosts|"
    r"received|welcomed|phone call|telephoned|spoke by phone|negotiat\w+|conference)\b", re.I)


def held_ids(sets):
    """Every doc id of the labelled sets named (tests/data/SET/*.jsonl for SET in sets)."""
    held = set()
    for d in sets:
        p = os.path.join(DATA, d)
        for f in sorted(os.listdir(p)):
            if f.endswith('.jsonl'):
                held |= {json.loads(l)['doc'] for l in open(os.path.join(p, f), encoding='utf-8')}
    return held


def pools(corpus_dir, held, de_max_bytes):
    """The documents a draw samples from, none of them in `held`: (German derStandard articles of the
    International, Inland, Wirtschaft and Panorama sections up to de_max_bytes, AG News items, BBC
    politics and business articles up to 3,000 bytes), each in corpus order."""
    load = lambda p: [json.loads(l) for l in open(os.path.join(corpus_dir, p), encoding='utf-8')]
    de = [d for d in load('de_news/articles.jsonl') if d['id'] not in held
          and len(d['text'].encode('utf-8')) <= de_max_bytes
          and d['category'] in ('International', 'Inland', 'Wirtschaft', 'Panorama')]
    world = [d for d in load('en_world/items.jsonl') if d['id'] not in held]
    news = [d for d in load('en_news/articles.jsonl') if d['id'] not in held
            and len(d['text'].encode('utf-8')) <= 3000 and d['category'] in ('politics', 'business')]
    return de, world, news


def main(draw, set_name):
    """Prints the draw's three id lists: `draw.py [--corpus DIR]` (default ../shared/corpora)."""
    corpus = os.path.normpath(os.path.join(DATA, '../../../shared/corpora'))
    if '--corpus' in sys.argv:
        corpus = sys.argv[sys.argv.index('--corpus') + 1]
    for part, ids in zip(('de', 'world', 'news'), draw(corpus)):
        print(f'{set_name}_{part}', len(ids), ' '.join(ids))
