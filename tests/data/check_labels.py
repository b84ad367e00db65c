#!/usr/bin/env python3
"""Check label files (tests/data/*/*.jsonl): format, enums, actors, UTF-8 byte spans and the seeded
English selections (en_dev, en_test) and the aid set's draws (aid/SELECTION.md).

Usage: python3 check_labels.py [labels.jsonl ...] [--corpus ../shared/corpora]
Exit status 0 when no errors were found.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if not a.startswith('--')]
corpus_dir = os.path.normpath(os.path.join(HERE, '../../../shared/corpora'))
if '--corpus' in sys.argv:
    corpus_dir = sys.argv[sys.argv.index('--corpus') + 1]
    args.remove(corpus_dir)
files = args or [os.path.join(HERE, d, f) for d in sorted(os.listdir(HERE)) if os.path.isdir(os.path.join(HERE, d))
                 for f in sorted(os.listdir(os.path.join(HERE, d))) if f.endswith('.jsonl')]

KINDS = {'say', 'thank', 'warn', 'stress', 'demand', 'reject', 'criticise', 'announce', 'deny',
         'promise', 'praise', 'threaten', 'appeal', 'confirm'}
MODS = {'asserted', 'planned', 'negated', 'reported'}
AKINDS = {'person', 'organisation', 'country', 'group'}
CATS = {'military', 'humanitarian', 'financial', 'other'}
COMMON = ['type', 'evidence', 'span', 'modality', 'date', 'date_text']
TYPEKEYS = {'Statement': ['speaker', 'kind', 'addressee', 'content'],
            'Meeting': ['participants', 'location', 'topic', 'on_behalf_of'],
            'AidRequest': ['requester', 'provider', 'items', 'category', 'urgent']}

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

texts = {}
def corpus_text(corpus, doc):
    if corpus not in texts:
        texts[corpus] = {}
        d = os.path.join(corpus_dir, corpus)
        for fn in os.listdir(d):
            if fn.endswith('.jsonl'):
                for line in open(os.path.join(d, fn), encoding='utf-8'):
                    o = json.loads(line)
                    texts[corpus][o['id']] = o['text']
    return texts[corpus].get(doc)

def check_actor(a, where, nullable=False):
    if a is None:
        if not nullable: err(f'{where}: actor is null')
        return
    if not isinstance(a, dict): err(f'{where}: actor not an object'); return
    for k in ('text', 'name', 'role', 'country', 'kind'):
        if k not in a: err(f'{where}: actor lacks {k}')
    extra = set(a) - {'text', 'name', 'role', 'country', 'kind', 'resolved'}
    if extra: err(f'{where}: actor has unknown keys {extra}')
    if not a.get('text'): err(f'{where}: actor text empty')
    if a.get('kind') not in AKINDS: err(f'{where}: actor kind {a.get("kind")!r}')
    c = a.get('country')
    if c is not None and not re.fullmatch(r'[A-Z]{3}', c): err(f'{where}: country {c!r} not alpha-3')
    if 'resolved' in a:
        if a['resolved'] is not True: err(f'{where}: resolved must be true when present')
        if not a.get('name'): err(f'{where}: resolved actor without name')

counts = {}
ndocs = 0
for fn in files:
    seen = set()
    for ln, line in enumerate(open(fn, encoding='utf-8'), 1):
        where0 = f'{os.path.basename(fn)}:{ln}'
        try:
            d = json.loads(line)
        except Exception as e:
            err(f'{where0}: bad JSON: {e}'); continue
        ndocs += 1
        for k in ('doc', 'corpus', 'category', 'events', 'notes'):
            if k not in d: err(f'{where0}: missing {k}')
        doc = d.get('doc')
        if doc in seen: err(f'{where0}: duplicate doc {doc}')
        seen.add(doc)
        text = corpus_text(d.get('corpus'), doc)
        if text is None: err(f'{where0}: doc {doc} not in corpus {d.get("corpus")}'); continue
        t = text.encode('utf-8')
        spans = []
        for i, e in enumerate(d.get('events', [])):
            where = f'{where0} {doc} ev{i}'
            ty = e.get('type')
            if ty not in TYPEKEYS: err(f'{where}: type {ty!r}'); continue
            want = COMMON + TYPEKEYS[ty]
            if set(e) != set(want): err(f'{where}: keys {sorted(set(e) ^ set(want))} wrong')
            counts[ty] = counts.get(ty, 0) + 1
            b, en = e.get('span', [None, None])
            if not (isinstance(b, int) and isinstance(en, int) and 0 <= b < en <= len(t)):
                err(f'{where}: bad span {e.get("span")}'); continue
            try:
                got = t[b:en].decode('utf-8')
            except UnicodeDecodeError:
                err(f'{where}: span cuts a UTF-8 character'); continue
            if got != e['evidence']:
                err(f'{where}: span text {got!r} != evidence {e["evidence"]!r}')
            n = t.count(e['evidence'].encode('utf-8'))
            if n > 1: warn(f'{where}: evidence occurs {n} times in the text (span at {b})')
            if '\n\n' in e['evidence']: err(f'{where}: evidence crosses headline/summary boundary')
            if e.get('modality') not in MODS: err(f'{where}: modality {e.get("modality")!r}')
            dt = e.get('date')
            if dt is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', dt): err(f'{where}: date {dt!r}')
            if dt is not None and not e.get('date_text'): err(f'{where}: date without date_text')
            if e.get('date_text') is not None and e['date_text'].encode('utf-8') not in t:
                err(f'{where}: date_text {e["date_text"]!r} not in text')
            if ty == 'Statement':
                check_actor(e.get('speaker'), where + ' speaker')
                check_actor(e.get('addressee'), where + ' addressee', nullable=True)
                if e.get('kind') not in KINDS: err(f'{where}: kind {e.get("kind")!r}')
            elif ty == 'Meeting':
                ps = e.get('participants')
                if not isinstance(ps, list) or not ps: err(f'{where}: participants empty')
                else:
                    for j, p in enumerate(ps): check_actor(p, f'{where} participant{j}')
                check_actor(e.get('on_behalf_of'), where + ' on_behalf_of', nullable=True)
            else:
                check_actor(e.get('requester'), where + ' requester', nullable=True)
                check_actor(e.get('provider'), where + ' provider', nullable=True)
                if not isinstance(e.get('items'), list) or not e['items']: err(f'{where}: items empty')
                if e.get('category') not in CATS: err(f'{where}: category {e.get("category")!r}')
                if not isinstance(e.get('urgent'), bool): err(f'{where}: urgent not bool')
            # the surface text of a non-resolved actor should occur in the document
            for role in ('speaker', 'requester'):
                a = e.get(role)
                if a and a.get('text') and a['text'].encode('utf-8') not in t:
                    warn(f'{where}: {role} text {a["text"]!r} not found in the document')
            for p in e.get('participants') or []:
                if p.get('text') and p['text'].encode('utf-8') not in t:
                    warn(f'{where}: participant text {p["text"]!r} not found in the document')
            spans.append((ty, b, en, json.dumps(e.get('speaker') or e.get('participants'), sort_keys=True)))
        if len(set(spans)) != len(spans): err(f'{where0}: duplicate event')

EN_MEET_CUE = (r"\b(met|meet|meets|meeting|meetings|talks|summit|visit|visited|visits|visiting|hosted|hosts|received|"
               r"welcomed|phone call|telephoned|spoke by phone|summoned|asked for|appealed|appeals|requested|request|"
               r"pleaded|sought|seeks|seek|aid)\b")
# The English selections must be the documented seeded samples (en_dev/SELECTION*.md, en_test/SELECTION.md).
def docs_of(path):
    return [json.loads(l)['doc'] for l in open(path, encoding='utf-8')] if os.path.exists(path) else []
def news_pool(cat, exclude=()):
    return sorted([d for d in news_docs() if d['category'] == cat and len(d['text']) <= 2500 and d['id'] not in exclude],
                  key=lambda d: d['id'])
_news = []
def news_docs():
    if not _news:
        _news.extend(json.loads(l) for l in open(os.path.join(corpus_dir, 'en_news/articles.jsonl'), encoding='utf-8'))
    return _news
for fn in files:
    folder, base = os.path.basename(os.path.dirname(os.path.abspath(fn))), os.path.basename(fn)
    dev_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(fn))), 'en_dev')
    got = docs_of(fn)
    if base == 'en_world.jsonl':
        ids = [json.loads(l)['id'] for l in open(os.path.join(corpus_dir, 'en_world/items.jsonl'), encoding='utf-8')]
        if folder == 'en_test':
            dev = set(docs_of(os.path.join(dev_dir, 'en_world.jsonl'))) | set(docs_of(os.path.join(dev_dir, 'en_news.jsonl')))
            remaining = [i for i in ids if i not in dev]
            sample = random.Random(9090).sample(remaining, 70)
            if set(got) != set(sample): err(f'{fn}: documents differ from random.Random(9090).sample(remaining_ids, 70)')
            if got != [i for i in ids if i in set(got)]: err(f'{fn}: documents not in corpus file order')
        else:
            sample = set(random.Random(4242).sample(ids, 110))
            if set(got) != sample: err(f'{fn}: documents differ from random.Random(4242).sample(ids, 110)')
    elif base == 'en_news.jsonl':
        if folder == 'en_test':
            dev = set(docs_of(os.path.join(dev_dir, 'en_world.jsonl'))) | set(docs_of(os.path.join(dev_dir, 'en_news.jsonl')))
            rng = random.Random(9191)
            draw = rng.sample(news_pool('politics', dev), 8) + rng.sample(news_pool('business', dev), 4)
            if got != [d['id'] for d in draw]: err(f'{fn}: documents differ from the seeded draw (Random(9191), 8 politics + 4 business)')
        else:
            rng = random.Random(777)
            draw = rng.sample(news_pool('politics'), 18) + rng.sample(news_pool('business'), 6)
            if got != [d['id'] for d in draw]: err(f'{fn}: documents differ from the seeded draw (Random(777), 18 politics + 6 business)')
    if folder == 'en_meet':
        # en_meet/SELECTION.md: meeting/aid-cue draws, disjoint from en_dev and en_test
        held = set()
        for s_ in ('en_dev', 'en_test'):
            for f_ in ('en_world.jsonl', 'en_news.jsonl'):
                held |= set(docs_of(os.path.join(os.path.dirname(dev_dir), s_, f_)))
        cue = re.compile(EN_MEET_CUE)
        if base == 'meet_world.jsonl':
            world = [json.loads(l) for l in open(os.path.join(corpus_dir, 'en_world/items.jsonl'), encoding='utf-8')]
            pool = [d for d in world if d['id'] not in held]
            rng = random.Random(2611)
            cued = rng.sample(sorted(d['id'] for d in pool if cue.search(d['text'])), 42)
            rng.sample(sorted(d['id'] for d in news_docs() if d['id'] not in held and len(d['text']) <= 1500
                              and cue.search(d['text'])), 3)  # an earlier news draw, kept so the stream is unchanged
            plain = rng.sample(sorted(d['id'] for d in pool if d['id'] not in set(cued)), 15)
            if got != cued + plain: err(f'{fn}: documents differ from the seeded draw (Random(2611): 42 cued + 15 any)')
        elif base == 'meet_news.jsonl':
            pool = sorted(d['id'] for d in news_docs() if d['id'] not in held and d['category'] in ('politics', 'business')
                          and len(d['text']) <= 1500 and cue.search(d['text']))
            if got != random.Random(2612).sample(pool, 3): err(f'{fn}: documents differ from the seeded draw (Random(2612), 3 cued)')
    if folder == 'en_test':
        dev = set(docs_of(os.path.join(dev_dir, 'en_world.jsonl'))) | set(docs_of(os.path.join(dev_dir, 'en_news.jsonl')))
        if dev & set(got): err(f'{fn}: held-out documents also in en_dev: {sorted(dev & set(got))}')


# aid/SELECTION.md: aid-request cues: a request verb and an aid noun at most 150 characters apart.
DE_AID_VERB = (r"\b(beantrag\w*|drängt?e?n?|bitte[nt]?|bat(en)?|gebeten|ersuch\w*|appellier\w*|Appell\w*|forder\w*|gefordert|Forderung\w*|"
               r"verlang\w*|ruf\w* \w+ (\w+ )?auf|aufgerufen|Aufruf\w*|benötig\w*|brauch\w*|hoff\w* auf|flehen?t?)\b")
DE_AID_NOUN = (r"(Hilfe|[Hh]ilfen\b|Unterstützung|Waffen|Munition|Truppen|Soldaten|Geld|Kredit|Darlehen|Mittel\b|"
               r"Milliarden|Millionen|Spenden|Hilfsgüter|Lebensmittel|Nahrung|Medikamente|Unterk(u|ü)nft|Zelte|"
               r"Schuldenerlass|Schuldenschnitt|Umschuldung|Rettungs\w*|Finanz\w*|Zuschüsse|Förderung|Budget|Schutz)")
EN_AID_VERB = (r"\b(ask(s|ed|ing)?|appeal(s|ed|ing)?|urg(e|es|ed|ing)|call(s|ed|ing)? for|call(s|ed|ing)? on|"
               r"request(s|ed|ing)?|plead(s|ed|ing)?|pled|beg(s|ged|ging)?|seek(s|ing)?|sought|demand(s|ed|ing)?|"
               r"need(s|ed)?)\b")
EN_AID_NOUN = (r"\b(aid|help|assistance|support|weapons|arms|troops|soldiers|peacekeepers|money|funds?|funding|"
               r"loans?|credit|debt relief|bail-?out|rescue|donations?|food|relief|shelter|medicines?|supplies|"
               r"equipment|reinforcements)\b")
def aid_cued(text, verb, noun, window=150):
    """A request verb and an aid noun that begin at most `window` characters apart."""
    nouns = [m.start() for m in noun.finditer(text)]
    return any(abs(m.start() - p) <= window for m in verb.finditer(text) for p in nouns)

def aid_draw(corpus_dir, held):
    """tests/data/aid/SELECTION.md: the seeded draws, as lists of ids: (aid_de, aid_world, aid_news)."""
    de_v, de_n = re.compile(DE_AID_VERB), re.compile(DE_AID_NOUN)
    en_v, en_n = re.compile(EN_AID_VERB), re.compile(EN_AID_NOUN)
    load = lambda p: [json.loads(l) for l in open(os.path.join(corpus_dir, p), encoding='utf-8')]
    de = [d for d in load('de_news/articles.jsonl') if d['id'] not in held and len(d["text"]) <= 4000]
    world = [d for d in load('en_world/items.jsonl') if d['id'] not in held]
    news = [d for d in load('en_news/articles.jsonl') if d['id'] not in held and len(d['text']) <= 1800
            and d['category'] in ('politics', 'business')]
    rng = random.Random(2711)
    de_cued = rng.sample(sorted(d['id'] for d in de if aid_cued(d['text'], de_v, de_n)), 20)
    de_plain = rng.sample(sorted(d['id'] for d in de if d['id'] not in set(de_cued)), 2)
    world_cued = rng.sample(sorted(d['id'] for d in world if aid_cued(d['text'], en_v, en_n)), 20)
    world_plain = rng.sample(sorted(d['id'] for d in world if d['id'] not in set(world_cued)), 3)
    news_cued = rng.sample(sorted(d['id'] for d in news if aid_cued(d['text'], en_v, en_n)), 5)
    return de_cued + de_plain, world_cued + world_plain, news_cued

def aid_draw_close(corpus_dir, held):
    """tests/data/aid/SELECTION.md, second draw: request verb and aid noun at most 40 (English) or 60 (German)
    characters apart, from documents in neither the first draw nor any other set: (aid_de2, aid_news2)."""
    first = set(sum(aid_draw(corpus_dir, held), []))
    load = lambda p: [json.loads(l) for l in open(os.path.join(corpus_dir, p), encoding='utf-8')]
    de = [d for d in load('de_news/articles.jsonl') if d['id'] not in held | first and len(d['text']) <= 3000
          and d['category'] in ('International', 'Inland', 'Wirtschaft', 'Panorama')]
    news = [d for d in load('en_news/articles.jsonl') if d['id'] not in held | first and len(d['text']) <= 2500
            and d['category'] in ('politics', 'business')]
    rng = random.Random(2712)
    de2 = rng.sample(sorted(d['id'] for d in de if aid_cued(d['text'], re.compile(DE_AID_VERB), re.compile(DE_AID_NOUN), 60)), 4)
    news2 = rng.sample(sorted(d['id'] for d in news if aid_cued(d['text'], re.compile(EN_AID_VERB), re.compile(EN_AID_NOUN), 40)), 5)
    return de2, news2

# The sets that existed when the aid set was drawn; sets drawn later (test2) must not change its draw.
AID_EARLIER_SETS = ('de_dev', 'de_meet', 'de_meet2', 'de_test', 'en_dev', 'en_meet', 'en_test')
def aid_held():
    """Every document of every earlier labelled set: the aid draws skip them."""
    held = set()
    for d in AID_EARLIER_SETS:
        if os.path.isdir(os.path.join(HERE, d)):
            for f in os.listdir(os.path.join(HERE, d)):
                if f.endswith('.jsonl'): held |= set(docs_of(os.path.join(HERE, d, f)))
    return held
aid_files = {os.path.basename(f): f for f in files if os.path.basename(os.path.dirname(os.path.abspath(f))) == 'aid'}
if aid_files:
    held = aid_held()
    want = dict(zip(['aid_de.jsonl', 'aid_world.jsonl', 'aid_news.jsonl'], aid_draw(corpus_dir, held)))
    want.update(zip(['aid_de2.jsonl', 'aid_news2.jsonl'], aid_draw_close(corpus_dir, held)))
    for base, fn in sorted(aid_files.items()):
        if base not in want: err(f'{fn}: not a file of the aid draw (aid/SELECTION.md)')
        elif docs_of(fn) != want[base]: err(f'{fn}: documents differ from the seeded draw (aid/SELECTION.md, Random(2711) and Random(2712))')

# test2/SELECTION.md: the seeded draw of test2/draw.py (cued and uncued documents in no earlier set).
test2_files = {os.path.basename(f): f for f in files if os.path.basename(os.path.dirname(os.path.abspath(f))) == 'test2'}
if test2_files:
    sys.path.insert(0, os.path.join(HERE, 'test2'))
    sys.dont_write_bytecode = True  # no __pycache__ in tests/data
    import draw as test2_draw
    want = dict(zip(['test2_de.jsonl', 'test2_world.jsonl', 'test2_news.jsonl'], test2_draw.draw(corpus_dir)))
    for base, fn in sorted(test2_files.items()):
        if base not in want: err(f'{fn}: not a file of the test2 draw (test2/SELECTION.md)')
        elif docs_of(fn) != want[base]: err(f'{fn}: documents differ from the seeded draw (test2/draw.py)')

# meet3/SELECTION.md: the seeded draw of meet3/draw.py (meeting-cued documents in no earlier set, test2 included).
meet3_files = {os.path.basename(f): f for f in files if os.path.basename(os.path.dirname(os.path.abspath(f))) == 'meet3'}
if meet3_files:
    import importlib.util
    sys.dont_write_bytecode = True  # no __pycache__ in tests/data
    spec = importlib.util.spec_from_file_location('meet3_draw', os.path.join(HERE, 'meet3', 'draw.py'))
    meet3_draw = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(meet3_draw)
    want = dict(zip(['meet3_de.jsonl', 'meet3_world.jsonl', 'meet3_news.jsonl'], meet3_draw.draw(corpus_dir)))
    for base, fn in sorted(meet3_files.items()):
        if base not in want: err(f'{fn}: not a file of the meet3 draw (meet3/SELECTION.md)')
        elif docs_of(fn) != want[base]: err(f'{fn}: documents differ from the seeded draw (meet3/draw.py)')

for w in warnings: print('WARN', w)
for e in errors: print('ERROR', e)
print(f'{ndocs} documents, events: ' + ', '.join(f'{k} {v}' for k, v in sorted(counts.items())) +
      f'; {len(errors)} errors, {len(warnings)} warnings')
sys.exit(1 if errors else 0)
