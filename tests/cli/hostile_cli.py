#!/usr/bin/env python3
"""Hostile input through the `eventex` tool (README, "Hostile input"): a 50 MB document under and
over --max-document-bytes, 100,000 tiny documents with bad lines among them, invalid UTF-8
rejected and replaced, NUL bytes, CRLF, a byte order mark, empty documents and overlong lines.
Each case checks the defined behaviour, that every other document's events come out, the
--errors records, the counts on stderr (read = processed + rejected), and for the big inputs
that memory stays bounded (peak RSS against a run on one small article). For ctest:

    hostile_cli.py EVENTEX SOURCE_DIR WORK_DIR [--sanitizer]

--sanitizer, for a sanitizer build: leaves out the 50 MB document (it alone takes minutes there)
and the memory checks (AddressSanitizer's shadow memory and quarantine are no measure of ours).
Inputs are generated here; nothing big is committed.
"""
import json, os, re, subprocess, sys

eventex, source_dir, work = sys.argv[1], sys.argv[2], sys.argv[3]
sanitizer = "--sanitizer" in sys.argv
os.makedirs(work, exist_ok=True)
failures = []

MEETING = "Bundeskanzler Karl Nehammer traf am Dienstag in Wien den ukrainischen Präsidenten Wolodymyr Selenskyj."
# The request gives two events: the AidRequest and the appeal Statement of "bat ... um".
REQUEST = "Die Regierung in Kiew bat Deutschland dringend um weitere Luftabwehrsysteme."
STATEMENT = "Außenminister Sebastian Kurz sagte am Montag, die Lage sei ernst."


def documents(events):
    """The documents that gave events, in output order, each once (a document's events are adjacent)."""
    out = []
    for e in events:
        if not out or out[-1] != e["doc"]:
            out.append(e["doc"])
    return out


def check(condition, what):
    print(("ok      " if condition else "FAILED  ") + what)
    if not condition:
        failures.append(what)


def path(name):
    return os.path.join(work, name)


def write(name, data):
    with open(path(name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path(name)


# Runs a command and writes its peak RSS (KiB) to a file. It runs in a fresh interpreter, so that
# the tool is forked from a small process: a child's peak RSS counts what it shared before exec,
# and this script holds the big inputs.
LAUNCHER = """import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    f.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run(*args, errors=None):
    """Runs the tool; returns (status, events as dicts, stderr lines, error records, peak RSS MiB)."""
    command = [eventex, "--no-progress", "--threads", "2", "--date", "2025-03-11"] + list(args)
    if errors:
        command += ["--errors", path(errors)]
    with open(path("run.out"), "wb") as out, open(path("run.err"), "wb") as err:
        status = subprocess.run([sys.executable, "-c", LAUNCHER, path("run.rss")] + command, stdout=out, stderr=err).returncode
    with open(path("run.rss")) as f:
        rss = int(f.read()) / 1024
    with open(path("run.out"), encoding="utf-8") as f:
        events = [json.loads(line) for line in f if line.strip()]
    with open(path("run.err"), encoding="utf-8", errors="replace") as f:
        stderr = f.read().splitlines()
    records = []
    if errors:
        with open(path(errors), encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()]
    return status, events, stderr, records, rss


def counts(stderr):
    """(read, processed, rejected) from the last stderr line."""
    match = re.fullmatch(r"eventex: (\d+) read, (\d+) processed, (\d+) rejected", stderr[-1] if stderr else "")
    return tuple(int(n) for n in match.groups()) if match else None


def span_text(text_bytes, span):
    return text_bytes[span[0]:span[1]].decode("utf-8")


# ---- a baseline: one small article, for memory -------------------------------------------------
small = write("small.txt", STATEMENT)
status, events, stderr, _, baseline_rss = run(small)
check(status == 0 and len(events) == 1 and counts(stderr) == (1, 1, 0), "baseline: one article, one event, counts 1/1/0")
print(f"        baseline peak RSS {baseline_rss:.0f} MiB")

# ---- 100,000 tiny documents, bad lines among them ----------------------------------------------
lines = []
bad_lines = {}
for i in range(1, 100001):
    lines.append(json.dumps({"id": f"t{i}", "lang": "de", "text": MEETING if i % 2 else STATEMENT}, ensure_ascii=False).encode())
    if i % 25000 == 0:
        lines.append(b'{"id": "broken-%d", "text": "Kaputt \xc3\x28 hier."}' % i)  # invalid UTF-8
        bad_lines[len(lines)] = "invalid_utf8"
        lines.append(b"kein JSON")
        bad_lines[len(lines)] = "syntax"
        lines.append(json.dumps({"id": f"long-{i}", "text": "wort " * 2000}).encode())  # 10 kB: over the limit
        bad_lines[len(lines)] = "too_large"
write("tiny.jsonl", b"\n".join(lines) + b"\n")
status, events, stderr, records, rss = run("--jsonl", "--max-document-bytes", "4096", path("tiny.jsonl"), errors="tiny.errors")
ids = [e["doc"] for e in events]
check(status == 1, "100,000 documents: exit status 1 (bad lines among them)")
check(len(events) == 100000 and len(set(ids)) == 100000, f"100,000 documents: one event each, none lost ({len(events)} events, {len(set(ids))} documents)")
check(ids[:2] == ["t1", "t2"] and ids[-1] == "t100000", "100,000 documents: events in input order")
check(counts(stderr) == (100012, 100000, 12), f"100,000 documents: counts read 100012 = processed 100000 + rejected 12 ({stderr[-1] if stderr else ''})")
check([(r["line"], r["error"]) for r in records] == sorted(bad_lines.items()), "100,000 documents: --errors lists the 12 bad lines with their line numbers and errors")
check(all(r["source"] == path("tiny.jsonl") for r in records), "100,000 documents: each record names its source")
check([r["id"] for r in records if r["error"] == "too_large"] == [None] * 4, "100,000 documents: an overlong line's id is unknown (never parsed)")
bad_offsets = [lines[n - 1].index(b"\xc3\x28") for n, error in sorted(bad_lines.items()) if error == "invalid_utf8"]
check([r["offset"] for r in records if r["error"] == "invalid_utf8"] == bad_offsets, f"100,000 documents: invalid UTF-8 reported at its byte offset in each line ({bad_offsets})")
print(f"        100,000 documents: peak RSS {rss:.0f} MiB")
if not sanitizer:
    check(rss < baseline_rss + 64, "100,000 documents: memory stays within 64 MiB of the baseline (streamed)")

# ---- the 50 MB document --------------------------------------------------------------------------
if not sanitizer:
    head = (MEETING + " " + REQUEST + "\n\n").encode()
    tail = ("\n\n" + STATEMENT).encode()
    filler_unit = "und so ging es an diesem Tag weiter wie an jedem anderen Tag zuvor. ".encode()
    filler = filler_unit * ((50_000_000 - len(head) - len(tail)) // len(filler_unit) + 1)
    big_bytes = head + filler + tail
    big = write("big.txt", big_bytes)
    after = write("after.txt", REQUEST)
    check(len(big_bytes) > 50_000_000, f"50 MB document: {len(big_bytes):,} bytes")

    status, events, stderr, records, rss = run(big, after, errors="big.errors")
    check(status == 1 and counts(stderr) == (2, 1, 1), "50 MB document over the default limit (16 MiB): rejected, the next file processed")
    check([(r["source"], r["line"], r["error"]) for r in records] == [(big, None, "too_large")], "50 MB document: one too_large record, line null")
    check("over the limit of 16777216" in records[0]["reason"] if records else False, "50 MB document: the reason names the limit")
    check(documents(events) == [after] and "AidRequest" in [e["type"] for e in events], "50 MB document: the file after it gives its events")
    print(f"        50 MB document rejected: peak RSS {rss:.0f} MiB")
    check(rss < baseline_rss + 32, "50 MB document rejected: never held in memory (within 32 MiB of the baseline)")

    status, events, stderr, records, rss = run("--max-document-bytes", "60000000", big, after, errors="big2.errors")
    check(status == 0 and counts(stderr) == (2, 2, 0) and records == [], "50 MB document under --max-document-bytes 60000000: processed")
    mine = [e for e in events if e["doc"] == big]
    types = sorted(e["type"] for e in mine)
    check("Meeting" in types and "AidRequest" in types and "Statement" in types, f"50 MB document: the events at its start and its end ({types})")
    last = [e for e in mine if e["type"] == "Statement"]
    check(bool(last) and last[-1]["span"][0] == len(big_bytes) - len(STATEMENT.encode()), "50 MB document: the last event's offset is byte-exact, 50 MB in")
    check(bool(last) and span_text(big_bytes, last[-1]["span"]).startswith("Außenminister Sebastian Kurz sagte"), "50 MB document: its span reads the statement")
    check(documents([e for e in events if e["doc"] != big]) == [after], "50 MB document: the file after it gives its events")
    print(f"        50 MB document processed: peak RSS {rss:.0f} MiB")

# ---- invalid UTF-8 in a plain-text file: rejected with the offset, or replaced ------------------
broken = (MEETING + " Kaputt: ").encode() + b"\xc3\x28 \xff " + REQUEST.encode()
bad_file = write("invalid.txt", broken)
status, events, stderr, records, _ = run(bad_file, small, errors="invalid.errors")
offset = broken.index(b"\xc3\x28")  # not the "ä" of "Präsidenten"
check(status == 1 and [e["doc"] for e in events] == [small], "invalid UTF-8, default: the document rejected, the next processed")
check([(r["error"], r["offset"]) for r in records] == [("invalid_utf8", offset)], f"invalid UTF-8: the record has the offset {offset}")
check(any(f"invalid UTF-8 at byte offset {offset}" in line for line in stderr), "invalid UTF-8: stderr names the offset")
status, events, stderr, records, _ = run("--invalid-utf8=replace", bad_file, errors="replaced.errors")
check(status == 0 and records == [] and counts(stderr) == (1, 1, 0), "invalid UTF-8, --invalid-utf8=replace: processed")
request_events = [e for e in events if e["type"] == "AidRequest"]
check(len(request_events) == 1 and request_events[0]["span"][0] == broken.index(b"Die Regierung"), "--invalid-utf8=replace: offsets are byte-exact into the original file")
check(any(e["type"] == "Meeting" and span_text(broken, e["span"]).startswith("Bundeskanzler") for e in events), "--invalid-utf8=replace: the events before the bad bytes too")
# In a JSON line, the bad bytes inside the text string: the same offset in the text either way.
line = b'{"id": "j", "text": "' + broken + b'"}\n'
write("invalid.jsonl", line)
status, events, stderr, records, _ = run("--jsonl", "--invalid-utf8=replace", path("invalid.jsonl"))
request_events = [e for e in events if e["type"] == "AidRequest"]
check(status == 0 and len(request_events) == 1 and request_events[0]["span"][0] == broken.index(b"Die Regierung"),
      "--invalid-utf8=replace in a JSON line: offsets into the text stay exact")

# ---- NUL bytes, CRLF, a byte order mark, empty documents, overlong lines ------------------------
nul = (MEETING + " ").encode() + b"\x00\x00 " + REQUEST.encode()
status, events, stderr, _, _ = run(write("nul.txt", nul))
check(status == 0 and [e["span"][0] for e in events if e["type"] == "AidRequest"] == [nul.index(b"Die Regierung")],
      "NUL bytes in a plain-text file: processed, offsets exact")
nul_line = json.dumps({"id": "nul", "text": MEETING + "\u0000 " + REQUEST}).encode() + b"\n"
status, events, stderr, _, _ = run("--jsonl", write("nul.jsonl", nul_line))
check(status == 0 and sorted(e["type"] for e in events) == ["AidRequest", "Meeting", "Statement"],
      "NUL as \\u0000 in a JSON line: processed, the meeting, the request and its appeal")

crlf_lines = [json.dumps({"id": f"c{i}", "text": text}, ensure_ascii=False) for i, text in enumerate([MEETING, REQUEST, STATEMENT])]
write("crlf.jsonl", "\ufeff" + "\r\n".join(crlf_lines) + "\r\n")
status, events, stderr, _, _ = run("--jsonl", path("crlf.jsonl"))
check(status == 0 and documents(events) == ["c0", "c1", "c2"] and counts(stderr) == (3, 3, 0),
      "a JSON Lines file with a byte order mark and CRLF line ends: every line read")
crlf_text = ("Politik\r\n\r\n" + MEETING + "\r\n" + REQUEST + "\r\n").encode()
status, events, _, _, _ = run(write("crlf.txt", b"\xef\xbb\xbf" + crlf_text))
check(status == 0 and [e["span"][0] for e in events if e["type"] == "AidRequest"] == [3 + crlf_text.index(b"Die Regierung")],
      "a plain-text file with a byte order mark and CRLF: offsets count the mark and every CR")

empty = write("empty.txt", b"")
blank = write("blank.txt", b" \r\n\t\n")
status, events, stderr, records, _ = run(empty, blank, small, errors="empty.errors")
check(status == 1 and [r["error"] for r in records] == ["empty_document", "empty_document"] and len(events) == 1,
      "empty and blank documents: rejected as empty, the next processed")
check(counts(stderr) == (3, 1, 2), "empty documents: counts 3 = 1 + 2")
status, events, stderr, _, _ = run("--jsonl", write("empty.jsonl", b""))
check(status == 0 and events == [] and counts(stderr) == (0, 0, 0), "an empty JSON Lines file: nothing read, exit 0")

long_line = json.dumps({"id": "long", "text": "wort " * 300000}).encode()
write("long.jsonl", long_line + b"\n" + json.dumps({"id": "next", "text": STATEMENT}).encode() + b"\n")
status, events, stderr, records, _ = run("--jsonl", "--max-document-bytes", "1000000", path("long.jsonl"), errors="long.errors")
check([(r["line"], r["error"]) for r in records] == [(1, "too_large")] and [e["doc"] for e in events] == ["next"],
      "a 1.5 MB line over --max-document-bytes 1000000: rejected with its line number, the next line processed")
status, events, stderr, records, _ = run("--jsonl", path("long.jsonl"), errors="long2.errors")
check(status == 0 and records == [] and [e["doc"] for e in events] == ["next"] and counts(stderr) == (2, 2, 0),
      "the same line under the default limit: processed (no sentence ends: cut into 4 KiB sentences), the next line too")

# Deeply nested JSON: an array 100,000 deep, and an unclosed one, then a good line.
deep = b"[" * 100000 + b"]" * 100000 + b"\n" + b'{"id": "d", "text": ' + b"[" * 100000 + b"\n" + json.dumps({"id": "after", "text": STATEMENT}).encode() + b"\n"
status, events, stderr, records, _ = run("--jsonl", write("deep.jsonl", deep), errors="deep.errors")
check([(r["line"], r["error"]) for r in records] == [(1, "syntax"), (2, "syntax")] and [e["doc"] for e in events] == ["after"],
      "JSON nested 100,000 deep: both lines rejected as syntax errors, the next line processed")

print(f"{len(failures)} failed" if failures else "all passed")
sys.exit(1 if failures else 0)
