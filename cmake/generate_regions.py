#!/usr/bin/env python3
"""Generate include/eventex/lexicon/regions.hpp: regions, provinces and territories and their country.

Inputs (the generated header is kept in this repository; the data packages are not needed to build):
  * Debian's iso-codes (LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-2.json for the
    first-order subdivisions of every country (Länder, states, provinces, regions, oblasts,
    governorates...) in their native spelling, and the German translations
    /usr/share/locale/de/LC_MESSAGES/iso_3166-2.mo ("Kärnten", "Toskana", "Republik Tschetschenien").
  * cmake/region_names.tsv, curated by this project: English and German exonyms of the regions
    the news reports on ("Chechnya", "Katalonien", "Bavaria") and regions that are no
    administrative unit ("Darfur", "Kashmir", "Donbass", "Kurdistan"). Its header documents it.
  * the gazetteers already generated (countries.hpp, cities.hpp, first_names.hpp, people.hpp):
    a subdivision whose name one of them knows is left to it ("Wien", "Georgia", "Madrid"), and
    one named like a person ("Victoria", "Kerry", "Clare") is left out.
  * the stoplist below: subdivision names that are also common words ("Central", "Rivers").

Only names of at least four letters that start with a capital are kept. A name two countries'
subdivisions share ("Punjab", "Limburg") gets no country. Run from the repository root:
    python3 cmake/generate_regions.py
Standard library only; the same inputs give a byte-identical header.
"""
import argparse
import gettext
import json
import re
import sys

# Subdivision types too small or too many to be news places, or cities (which cities.hpp has).
SKIPPED_TYPES = {
    "Municipality", "District", "Parish", "Local council", "City", "Town", "Commune", "Quarter",
    "Borough", "Island council", "City municipality", "District municipality", "Special municipality",
    "Rayon", "Popularate", "Administrative atoll", "City with county rights", "Republican city",
    "Metropolitan city", "Capital city", "Island", "Outlying area", "Ward", "Urban municipality",
    "Council area", "Unitary authority", "London borough", "Metropolitan district",
}

# Subdivision names that are also words ("in Central", "the Rivers") or too vague to be a place.
STOPLIST = set("""
Central Centre Center Centro Eastern Western Northern Southern North South East West Capital
Coast Lakes Upper Lower Islands Island Mountain Plateau Delta Lagoons Savanes Maritime Littoral
Interior Federal Orange Rivers Nord Sud Ouest Est Nord-Est Nord-Ouest Sud-Est Sud-Ouest Norte Sur
Oriente Occidente Oriental Occidental Estuaire Equateur Kasai Lagunes Lacs Montagnes Bay Chin Mon
Kachin Sagaing Bago Eastern Highlands Western Highlands National Distrito Federal Gulf Southland
Tasman Northland Marlborough Canterbury Wellington Auckland Waikato Otago Nelson Sandy Hawaii
Amazonas Bolivar Bolívar Sucre Santander Guerrero Morelos Hidalgo Colima Durango Nayarit
Washington Georgia Jersey Virginia Indiana Carolina Victoria Queensland Tasmania Oriental
Mayo Down Clare Kerry Cork Meath Louth Laois Offaly Cavan Roscommon Leitrim Longford Sligo
Grand Est Grand-Est Ennedi Batha Salamat Logone Borkou Tibesti Lac Kanem Mandoul Ouaddaï
Darién Colón Coclé Herrera Chiriquí Veraguas Panamá Trinidad Tobago Saint Sainte
Unity Wake Leste Valle Pool Mono Java Pest Marken Bono Acre Volta Zaire Flores Rivera Rivas Cortés
Granma Salto Rocha Pando Saha Nara Meru Enga Hela Loreto
""".split())


def read_names(header, row=r'\s*\{"((?:[^"\\]|\\.)*)"'):
    """The first string of every table row of a generated gazetteer header (of the rows `row` matches)."""
    names = set()
    for line in open(header, encoding="utf-8"):
        m = re.match(row, line)
        if m:
            names.add(m.group(1))
    return names


def clean(name):
    """The forms a subdivision's ISO name stands for: "Catalunya [Cataluña]" -> both,
    "Dagestan, Respublika" -> "Dagestan", "Xinjiang Uygur Zizhiqu" -> "Xinjiang",
    "Republik Tschetschenien" -> "Tschetschenien" too."""
    parts = [name]
    m = re.match(r"(.*?)\s*\[(.*)\]$", name)
    if m:
        parts = [m.group(1), re.sub(r"\s+[A-Z]{2}-[A-Z0-9]+$", "", m.group(2))]
    out = []
    for part in parts:
        part = re.sub(r"\s*\(.*\)$", "", part).strip()
        if "," in part:  # "Dagestan, Respublika", "Asturias, Principado de": inverted forms
            part = part.split(",")[0].strip()
        part = re.sub(r"\s+(Uygur|Zhuangzu|Huizi)?\s*(Zizhiqu|Sheng|Shi)$", "", part)
        out.append(part)
        for prefix in ("Republik ", "Autonome Republik "):
            if part.startswith(prefix):
                out.append(part[len(prefix):])
    return out


def expand(name):
    """ "Darfur(s)" -> Darfur, Darfurs."""
    m = re.match(r"(.*)\((\w+)\)$", name)
    return [m.group(1), m.group(1) + m.group(2)] if m else [name]


def cpp_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-2.json")
    parser.add_argument("--iso1", default="/usr/share/iso-codes/json/iso_3166-1.json")
    parser.add_argument("--locales", default="/usr/share/locale")
    parser.add_argument("--curated", default="cmake/region_names.tsv")
    parser.add_argument("--lexicon", default="include/eventex/lexicon")
    parser.add_argument("--out", default="include/eventex/lexicon/regions.hpp")
    args = parser.parse_args()

    alpha3 = {c["alpha_2"]: c["alpha_3"] for c in json.load(open(args.iso1))["3166-1"]}
    german = gettext.translation("iso_3166-2", localedir=args.locales, languages=["de"])
    country_form_row = r'\s*\{"((?:[^"\\]|\\.)*)", "[A-Z]{3}", CountryFormKind'
    taken = read_names(f"{args.lexicon}/countries.hpp", country_form_row) | read_names(f"{args.lexicon}/cities.hpp")
    personal = read_names(f"{args.lexicon}/first_names.hpp") | read_names(f"{args.lexicon}/people.hpp")

    rows = {}      # name -> (alpha3, code)
    curated = set()

    def offer(name, country, code, from_curation):
        if len(name) < 4 or not name[0].isupper() or any(ch.isdigit() for ch in name) or name in taken:
            return
        if not from_curation and (name in STOPLIST or name in personal or name in curated):
            return
        if name in rows and rows[name][0] != country and name not in curated:
            rows[name] = ("", "")  # two countries' subdivisions share it
            return
        rows.setdefault(name, (country, code))

    for line in open(args.curated, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        name, country, code, lang = line.rstrip("\n").split("\t")
        if lang not in ("de", "en", "*"):
            sys.exit(f"{args.curated}: unknown language {lang!r} in {line!r}")
        if country != "-" and country not in alpha3.values():
            sys.exit(f"{args.curated}: unknown alpha-3 {country!r} in {line!r}")
        for form in expand(name):
            if form in taken:
                print(f"note: {form} is already a country or city form", file=sys.stderr)
            offer(form, "" if country == "-" else country, "" if code == "-" else code, True)
            curated.add(form)

    kept = 0
    for sub in json.load(open(args.iso))["3166-2"]:
        if "parent" in sub or sub["type"] in SKIPPED_TYPES:
            continue
        country = alpha3[sub["code"][:2]]
        kept += 1
        names = clean(sub["name"]) + clean(german.gettext(sub["name"]))
        for name in dict.fromkeys(names):
            offer(name, country, sub["code"], False)

    table = sorted(rows.items(), key=lambda item: item[0].encode("utf-8"))
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"""// Generated by cmake/generate_regions.py, do not edit.
// Source: ISO 3166-2 first-order subdivisions and their German names from Debian iso-codes
// (LGPL-2.1+); exonyms and regions that are no subdivision from the curated
// cmake/region_names.tsv. See cmake/README.md.
#pragma once
/// Regions, provinces and territories and their country: a place after "in", never an actor.
#include <string_view>  // std::string_view

#include "../detail/sorted_table.hpp"  // find_sorted, strictly_ascending

namespace eventex::lexicon {{

/// One region name (native, German or English spelling), the ISO 3166-1 alpha-3 of its country
/// ("" where two states claim it or it spans several: "Kashmir", "Punjab") and its ISO 3166-2
/// code ("" for a region that is no subdivision: "Darfur", "Donbass").
struct Region {{
    std::string_view name;
    std::string_view alpha3;
    std::string_view code;
}};

/// {len(table)} names of regions: {kept} first-order subdivisions and the curated regions, sorted bytewise by name.
inline constexpr Region regions[] = {{
""")
        for name, (country, code) in table:
            out.write(f"    {{{cpp_string(name)}, {cpp_string(country)}, {cpp_string(code)}}},\n")
        out.write("""};
static_assert(detail::strictly_ascending(regions, [](const Region& region) { return region.name; }));

/// The region spelled exactly `name` ("Kärnten", "Darfur", "Tschetschenien"), or nullptr.
inline const Region* find_region(std::string_view name) noexcept {
    return detail::find_sorted(regions, [](const Region& region) { return region.name; }, name);
}

}  // namespace eventex::lexicon
""")
    print(f"{len(table)} names of {kept} subdivisions and the curated regions", file=sys.stderr)


if __name__ == "__main__":
    main()
