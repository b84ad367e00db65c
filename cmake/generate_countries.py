#!/usr/bin/env python3
"""Generate include/eventex/lexicon/countries.hpp from Debian's iso-codes and curated extras.

Inputs (see cmake/README.md):
  * ISO 3166-1 names:   /usr/share/iso-codes/json/iso_3166-1.json   (iso-codes, LGPL-2.1+)
  * German translations: /usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo
  * curated forms:       cmake/country_extras.tsv (adjectives, demonyms, capitals, ...)

Run from the repository root:  python3 cmake/generate_countries.py
The output is deterministic: the same inputs give a byte-identical header.
Standard library only.
"""

import argparse
import gettext
import gzip
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
DEFAULT_MO = Path("/usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo")
DEFAULT_CHANGELOG = Path("/usr/share/doc/iso-codes/changelog.Debian.gz")
DEFAULT_EXTRAS = REPO / "cmake" / "country_extras.tsv"
DEFAULT_OUT = REPO / "include" / "eventex" / "lexicon" / "countries.hpp"

# Kosovo has no ISO 3166-1 entry; XKX is the user-assigned code in common use (EU, IMF).
NON_ISO_CODES = {"XKX"}

KINDS = ("name", "adjective", "demonym", "capital", "abbreviation")  # order of the C++ enum
LANGS = {"de": ("german",), "en": ("english",), "*": ("german", "english")}

# The 193 UN member states: the generator refuses to write a header in which one of them
# lacks an adjective or a capital in either language.
UN_MEMBERS = frozenset("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE
DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM
GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT
KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO
MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL
POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR
USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())
assert len(UN_MEMBERS) == 193


def fail(message):
    sys.exit(f"generate_countries.py: {message}")


def iso_codes_version(changelog):
    """Version of the installed iso-codes package, from the first line of its changelog."""
    try:
        with gzip.open(changelog, "rt", encoding="utf-8") as f:
            m = re.match(r"iso-codes \(([^)]+)\)", f.readline())
            return m.group(1) if m else "unknown"
    except OSError:
        return "unknown"


def strip_article(name):
    # iso-codes writes "the State of Eritrea"; text never names a country with a lower-case "the".
    return name[4:] if name.startswith("the ") else name


def expand_optional(form):
    """'Russland(s)' -> ['Russland', 'Russlands']: one optional group at most."""
    m = re.fullmatch(r"([^()]*)\(([^()]+)\)([^()]*)", form)
    if m:
        return [m.group(1) + m.group(3), m.group(1) + m.group(2) + m.group(3)]
    if "(" in form or ")" in form:
        fail(f"bad optional group in {form!r}")
    return [form]


def expand_demonym_de(form):
    """'Ukrainer+' and 'Russe+' -> singular, plural/dative, feminine singular and plural."""
    if not form.endswith("+"):
        return [form]
    stem = form[:-1]
    if stem.endswith("er"):
        return [stem, stem + "n", stem + "in", stem + "innen"]
    if stem.endswith("e"):
        return [stem, stem + "n", stem[:-1] + "in", stem[:-1] + "innen"]
    fail(f"'+' shorthand needs a form ending in -er or -e: {form!r}")


def read_extras(path, iso_codes):
    """Rows of (alpha3, kind, language, form) with shorthands expanded; display overrides apart."""
    rows, display = [], {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        where = f"{path.name}:{number}"
        if len(cols) != 4:
            fail(f"{where}: expected 4 tab-separated columns, got {len(cols)}")
        alpha3, kind, lang, forms = cols
        if alpha3 not in iso_codes and alpha3 not in NON_ISO_CODES:
            fail(f"{where}: unknown alpha3 {alpha3!r}")
        if kind not in KINDS and kind != "display":
            fail(f"{where}: unknown kind {kind!r}")
        if lang not in LANGS:
            fail(f"{where}: unknown language {lang!r}")
        for raw in forms.split("|"):
            raw = raw.strip()
            if not raw:
                fail(f"{where}: empty form")
            if kind == "display":
                for language in LANGS[lang]:
                    if (alpha3, language) in display:
                        fail(f"{where}: second display name for {alpha3}")
                    display[(alpha3, language)] = raw
                continue
            expanded = [raw]
            if kind == "demonym" and lang == "de":
                expanded = expand_demonym_de(raw)
            for piece in expanded:
                for form in expand_optional(piece):
                    for language in LANGS[lang]:
                        rows.append((alpha3, kind, language, form))
    return rows, display


def cpp_string(text):
    # UTF-8 goes through verbatim: g++ and clang read source as UTF-8.
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iso-json", type=Path, default=DEFAULT_JSON)
    parser.add_argument("--iso-mo", type=Path, default=DEFAULT_MO)
    parser.add_argument("--extras", type=Path, default=DEFAULT_EXTRAS)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()

    with args.iso_json.open(encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    with args.iso_mo.open("rb") as f:
        german = gettext.GNUTranslations(f)
    version = iso_codes_version(DEFAULT_CHANGELOG)

    iso_codes = {entry["alpha_3"] for entry in iso}
    extras, display = read_extras(args.extras, iso_codes)

    forms = set()
    countries = []
    for entry in iso:
        alpha3 = entry["alpha_3"]
        for key in ("name", "common_name", "official_name"):
            if key not in entry:
                continue
            english = strip_article(entry[key])
            forms.add((english, alpha3, "name", "english"))
            translated = german.gettext(entry[key])
            if translated:
                forms.add((strip_article(translated), alpha3, "name", "german"))
        # Display names: curated override, else ISO's common name, else its name.
        short = entry.get("common_name", entry["name"])
        name_en = display.get((alpha3, "english"), strip_article(short))
        name_de = display.get((alpha3, "german"), german.gettext(short))
        for shown in (name_en, name_de):
            # A comma is fine in a list ("Bonaire, Sint Eustatius and Saba"), not in an
            # inverted name ("Palestine, State of").
            tail = shown.rpartition(",")[2]
            if "," in shown and " and " not in tail and " und " not in tail:
                fail(f"{alpha3}: display name {shown!r} is inverted; add a display row to the extras")
        countries.append((alpha3, entry["alpha_2"], name_en, name_de))
    for alpha3, kind, language, form in extras:
        forms.add((form, alpha3, kind, language))

    # Every UN member needs an adjective and a capital in both languages.
    have = {(a, k, l) for _, a, k, l in forms}
    missing = [f"{a} {k} {l}" for a in sorted(UN_MEMBERS) for k in ("adjective", "capital")
               for l in ("german", "english") if (a, k, l) not in have]
    if missing:
        fail("missing curated forms: " + ", ".join(missing))

    countries.sort()
    # Code-point order equals UTF-8 byte order, which is std::string_view's operator<.
    ordered = sorted(forms, key=lambda r: (r[0], r[1], KINDS.index(r[2]), r[3]))

    out = []
    out.append("// Generated by cmake/generate_countries.py, do not edit.")
    out.append(f"// Sources: Debian iso-codes {version} (ISO 3166-1 names and German translations,")
    out.append("// LGPL-2.1+) and the curated cmake/country_extras.tsv. See cmake/README.md.")
    out.append("#pragma once")
    out.append("/// Countries and every surface form that names one, in German and English.")
    out.append("#include <cstddef>      // std::size_t")
    out.append("#include <string_view>  // std::string_view")
    out.append("")
    out.append('#include "../detail/sorted_table.hpp"  // find_sorted')
    out.append('#include "../language.hpp"  // Language')
    out.append("")
    out.append("namespace eventex::lexicon {")
    out.append("")
    out.append("/// One ISO 3166-1 country; names are the short display forms (UTF-8).")
    out.append("struct Country {")
    out.append("    std::string_view alpha3, alpha2, name_en, name_de;")
    out.append("};")
    out.append("")
    out.append(f"/// All {len(countries)} ISO 3166-1 countries, sorted by alpha3. Kosovo (XKX) is not ISO and")
    out.append("/// appears only in country_forms.")
    out.append("inline constexpr Country countries[] = {")
    for alpha3, alpha2, name_en, name_de in countries:
        out.append(f"    {{{cpp_string(alpha3)}, {cpp_string(alpha2)}, {cpp_string(name_en)}, {cpp_string(name_de)}}},")
    out.append("};")
    out.append("")
    out.append("/// What a surface form is: a name, a German adjective stem or English adjective, a noun")
    out.append("/// for people, a capital (often a metonym for the government) or an abbreviation/prefix.")
    out.append("enum class CountryFormKind { " + ", ".join(KINDS) + " };")
    out.append("")
    out.append("/// One surface form naming the country alpha3 in one language.")
    out.append("struct CountryForm {")
    out.append("    std::string_view form;")
    out.append("    std::string_view alpha3;")
    out.append("    CountryFormKind kind;")
    out.append("    Language language;")
    out.append("};")
    out.append("")
    out.append("/// Every surface form that names a country, sorted by form then alpha3 (then kind, language).")
    out.append("/// German adjectives are stems without ending (\"ukrainisch\"); alpha3 \"XKX\" is Kosovo.")
    out.append("inline constexpr CountryForm country_forms[] = {")
    for form, alpha3, kind, language in ordered:
        out.append(f"    {{{cpp_string(form)}, {cpp_string(alpha3)}, "
                   f"CountryFormKind::{kind}, Language::{language}}},")
    out.append("};")
    out.append("")
    out.append("/// The country with this alpha3 code, or nullptr (also for \"XKX\").")
    out.append("/// Search helper for tests and tools; the recogniser builds its own hash index.")
    out.append("constexpr const Country* find_country(std::string_view alpha3) noexcept {")
    out.append("    return eventex::detail::find_sorted(countries, [](const Country& c) { return c.alpha3; }, alpha3);")
    out.append("}")
    out.append("")
    out.append("}  // namespace eventex::lexicon")
    text = "\n".join(out) + "\n"

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {args.output} ({len(countries)} countries, {len(ordered)} forms)")


if __name__ == "__main__":
    main()
