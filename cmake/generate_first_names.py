#!/usr/bin/env python3
"""Generate include/eventex/lexicon/first_names.hpp: the gender a given name signals in news.

Inputs (the data files are not kept in this repository; the generated header is):
  * --ssa DIR   US Social Security Administration, "Baby Names from Social Security Card
                Applications - National Data": the files yobYYYY.txt (name,sex,count) of
                names.zip from https://www.ssa.gov/oact/babynames/limits.html (also on
                catalog.data.gov). A work of the US government: public domain. The header in
                the repository was made from the release tabulated on March 7, 2021 (births
                1880-2020, as mirrored in the GitHub repository hackerb9/ssa-baby-names).
  * --de DIR    German open-data lists of the given names of newborns: every *.csv below DIR,
                with the columns vorname, anzahl, geschlecht (w/m) and optionally position,
                separated by "," or ";".
                - Berlin 2012-2023: Landesamt für Bürger- und Ordnungsangelegenheiten (LABO) /
                  BerlinOnline Stadtportal GmbH & Co. KG, CC BY 3.0 DE; daten.berlin.de, and
                  data/cleaned/ of the GitHub repository berlinonline/haeufige-vornamen-berlin.
                - Köln 2010-2018: Stadt Köln, offenedaten-koeln.de/dataset/vornamen, CC BY 3.0 DE.
                - München 2013-2015: Landeshauptstadt München, opendata.muenchen.de,
                  Datenlizenz Deutschland - Namensnennung - 2.0.
                (Köln and München as collected in raw/ of the GitHub repository
                DerTee/prenames-germany.)
  * the curated lists below: names of Austrian, German, Swiss, British and American public
    figures born before the years the data covers, names of world leaders in German and
    English transliteration, and decisions for names the data leaves open.

Run from the repository root:
    python3 cmake/generate_first_names.py --ssa /path/to/names --de /path/to/vornamen
The output is deterministic: the same inputs give a byte-identical header.
Standard library only.
"""

import argparse
import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "include" / "eventex" / "lexicon" / "first_names.hpp"

# Which names the data contributes. US births of 1920-2020 cover the people news names today;
# a name must have been given 15,000 times in those years. The German lists count newborns of
# 2010-2023 in three cities; a name needs 60 of them.
US_FIRST_YEAR, US_LAST_YEAR = 1920, 2020
US_MIN_SELECT, DE_MIN_SELECT = 15000, 60
# Below these totals a source has no say in the gender of a name that the other source selects.
US_MIN_OPINION, DE_MIN_OPINION = 2000, 20
# A source calls a name feminine when at least this share of its bearers are female, masculine
# when at most 1 - this share are; in between the name is used for both sexes ("unknown").
DECISIVE_SHARE = 0.9

# SSA placeholders that are no names.
NOT_NAMES = set("""
Baby Babyboy Babygirl Boy Female Girl Infant Male Noname Notnamed Unknown Unnamed
""".split())

# ---- curated decisions (own knowledge of news usage); these override the data -------------

# Used for both sexes with real frequency in German or English news, though one source alone
# may call them decisive: Italian men's names that are women's names north of the Alps (Andrea,
# Nicola, Simone, Gabriele, Michele), names given to both sexes in the UK or US (Ashley, Hilary,
# Lindsey: Lindsey Graham), and short forms.
UNKNOWN = set("""
Alex Andrea Ashley Billie Cameron Carey Casey Charlie Chris Dana Dominique Eike Frankie
Gabriele Hilary Ilhan Jackie Jamie Jan Jean Jo Jody Jordan Joss Kay Kelly Kerry Kim Kris
Laurence Lee Leigh Lesley Leslie Lindsey Lou Marian Marion Maxime Mika Michele Morgan
Nicola Nikita Nikol Nino Pat Robin Sacha Sam Sascha Sasha Shannon Sidney Simone Sydney
Taylor Toni Tracy
""".split())

# German, Austrian and Swiss names of people born 1930-1990, common in politics and business
# news and rare among newborns of 2010-2023.
GERMAN_MASCULINE = """
Achim Adalbert Adolf Albrecht Alfons Alfred Alois Andreas Andrä Anton Armin Arnold Arno Arnulf
Axel Bernd Bernhard Berthold Bertram Björn Bodo Burkhard Carsten Christoph Claus Cem Detlef
Detlev Dieter Dietmar Dietrich Dirk Eberhard Eckart Eckhard Eckhart Edmund Egon Ekkehard Elmar
Engelbert Erhard Erich Ernst Erwin Ewald Falk Florian Franz Friedbert Friedhelm Friedrich
Fritz Gebhard Georg Gerald Gerd Gerhard Gerhart Gernot Gert Gottfried Gregor Guido Gunnar
Gunter Günter Günther Hagen Hannes Hanns Hans Harald Hartmut Hartwig Heiko Heiner Heinrich
Heinz Helge Helmut Helmuth Hendrik Henning Herbert Heribert Hermann Holger Horst Hubert
Hubertus Ingo Jens Joachim Jochen Johannes Jörg Joerg Josef Joseph Joschka Jürgen Juergen
Karl Karlheinz Klaus Knut Konrad Kurt Leopold Lorenz Lothar Ludger Ludwig Lutz Malte Manfred
Markus Martin Matthias Meinhard Michael Norbert Olaf Ortwin Oskar Otmar Othmar Ottmar Otto Peer
Philipp Rainer Ralf Ralph Reiner René Reinhard Reinhold Rolf Roland Rudolf Rüdiger Rupert Sebastian
Siegfried Sigmar Sigmund Steffen Stephan Sven Swen Theodor Thilo Thorsten Till Tilo Tilman
Torsten Udo Ulf Ulrich Uwe Volker Volkmar Waldemar Walter Walther Werner Wendelin Wilfried
Wilhelm Willi Willy Winfried Wolf Wolfgang Wolfram
"""

GERMAN_FEMININE = """
Adelheid Agnes Angela Angelika Anke Anneliese Annegret Annemarie Annette Antje Astrid Barbara
Bärbel Beate Bettina Birgit Brigitte Britta Christa Christiane Christine Claudia Cordula
Cornelia Dagmar Doris Dorothea Dorothee Edda Edeltraud Edelgard Edith Elfriede Elisabeth Elke
Elvira Erika Friederike Gabi Gerda Gerlinde Gertraud Gertrud Gertrude Gesine Gisela Gitta
Gudrun Hannelore Hedwig Heide Heidemarie Heidi Heike Helga Henrike Herta Hertha Hilde Hildegard
Ilse Inge Ingeborg Ingrid Irene Irmgard Iris Jutta Karin Karoline Kathrin Katrin Kerstin
Klaudia Leonore Liselotte Lieselotte Luise Manuela Margarete Margit Margot Marianne Marlies
Marlene Mechthild Monika Petra Regina Regine Renate Rita Roswitha Rosemarie Sabine Sieglinde
Sigrid Silke Simonetta Sonja Susanne Svenja Swantje Tanja Theresia Traudl Ulla Ulrike Ursula
Ute Uta Veronika Waltraud Waltraut Wiebke
"""

# British and American public figures.
ENGLISH_MASCULINE = """
Antony Barack Bernie Boris Chuck Clement Colin Dick Dominic Donald Gavin Gordon Hakeem Humza
Jacob Jake Jeremy Keir Kwasi Lloyd Mitch Nadhim Nigel Rishi Sajid Kash Rex
Ted Wilbur Winston
"""

ENGLISH_FEMININE = """
Condoleezza Gretchen Hillary Ivanka Kamala Karine Karoline Kemi Kristi Liz Madeleine Margaret
Marjorie Melania Mhairi Nancy Nikki Priti Rachida Rashida Suella Theresa Tulsi Yvette
"""

# Names of world leaders and other foreign figures, German and English transliterations.
WORLD_MASCULINE = """
Abbas Abdel Abdelaziz Abdelmadjid Abdul Abdulla Abdullah Abdallah Abdourahamane Abiy Abu Adel
Ahmad Ahmed Ahmet Akbar Aleksandar Aleksander Aleksandr Aleksei Alexandr Alexei
Alexej Alexey Ali Alassane Amir Anatoli Anatolij Anatoly Andrej Andrei Andrij Andrii Andriy
Andrzej Aníbal Antonis Anwar Arsenij Arseni Arseniy Assimi Avigdor Ayman Bashar Baschar Beji
Benjamin Benny Bezalel Bidsina Bidzina Bilawal Binali Bohuslav Bojko Boyko Bronisław Bronislaw
Carles Cyril Dmitri Dmitrij Dmitriy Dmitry Dmytro Denys Devlet Dschawad Ebrahim Ehud Ekrem
Emmanuel Emmerson Emomali Enda Evangelos Evo Fattah Fayez Feisal Faisal Félix Fidel Fuad
Fouad Gamal Gebran Gennadi Gennadij Gennady Georgi Georgios Gideon Gitanas Giorgi Giorgos
Giuseppe Goodluck Gurbanguly Habib Hafez Hakan Haider Haidar Hamad Hamid Hasan Hassan
Heydar Hibatullah Hisham Hosni Hossein Hulusi Hussein Hussain Ibrahim Idriss Igor Ihor Ilham
Ilir Imran Irakli Isaias Ismail Ismael Itamar Ivica Iyad Jaishankar Jakaya Jalal Jarosław
Jaroslaw Javad Jawad Jewgeni Jewgenij Jiří Jiri Joko Jokowi Jyrki Kais Kassym-Jomart Kemal
Khaled Khalid Khalifa Kirill Konstantinos Kostas Krišjānis Kyriakos Kyrylo Lech Leonid Levon
Luiz Macky Mahamat Mahathir Mahmoud Mahmud Manmohan Masoud Massud Mateusz Mauricio Mehdi Mehmet
Mevlüt Mevlut Micheál Micheal Mikheil Michail Mikhail Milorad Miloš Milos Moammar Mohamed
Mohammad Mohammed Moktada Moshe Muammar Muhammad Muhammadu Muhammed Muqtada Mustafa Mychajlo
Mykhailo Mykola Nabih Nabil Naftali Najib Narendra Nasser Nawaf Nawaz Nayib Néstor Nestor
Nicolae Nicolás Nikolai Nikolaj Nikos Nouri Nursultan Numan Oleksandr Olexandr Oleksij Oleksii
Oleksiy Olusegun Omar Omid Osama Pervez Petro Petteri Pjotr Prabowo Pranab Prokopis Pyotr
Qais Qassem Radosław Radoslaw Radovan Rafik Rafic Raila Ramsan Ramzan Ratko Recep Reuven Riek
Ruhollah Rumen Rustem Saad Saddam Sameh Saparmurat Sauli Selahattin Serdar Sergej Sergei Sergey
Sergio Serhij Serhii Serhiy Serzh Shavkat Shehbaz Shimon Shinzo Shinzō Slobodan Tamim Tariq
Tarek Tayyip Thabo Tzachi Uhuru Usama Václav Vitali Vitalij Vitaly Viktor Vladimir Vojislav
Volodymyr Vyacheslav Wadim Walerij Waleri Walid Wiktor Witali Wjatscheslaw Wladimir Wolodymyr
Yahya Yair Yitzhak Yoav Yoshihide Yoweri Yuri Yury Yevgeni Yevgeny Zbigniew Zine Zoran Zoltán
Fumio Junichiro Naoto Shigeru Taro Yoshihiko Yukiya Rodrigo Jair Javier Gustavo Andrés
Nicolas Lenín Ollanta Sebastián Vicente Enrique Raúl Mahmud Jacques François Édouard
Edouard Lionel Gérald Sébastien Jérôme Stéphane Gérard Benoît Matteo Silvio Romano Paolo
Enrico Massimo Giulio Giorgio Beppe Gianfranco Angelino Ignazio Maurizio Mariano José Josep
Quim Oriol Pablo Santiago Marcelo António Jens Ulf Sigmundur Bjarni Geert Wopke Frans Elio
Herman Didier Karel Bertie Leo Nelson Yoweri Denis Salva Ismaïl Mircea Traian Klaus Rumen
Borut Janez Tomislav Goran Dragan Edi Hashim Albin Milo Péter Gergely Miloslav Andrius
Valdas Algirdas Toomas Edgars Egils Valdis Arvydas Gintautas Juha Antti Matti Pekka Jonas
Jean-Baptiste Jean-Christophe Jean-Claude Jean-François Jean-Jacques Jean-Louis Jean-Luc
Jean-Marc Jean-Marie Jean-Michel Jean-Noël Jean-Paul Jean-Philippe Jean-Pierre Jean-Yves
Daniele Emanuele Gianni Gianluca Pierluigi Dario Fabrizio Alessandro Stefano Vittorio Umberto
Renzo Franco Salvatore Janusz Władysław Witold Tadeusz Jacek Bogdan Dariusz Rafał Szymon
Krzysztof Wojciech Grzegorz Mariusz Przemysław László Laszlo Ferenc Gyula Zsolt Sándor István
Imre János Levente Tamás Ladislav Miroslav Vladimír Luboš Jaroslav Jüri Alar Urmas Dritan Bujar
Stevo Zurab Armen Sadyr Almazbek Tedros Akinwumi Moussa Ranil Gotabaya Mahinda Anura Maithripala
Yukio Toshimitsu Thaksin Prayut Srettha Ashraf Gadi Herzi Amichai Marwan Jibril Saeb Adly Sabah
Mishal Qaboos Haitham Maher Rifaat Naim Qubad Nechirvan Abdulhamid Aguila Saif Mojtaba Mir-Hossein
Inácio Iván Álvaro Martín Diosdado Óscar Frédéric Hervé Rémi Aurélien Clément Bjørn Poul Ilja
Ilya Oleg Ruslan Taras Bohdan Vadym Wadym Valerii Valeriy Valery Valéry Walery Iwan Grigori
Grigory Pawel Vasily Wassili Juri Jurij Evgeny Yevgeniy Jewgenij Oleh
"""

WORLD_FEMININE = """
Asma Ayelet Benazir Beata Dalia Dilma Droupadi Dubravka Ekaterina Elena Emine Erna Evika Ewa
Fatima Federica Giorgia Golda Halyna Hanan Hasina Indira Ingrida Irina Iryna Iuliia Jadranka
Jekaterina Jelena Julija Kaja Katalin Kateryna Katerina Keiko Kersti Khaleda Kolinda Ksenia
Larysa Larissa Leyla Ljudmila Lyudmila Magdalena Małgorzata Maryam Megawati Meral Mette
Michelle Mirjana Natalja Natalya Nadeschda Nadezhda Nirmala Ngozi Nkosazana Oksana Olena Olha
Pervin Rania Samia Sanae Sanna Ségolène Sevim Sigrid Sviatlana Swetlana Swjatlana Svetlana
Tansu Tarja Tatjana Tatiana Tatyana Tetjana Tetiana Tzipi Valentina Viorica Walentina
Xiomara Yingluck Yulia Yuliia Zipi Zuzana Iveta Élisabeth Elisabeth Rachida Najat Valérie
Katrín Kristrún Ine Helle Margrethe Magdalena Annalena Ricarda Saskia Sahra Janine Aydan
Malu Franziska Katarina Yael Salome Esra Karen Carol Lauren Lois Erin Cleo Augusta Destiny
Mairead Dora Fofi Marine Cayetana Soraya Inés Yolanda Carmen Rosa
Kristalina Jacinda Paetongtarn Yuriko Narges Shirin Nasrin Mahsa Jeanine Delcy Amélie Ebba Pia
Judit Ildikó Erzsébet Zsuzsanna Věra Kateřina Vjosa Gordana Biljana Nataša Natasa Mehriban Miri
Orit Marija Nadija Raissa Alla Darja
"""

# Overrides where the data calls a name "unknown" although news uses it for one sex: men's
# names of Arabic, Turkish, Slavic or French origin that are also US short forms of women's
# names (Ali, Michel, Yuri, Adel), and names whose female use is rare in German and British news.
DATA_MASCULINE = """
Adel Ahmed Ali Allen Amar Ari Arian Aris August Bela Billy Bobby Dan Dorian Eli Elliot Elliott
Eren Ezra Francis Henri Jerry Johann Jovan Kai Kamil Kristian Lennox Luan Mehmed Michel Milan
Noel Nouri Nuri Orhan Ray Rio Sami Taylan Theo Toby Yuri Zakaria
"""

DATA_FEMININE = ""


def words(block):
    return block.split()


def read_ssa(directory):
    counts = {}
    files = sorted(Path(directory).glob("yob*.txt"))
    if not files:
        sys.exit(f"generate_first_names.py: no yobYYYY.txt files in {directory}")
    years = []
    for path in files:
        year = int(path.stem[3:7])
        if not US_FIRST_YEAR <= year <= US_LAST_YEAR:
            continue
        years.append(year)
        with open(path, encoding="ascii") as f:
            for line in f:
                name, sex, count = line.strip().split(",")
                entry = counts.setdefault(name, [0, 0])
                entry[0 if sex == "F" else 1] += int(count)
    return counts, (min(years), max(years)) if years else (0, 0)


def read_de(directory):
    counts = {}
    files = sorted(Path(directory).rglob("*.csv"))
    if not files:
        sys.exit(f"generate_first_names.py: no CSV files under {directory}")
    for path in files:
        text = path.read_text(encoding="utf-8-sig")
        first = text.splitlines()[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        for row in csv.DictReader(text.splitlines(), delimiter=delimiter):
            name = (row.get("vorname") or row.get("vornamen") or "").strip()
            sex = (row.get("geschlecht") or "").strip()
            if not name or sex not in ("w", "m"):
                continue
            entry = counts.setdefault(name, [0, 0])
            entry[0 if sex == "w" else 1] += int(row["anzahl"])
    return counts, len(files)


# One capitalised word, or two joined by a hyphen; letters of German and French only.
NAME_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?$")
CURATED_RE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ž][^\s\"\\]*$")


def opinion(counts, minimum):
    if counts is None or sum(counts) < minimum:
        return None
    share = counts[0] / sum(counts)
    if share >= DECISIVE_SHARE:
        return "feminine"
    if share <= 1 - DECISIVE_SHARE:
        return "masculine"
    return "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ssa", required=True, help="directory with the SSA yobYYYY.txt files")
    parser.add_argument("--de", required=True, help="directory with the German first-name CSV files")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--report", action="store_true", help="list curated names the data contradicts")
    args = parser.parse_args()

    us, us_years = read_ssa(args.ssa)
    de, de_files = read_de(args.de)

    selected = {n for n, c in us.items() if sum(c) >= US_MIN_SELECT and n not in NOT_NAMES}
    selected |= {n for n, c in de.items() if sum(c) >= DE_MIN_SELECT and NAME_RE.match(n)}

    genders = {}
    for name in selected:
        opinions = {o for o in (opinion(us.get(name), US_MIN_OPINION), opinion(de.get(name), DE_MIN_OPINION)) if o}
        genders[name] = opinions.pop() if len(opinions) == 1 else "unknown"
    from_data = len(genders)

    curated = {}
    for gender, blocks in (("masculine", (GERMAN_MASCULINE, ENGLISH_MASCULINE, WORLD_MASCULINE, DATA_MASCULINE)),
                           ("feminine", (GERMAN_FEMININE, ENGLISH_FEMININE, WORLD_FEMININE, DATA_FEMININE))):
        for block in blocks:
            for name in words(block):
                if not CURATED_RE.match(name):
                    sys.exit(f"generate_first_names.py: malformed curated name {name!r}")
                if curated.get(name, gender) != gender:
                    sys.exit(f"generate_first_names.py: {name} is curated as both sexes")
                curated[name] = gender
    for name in UNKNOWN:
        curated[name] = "unknown"

    if args.report:
        for name in sorted(curated):
            data = genders.get(name)
            if data is not None and data != curated[name]:
                print(f"{name}: data {data} (us {us.get(name)}, de {de.get(name)}), curated {curated[name]}")
    genders.update(curated)

    rows = sorted(genders.items(), key=lambda kv: kv[0].encode("utf-8"))
    counts = {g: sum(1 for _, x in rows if x == g) for g in ("feminine", "masculine", "unknown")}
    write_header(Path(args.out), rows, counts, us_years, de_files, from_data)
    print(f"wrote {args.out}: {len(rows)} names ({counts['feminine']} feminine, {counts['masculine']} masculine, "
          f"{counts['unknown']} unknown); {from_data} selected from the data")


BANNER = """\
// Generated by cmake/generate_first_names.py, do not edit.
// Sources (the generator's docstring says where to get them):
// - US Social Security Administration, "Baby Names from Social Security Card Applications -
//   National Data", births {us_first}-{us_last} (public domain, a work of the US government).
// - Lists of the given names of newborns, 2010-2023, {de_files} files: Berlin, Landesamt für
//   Bürger- und Ordnungsangelegenheiten (LABO) / BerlinOnline Stadtportal GmbH & Co. KG,
//   CC BY 3.0 DE; Stadt Köln, offenedaten-koeln.de, CC BY 3.0 DE; Landeshauptstadt München,
//   opendata.muenchen.de, Datenlizenz Deutschland - Namensnennung - 2.0.
// - Curated lists in the generator: older German, Austrian, Swiss, British and American names
//   and names of world leaders in German and English transliteration, written from the
//   maintainers' knowledge, and decisions for names used for both sexes.
"""

BODY = """\
#pragma once
/// Gender of given names as used in German and English news, for resolving "sie", "she",
/// "er", "he" to the last person of matching gender.
#include <cstddef>      // std::size_t
#include <string_view>  // std::string_view

#include "../detail/sorted_table.hpp"  // find_sorted

namespace eventex::lexicon {{

/// The gender a given name signals; `unknown` when it is used for both sexes or not listed.
enum class Gender : unsigned char {{ unknown, feminine, masculine }};

/// One given name and the gender it signals.
struct FirstName {{
    std::string_view form;  ///< as written in news, capitalised: "Beate", "Wolodymyr", "Jean-Claude"
    Gender gender;          ///< `unknown` for names used for both sexes with real frequency ("Andrea")
}};

// How the table is made: a name is listed when US births of {us_first}-{us_last} gave it at least
// {us_min} times or the German newborn lists at least {de_min} times. A source that counts it at
// least {us_op} (US) or {de_op} (German) times calls it feminine when {share}% or more of its
// bearers are female, masculine when {share}% or more are male, and otherwise unknown; the name
// is unknown when the two sources disagree. Curated lists add older and foreign names and
// settle names the data gets wrong for news: "Andrea", "Nicola" and "Simone" are unknown, as
// Italian men bear them; "Ali", "Michel" and "Yuri" are masculine, as news names men although
// US girls bear them; "Lindsey" (Lindsey Graham) is unknown. Chinese and Korean names are left
// out: news writes the family name first ("Xi Jinping", "Kim Jong Un").
// {total} names: {feminine} feminine, {masculine} masculine, {unknown} unknown.

/// Sorted by `form` (bytewise, as std::string_view compares); forms are unique.
inline constexpr FirstName first_names[] = {{
{rows}}};

/// The entry whose form is exactly `form` (case-sensitive), or nullptr.
constexpr const FirstName* find_first_name(std::string_view form) noexcept {{
    return eventex::detail::find_sorted(first_names, [](const FirstName& n) {{ return n.form; }}, form);
}}

/// Gender of a given first name as used in German and English news; unknown when ambiguous
/// (Andrea, Kim, Sascha, Robin) or not listed. A hyphenated name that is not listed as a whole
/// ("Hans-Peter", "Anna-Lena") takes the gender on which all of its parts agree.
constexpr Gender first_name_gender(std::string_view first_name) noexcept {{
    if (const FirstName* entry = find_first_name(first_name)) return entry->gender;
    if (first_name.find('-') == std::string_view::npos) return Gender::unknown;
    Gender agreed = Gender::unknown;
    for (;;) {{
        const std::size_t hyphen = first_name.find('-');
        const FirstName* entry = find_first_name(first_name.substr(0, hyphen));  // "" finds nothing
        if (entry == nullptr || entry->gender == Gender::unknown) return Gender::unknown;
        if (agreed != Gender::unknown && agreed != entry->gender) return Gender::unknown;
        agreed = entry->gender;
        if (hyphen == std::string_view::npos) return agreed;
        first_name.remove_prefix(hyphen + 1);
    }}
}}

}}  // namespace eventex::lexicon
"""


def write_header(out, rows, counts, us_years, de_files, from_data):
    body_rows = "".join(f'    {{"{name}", Gender::{gender}}},\n' for name, gender in rows)
    text = BANNER.format(us_first=us_years[0], us_last=us_years[1], de_files=de_files) + BODY.format(
        us_first=us_years[0], us_last=us_years[1], us_min=f"{US_MIN_SELECT:,}", de_min=DE_MIN_SELECT,
        us_op=f"{US_MIN_OPINION:,}", de_op=DE_MIN_OPINION, share=round(DECISIVE_SHARE * 100),
        total=len(rows), feminine=counts["feminine"], masculine=counts["masculine"],
        unknown=counts["unknown"], rows=body_rows)
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
