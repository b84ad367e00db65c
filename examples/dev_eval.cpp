// dev_eval: measures eventex against the hand-labelled sets (tests/data, see
// tests/data/README.md). The labels hold only ids and byte offsets; the texts are read from the
// corpora in ../shared/corpora. Prints, per set (and so per language), precision, recall and F1
// per event type, for detection (type and overlapping span) and for full match (detection and
// every labelled role). Each document is read in the language its corpus line declares.
//
//   dev_eval [--labels FILE_OR_DIR]... [--corpus DIR] [--lang de|en] [--verbose]
//
// Exit status: 0 after a measurement, however bad the figures (it is not a test) and even when
// some label lines or documents had to be skipped (each gets one line on stderr); 2 for a usage
// error.
#include <algorithm>            // std::sort, std::min, std::max
#include <cstddef>              // std::size_t
#include <cstdio>               // stderr
#include <cstdlib>              // std::exit
#include <filesystem>           // std::filesystem::path, directory_iterator, is_directory
#include <fstream>              // std::ifstream
#include <map>                  // std::map
#include <optional>             // std::optional
#include <stdexcept>            // std::runtime_error
#include <string>               // std::string, std::getline
#include <string_view>          // std::string_view
#include <system_error>         // std::error_code
#include <tuple>                // std::tie
#include <utility>              // std::move
#include <vector>               // std::vector

#include <fmt/core.h>           // fmt::print, fmt::format
#include <nlohmann/json.hpp>    // nlohmann::json

#include <eventex/actor.hpp>    // Actor
#include <eventex/date.hpp>     // Date, parse_iso_date
#include <eventex/document.hpp> // Document
#include <eventex/events.hpp>   // Meeting, AidRequest, Statement, AidCategory, to_string
#include <eventex/language.hpp> // Language, language_from_code, to_code
#include <eventex/lexicon/people.hpp> // find_person
#include <eventex/pipeline.hpp> // Pipeline, Events
#include <eventex/span.hpp>     // Span

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr int exit_ok = 0;
constexpr int exit_usage = 2;

struct Options {
    std::vector<std::string> labels;            ///< default: every set of tests/data
    std::string corpus = "../shared/corpora";
    std::optional<eventex::Language> language;  ///< default: each document's own "lang"
    bool verbose = false;
};

const std::vector<std::string> default_sets = {"tests/data/de_dev", "tests/data/de_meet", "tests/data/de_meet2",
                                                "tests/data/de_test", "tests/data/en_dev",
                                                "tests/data/en_meet", "tests/data/en_test",
                                                "tests/data/aid", "tests/data/test2", "tests/data/meet3"};

void warn(const std::string& message) { fmt::print(stderr, "dev_eval: {}\n", message); }

// ---- text helpers --------------------------------------------------------------------------

/// Lower case for ASCII and the Latin-1 letters (Ä, Ö, Ü, É, ...): enough for German and
/// English names, and without a locale, whose behaviour differs between systems.
std::string fold_case(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c + 32);
        } else if (c == 0xC3 && i + 1 < out.size()) {
            // U+00C0..U+00DE are C3 80..C3 9E; U+00D7 (multiplication sign) has no lower case.
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
    return out;
}

/// Either string contains the other, ignoring case; an empty string matches nothing.
bool contains_either_way(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty()) return false;
    const std::string x = fold_case(a), y = fold_case(b);
    return x.find(y) != std::string::npos || y.find(x) != std::string::npos;
}

/// A letter or digit of a word; every byte of a multi-byte UTF-8 sequence counts as one, so
/// that "Stöger" is a single word.
bool is_word_byte(char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0x80;
}

/// `needle` occurs in `haystack` as whole words.
bool contains_words(const std::string& haystack, const std::string& needle) {
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) {
        const std::size_t end = at + needle.size();
        if ((at == 0 || !is_word_byte(haystack[at - 1])) && (end == haystack.size() || !is_word_byte(haystack[end])))
            return true;
    }
    return false;
}

/// Either name contains the other as whole words, ignoring case: "Katzian" names the same
/// actor as "GPA-djp-Chef Wolfgang Katzian", but "EU" is not found in "Neumayer".
bool names_match(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty()) return false;
    const std::string x = fold_case(a), y = fold_case(b);
    return contains_words(x, y) || contains_words(y, x);
}

/// The span's text on one line, cut at `limit` bytes without splitting a UTF-8 sequence.
std::string excerpt(std::string_view text, eventex::Span span, std::size_t limit = 160) {
    if (span.begin > text.size()) return {};
    std::string_view part = text.substr(span.begin, std::min(span.end, text.size()) - span.begin);
    bool cut = false;
    if (part.size() > limit) {
        std::size_t end = limit;
        while (end > 0 && (static_cast<unsigned char>(part[end]) & 0xC0) == 0x80) --end;
        part = part.substr(0, end);
        cut = true;
    }
    std::string out(part);
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (cut) out += "...";
    return out;
}

// ---- gold events ---------------------------------------------------------------------------

/// An actor as labelled: only what the scorer compares.
struct GoldActor {
    std::string text, name, country;
    bool resolved = false;  ///< `text` is a pronoun or a bare title: only `name` identifies the actor
};

struct GoldEvent {
    std::string type;
    eventex::Span span;
    std::string evidence;  ///< should be the text at `span`; a mismatch means the label has drifted
    std::string modality;  ///< "asserted", "planned", "negated", "reported"
    std::string date;      ///< "YYYY-MM-DD", "YYYY-MM", "YYYY" or empty (null)
    // Statement
    std::optional<GoldActor> speaker;
    std::string kind;
    // Meeting
    std::vector<GoldActor> participants;
    std::optional<GoldActor> on_behalf_of;
    // AidRequest
    std::optional<GoldActor> requester, provider;
    std::vector<std::string> items;
    std::string category;
};

struct GoldDocument {
    std::string id;
    std::string corpus;
    std::string where;  ///< "file:line" of the label line, for messages
    std::vector<GoldEvent> events;
};

std::string string_or_empty(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

GoldActor actor_from(const json& actor) {
    const auto resolved = actor.find("resolved");
    return GoldActor{string_or_empty(actor, "text"), string_or_empty(actor, "name"), string_or_empty(actor, "country"),
                     resolved != actor.end() && resolved->is_boolean() && resolved->get<bool>()};
}

std::optional<GoldActor> gold_actor(const json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return std::nullopt;
    if (!it->is_object()) throw std::runtime_error(std::string("'") + key + "' is neither an actor nor null");
    return actor_from(*it);
}

GoldEvent gold_event(const json& e) {
    GoldEvent event;
    event.type = e.at("type").get<std::string>();
    const json& span = e.at("span");
    if (!span.is_array() || span.size() != 2) throw std::runtime_error("'span' is not [begin, end]");
    event.span = {span[0].get<std::size_t>(), span[1].get<std::size_t>()};
    if (event.span.end < event.span.begin) throw std::runtime_error("'span' ends before it begins");
    event.evidence = string_or_empty(e, "evidence");
    event.modality = string_or_empty(e, "modality");
    event.date = string_or_empty(e, "date");
    if (event.type == "Statement") {
        event.speaker = gold_actor(e, "speaker");
        if (!event.speaker) throw std::runtime_error("Statement without a speaker");
        event.kind = e.at("kind").get<std::string>();
    } else if (event.type == "Meeting") {
        for (const json& p : e.at("participants")) event.participants.push_back(actor_from(p));
        event.on_behalf_of = gold_actor(e, "on_behalf_of");
    } else if (event.type == "AidRequest") {
        event.requester = gold_actor(e, "requester");
        event.provider = gold_actor(e, "provider");
        for (const json& item : e.at("items")) event.items.push_back(item.get<std::string>());
        event.category = e.at("category").get<std::string>();
    } else {
        throw std::runtime_error("unknown event type '" + event.type + "'");
    }
    return event;
}

/// The .jsonl files named by --labels: the file itself, or a directory's files in name order.
std::vector<fs::path> label_files(const std::string& labels) {
    std::vector<fs::path> files;
    std::error_code error;
    if (fs::is_directory(labels, error)) {
        for (const auto& entry : fs::directory_iterator(labels, error))
            if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        if (files.empty()) warn(labels + ": no .jsonl files in this directory");
    } else if (fs::exists(labels, error)) {
        files.emplace_back(labels);
    } else {
        warn(labels + ": no such file or directory");
    }
    return files;
}

std::vector<GoldDocument> load_labels(const std::vector<fs::path>& files) {
    std::vector<GoldDocument> documents;
    for (const fs::path& file : files) {
        std::ifstream in(file);
        if (!in) {
            warn(file.string() + ": cannot open");
            continue;
        }
        std::string line;
        for (std::size_t number = 1; std::getline(in, line); ++number) {
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            const std::string where = file.string() + ':' + std::to_string(number);
            try {
                const json j = json::parse(line);
                GoldDocument document{j.at("doc").get<std::string>(), j.at("corpus").get<std::string>(), where, {}};
                for (const json& e : j.at("events")) document.events.push_back(gold_event(e));
                documents.push_back(std::move(document));
            } catch (const std::exception& error) {
                // nlohmann's and our own messages both say what is wrong; the line is skipped.
                warn(where + ": skipped: " + error.what());
            }
        }
    }
    return documents;
}

// ---- corpus --------------------------------------------------------------------------------

struct CorpusDocument {
    std::string text;
    std::optional<eventex::Date> date;
    eventex::Language language = eventex::Language::german;  ///< from the line's "lang"
};

/// Each corpus folder read once, on first use: id -> text.
class Corpus {
public:
    explicit Corpus(std::string root) : root_(std::move(root)) {}

    const CorpusDocument* find(const std::string& corpus, const std::string& id) {
        auto loaded = folders_.find(corpus);
        if (loaded == folders_.end()) loaded = folders_.emplace(corpus, load(corpus)).first;
        const auto it = loaded->second.find(id);
        return it == loaded->second.end() ? nullptr : &it->second;
    }

    std::string folder(const std::string& corpus) const { return (fs::path(root_) / corpus).string(); }

private:
    std::map<std::string, CorpusDocument> load(const std::string& corpus) const {
        std::map<std::string, CorpusDocument> documents;
        const fs::path dir = fs::path(root_) / corpus;
        std::error_code error;
        if (!fs::is_directory(dir, error)) {
            warn(dir.string() + ": corpus folder not found (set --corpus)");
            return documents;
        }
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(dir, error))
            if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const fs::path& file : files) {
            std::ifstream in(file);
            std::string line;
            for (std::size_t number = 1; std::getline(in, line); ++number) {
                try {
                    const json j = json::parse(line);
                    CorpusDocument document{j.at("text").get<std::string>(), std::nullopt, eventex::Language::german};
                    if (const auto language = eventex::language_from_code(string_or_empty(j, "lang")))
                        document.language = *language;
                    if (const std::string date = string_or_empty(j, "date"); !date.empty())
                        document.date = eventex::parse_iso_date(date.substr(0, 10));
                    documents.emplace(j.at("id").get<std::string>(), std::move(document));
                } catch (const std::exception& problem) {
                    warn(file.string() + ':' + std::to_string(number) + ": skipped: " + problem.what());
                }
            }
        }
        return documents;
    }

    std::string root_;
    std::map<std::string, std::map<std::string, CorpusDocument>> folders_;
};

// ---- scoring -------------------------------------------------------------------------------

std::string describe(const GoldActor& actor) {
    std::string out = '"' + (actor.text.empty() ? actor.name : actor.text) + '"';
    if (!actor.name.empty() && actor.name != actor.text) out += " (" + actor.name + ")";
    out += " [" + (actor.country.empty() ? std::string("-") : actor.country) + "]";
    return out;
}

std::string describe(const eventex::Actor& actor) {
    std::string out = '"' + actor.text + '"';
    if (!actor.name.empty() && actor.name != actor.text) out += " (" + actor.name + ")";
    out += " [" + (actor.country.empty() ? std::string("-") : actor.country) + "]";
    return out;
}

/// Whether the label's name is a spelling of the public figure the prediction names canonically:
/// a German label writes "Lawrow" or "Franziskus" where eventex's one name is "Sergei Lavrov" or
/// "Pope Francis". The people gazetteer lists both spellings of the same person.
bool same_public_figure(std::string_view gold_name, std::string_view predicted_name) {
    if (gold_name.empty() || predicted_name.empty()) return false;
    const eventex::lexicon::Person* person = eventex::lexicon::find_person(gold_name);
    return person != nullptr && person->canonical == predicted_name;
}

/// Names agree (either contains the other as whole words, in text or canonical name, or both name one
/// public figure) and, when the label knows the country, the prediction gives the same one.
bool actor_matches(const GoldActor& gold, const eventex::Actor& predicted) {
    // A resolved pronoun's text ("er", "sie") would match any other pronoun: use the name.
    const std::string_view gold_text = gold.resolved ? std::string_view() : std::string_view(gold.text);
    const bool named = names_match(gold_text, predicted.text) || names_match(gold_text, predicted.name) ||
                       names_match(gold.name, predicted.text) || names_match(gold.name, predicted.name) ||
                       same_public_figure(gold.name, predicted.name);
    if (!named) return false;
    return gold.country.empty() || gold.country == predicted.country;
}

/// One predicted event, reduced to what scoring and the verbose report need.
struct Predicted {
    eventex::Span span;
    std::string rule;
    const eventex::Statement* statement = nullptr;
    const eventex::Meeting* meeting = nullptr;
    const eventex::AidRequest* aid_request = nullptr;

    const eventex::EventBase& event() const {
        if (statement) return *statement;
        if (meeting) return *meeting;
        return *aid_request;
    }
};

/// The roles of a detected event that disagree with the label; empty for a full match.
std::vector<std::string> role_mismatches(const GoldEvent& gold, const Predicted& predicted) {
    std::vector<std::string> wrong;
    if (const auto* s = predicted.statement) {
        if (!actor_matches(*gold.speaker, s->speaker))
            wrong.push_back("speaker: gold " + describe(*gold.speaker) + ", predicted " + describe(s->speaker));
        if (gold.kind != s->kind) wrong.push_back("kind: gold " + gold.kind + ", predicted " + s->kind);
    } else if (const auto* m = predicted.meeting) {
        for (const GoldActor& participant : gold.participants) {
            const bool found = std::any_of(m->participants.begin(), m->participants.end(),
                                           [&](const eventex::Actor& p) { return actor_matches(participant, p); });
            if (!found) wrong.push_back("participant " + describe(participant) + " missing");
        }
        if (!wrong.empty()) {
            std::string list;
            for (const eventex::Actor& p : m->participants) list += (list.empty() ? "" : ", ") + describe(p);
            wrong.push_back("predicted participants: " + (list.empty() ? std::string("none") : list));
        }
        if (gold.on_behalf_of && !(m->on_behalf_of && actor_matches(*gold.on_behalf_of, *m->on_behalf_of)))
            wrong.push_back("on_behalf_of: gold " + describe(*gold.on_behalf_of) + ", predicted " +
                            (m->on_behalf_of ? describe(*m->on_behalf_of) : std::string("none")));
    } else if (const auto* a = predicted.aid_request) {
        if (gold.requester && !(a->requester && actor_matches(*gold.requester, *a->requester)))
            wrong.push_back("requester: gold " + describe(*gold.requester) + ", predicted " +
                            (a->requester ? describe(*a->requester) : std::string("none")));
        if (gold.provider && !(a->provider && actor_matches(*gold.provider, *a->provider)))
            wrong.push_back("provider: gold " + describe(*gold.provider) + ", predicted " +
                            (a->provider ? describe(*a->provider) : std::string("none")));
        bool item_found = gold.items.empty();
        for (const std::string& g : gold.items)
            for (const std::string& p : a->items) item_found = item_found || contains_either_way(g, p);
        if (!item_found) {
            std::string list;
            for (const std::string& p : a->items) list += (list.empty() ? "\"" : ", \"") + p + '"';
            wrong.push_back("items: none of the gold items in [" + list + "]");
        }
        const std::string category(eventex::to_string(a->category));
        if (gold.category != category) wrong.push_back("category: gold " + gold.category + ", predicted " + category);
    }
    return wrong;
}

struct Counts {
    std::size_t gold = 0, predicted = 0, detected = 0, full = 0;
    // Outside full match, which the figures of earlier rounds did not score them by: of the
    // detected events, those whose modality agrees; of those where the label or eventex gives a
    // date, those whose dates agree.
    std::size_t modality_agrees = 0, dated = 0, date_agrees = 0;

    Counts& operator+=(const Counts& other) {
        gold += other.gold;
        predicted += other.predicted;
        detected += other.detected;
        full += other.full;
        modality_agrees += other.modality_agrees;
        dated += other.dated;
        date_agrees += other.date_agrees;
        return *this;
    }
};

/// Scores one event type of one document: greedy one-to-one matching, the largest overlap in
/// bytes first, so that a long prediction cannot take the gold event a closer one fits better.
/// Of equal overlaps, pairs whose roles agree go first: coordinated speakers share one evidence
/// ("condemned by rights groups ... and by Washington" is two statements with one span), and
/// pairing them by position alone would swap the speakers of two right predictions.
Counts score(const std::string& type, const std::vector<const GoldEvent*>& gold,
             const std::vector<Predicted>& predicted, const std::string& doc_id, std::string_view text,
             bool verbose) {
    struct Pair {
        std::size_t overlap, g, p;
        bool roles_agree;
    };
    std::vector<Pair> pairs;
    for (std::size_t g = 0; g < gold.size(); ++g)
        for (std::size_t p = 0; p < predicted.size(); ++p)
            if (gold[g]->span.overlaps(predicted[p].span)) {
                const std::size_t overlap = std::min(gold[g]->span.end, predicted[p].span.end) -
                                            std::max(gold[g]->span.begin, predicted[p].span.begin);
                pairs.push_back({overlap, g, p, role_mismatches(*gold[g], predicted[p]).empty()});
            }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
        if (a.overlap != b.overlap) return a.overlap > b.overlap;
        if (a.roles_agree != b.roles_agree) return a.roles_agree;
        return std::tie(a.g, a.p) < std::tie(b.g, b.p);
    });

    std::vector<std::optional<std::size_t>> gold_match(gold.size()), predicted_match(predicted.size());
    for (const Pair& pair : pairs)
        if (!gold_match[pair.g] && !predicted_match[pair.p]) {
            gold_match[pair.g] = pair.p;
            predicted_match[pair.p] = pair.g;
        }

    Counts counts{gold.size(), predicted.size(), 0, 0};
    for (std::size_t g = 0; g < gold.size(); ++g) {
        const GoldEvent& event = *gold[g];
        if (!gold_match[g]) {
            if (verbose) {
                std::string roles;
                if (event.speaker) roles = " speaker=" + describe(*event.speaker) + " kind=" + event.kind;
                for (const GoldActor& p : event.participants) roles += " participant=" + describe(p);
                if (event.requester) roles += " requester=" + describe(*event.requester);
                fmt::print("FN  {} {} [{},{}] \"{}\"{}\n", doc_id, type, event.span.begin, event.span.end,
                           excerpt(text, event.span), roles);
            }
            continue;
        }
        ++counts.detected;
        const Predicted& match = predicted[*gold_match[g]];
        const std::string_view modality = eventex::to_string(match.event().modality);
        if (modality == event.modality) {
            ++counts.modality_agrees;
        } else if (verbose) {
            fmt::print("MOD  {} {} [{},{}] \"{}\": gold {}, predicted {} (rule {})\n", doc_id, type, event.span.begin,
                       event.span.end, excerpt(text, event.span), event.modality, modality, match.rule);
        }
        const std::string date = match.event().date ? eventex::to_string(*match.event().date) : std::string();
        if (!date.empty() || !event.date.empty()) {
            ++counts.dated;
            if (date == event.date) {
                ++counts.date_agrees;
            } else if (verbose) {
                fmt::print("DATE {} {} [{},{}] \"{}\": gold {}, predicted {} (rule {})\n", doc_id, type, event.span.begin,
                           event.span.end, excerpt(text, event.span), event.date.empty() ? "null" : event.date,
                           date.empty() ? "null" : date, match.rule);
            }
        }
        const std::vector<std::string> wrong = role_mismatches(event, match);
        if (wrong.empty()) {
            ++counts.full;
        } else if (verbose) {
            fmt::print("ROLE {} {} [{},{}] \"{}\" (rule {})\n", doc_id, type, event.span.begin, event.span.end,
                       excerpt(text, event.span), match.rule);
            for (const std::string& w : wrong) fmt::print("       {}\n", w);
        }
    }
    if (verbose)
        for (std::size_t p = 0; p < predicted.size(); ++p) {
            if (predicted_match[p]) continue;
            const Predicted& event = predicted[p];
            std::string roles;
            if (event.statement)
                roles = " speaker=" + describe(event.statement->speaker) + " kind=" + event.statement->kind;
            if (event.meeting)
                for (const eventex::Actor& a : event.meeting->participants) roles += " participant=" + describe(a);
            if (event.aid_request && event.aid_request->requester)
                roles += " requester=" + describe(*event.aid_request->requester);
            fmt::print("FP  {} {} [{},{}] \"{}\"{} (rule {})\n", doc_id, type, event.span.begin, event.span.end,
                       excerpt(text, event.span), roles, event.rule);
        }
    return counts;
}

std::string ratio(std::size_t numerator, std::size_t denominator) {
    return denominator == 0 ? std::string("-") : fmt::format("{:.3f}", double(numerator) / double(denominator));
}

void print_row(const std::string& type, const Counts& c) {
    // F1 as 2TP / (gold + predicted): the harmonic mean of P and R, and 0 rather than undefined
    // when one of them has no denominator.
    fmt::print("{:<12}{:>5}{:>6} |{:>7}{:>7}{:>7} |{:>7}{:>7}{:>7}\n", type, c.gold, c.predicted,
               ratio(c.detected, c.predicted), ratio(c.detected, c.gold), ratio(2 * c.detected, c.gold + c.predicted),
               ratio(c.full, c.predicted), ratio(c.full, c.gold), ratio(2 * c.full, c.gold + c.predicted));
}

// ---- command line --------------------------------------------------------------------------

void print_usage() {
    fmt::print(stderr,
               "usage: dev_eval [--labels FILE_OR_DIR]... [--corpus DIR] [--lang de|en] [--verbose]\n"
               "  --labels   a .jsonl label file or a directory of them, scored as one set; repeatable\n"
               "             (default: tests/data/de_dev, de_meet, de_meet2, de_test, en_dev, en_meet, en_test, aid,\n"
               "             test2, meet3)\n"
               "  --corpus   the folder holding <corpus>/*.jsonl (default ../shared/corpora)\n"
               "  --lang     read every document in this language (default: the document's \"lang\")\n"
               "  --verbose  list each false negative (FN), false positive (FP), wrong role (ROLE), and\n"
               "             each detected event's wrong modality (MOD) or date (DATE)\n");
}

std::optional<Options> parse_options(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const auto value = [&]() -> std::optional<std::string> {
            if (i + 1 < argc) return std::string(argv[++i]);
            warn(std::string(arg) + " needs a value");
            return std::nullopt;
        };
        if (arg == "--labels") {
            auto v = value();
            if (!v) return std::nullopt;
            options.labels.push_back(*v);
        } else if (arg == "--corpus") {
            auto v = value();
            if (!v) return std::nullopt;
            options.corpus = *v;
        } else if (arg == "--lang") {
            auto v = value();
            if (!v) return std::nullopt;
            const auto language = eventex::language_from_code(*v);
            if (!language) {
                warn("--lang: unknown language '" + *v + "' (de, en)");
                return std::nullopt;
            }
            options.language = *language;
        } else if (arg == "--verbose" || arg == "-v") {
            options.verbose = true;
        } else if (arg == "--help" || arg == "-h") {
            print_usage();
            std::exit(exit_ok);
        } else {
            warn("unexpected argument '" + std::string(arg) + "'");
            return std::nullopt;
        }
    }
    return options;
}

}  // namespace

/// Scores one labelled set and prints its table.
static void evaluate(const std::string& labels_path, const Options& options, Corpus& corpus, const eventex::Pipeline& pipeline) {
    const std::vector<GoldDocument> labels = load_labels(label_files(labels_path));
    const std::vector<std::string> types = {"Meeting", "AidRequest", "Statement"};
    std::map<std::string, Counts> totals;
    std::size_t documents = 0;
    std::map<std::string, std::size_t> languages;
    for (const GoldDocument& gold : labels) {
        const CorpusDocument* source = corpus.find(gold.corpus, gold.id);
        if (!source) {
            warn(gold.where + ": skipped: document '" + gold.id + "' is not in " + corpus.folder(gold.corpus));
            continue;
        }
        const std::string_view text = source->text;
        bool spans_ok = true;
        for (const GoldEvent& event : gold.events)
            if (event.span.end > text.size()) {
                warn(gold.where + ": skipped: span [" + std::to_string(event.span.begin) + ", " +
                     std::to_string(event.span.end) + "] lies past the end of the text");
                spans_ok = false;
            }
        if (!spans_ok) continue;
        for (const GoldEvent& event : gold.events)
            if (!event.evidence.empty() && event.span.of(text) != event.evidence)
                warn(gold.where + ": " + event.type + " [" + std::to_string(event.span.begin) + ", " +
                     std::to_string(event.span.end) + "]: the evidence is not the text at the span (scored by the span)");

        const eventex::Language language = options.language.value_or(source->language);
        const eventex::Document document{gold.id, text, source->date, language};
        const eventex::Events events = pipeline.extract(document);
        if (events.error) {
            warn(gold.where + ": document '" + gold.id + "': " + events.error->message);
            continue;
        }
        for (const eventex::DocumentError& error : events.rule_errors)
            warn(gold.where + ": document '" + gold.id + "': rule " + error.rule + ": " + error.message);
        ++documents;
        ++languages[std::string(eventex::to_code(language))];

        std::map<std::string, std::vector<Predicted>> predicted;
        for (const eventex::Meeting& m : events.meetings) predicted["Meeting"].push_back({m.span, m.rule, nullptr, &m, nullptr});
        for (const eventex::AidRequest& a : events.aid_requests)
            predicted["AidRequest"].push_back({a.span, a.rule, nullptr, nullptr, &a});
        for (const eventex::Statement& st : events.statements)
            predicted["Statement"].push_back({st.span, st.rule, &st, nullptr, nullptr});
        for (const std::string& type : types) {
            std::vector<const GoldEvent*> gold_of_type;
            for (const GoldEvent& event : gold.events)
                if (event.type == type) gold_of_type.push_back(&event);
            totals[type] += score(type, gold_of_type, predicted[type], gold.id, text, options.verbose);
        }
    }

    std::string language_list;
    for (const auto& [code, count] : languages) language_list += (language_list.empty() ? "" : ", ") + code;
    if (options.verbose) fmt::print("\n");
    fmt::print("eventex dev-set evaluation: {} document{}, {} ({})\n", documents, documents == 1 ? "" : "s",
               labels_path, language_list.empty() ? "-" : language_list);
    fmt::print("type         gold  pred |  det.P  det.R  det.F1 |  full.P full.R full.F1\n");
    Counts all;
    for (const std::string& type : types) {
        print_row(type, totals[type]);
        all += totals[type];
    }
    print_row("all", all);
    fmt::print("of the detected events: modality agrees {} of {} ({}); date agrees {} of {} that label or eventex dates ({})\n",
               all.modality_agrees, all.detected, ratio(all.modality_agrees, all.detected), all.date_agrees, all.dated,
               ratio(all.date_agrees, all.dated));
}

int main(int argc, char** argv) {
    const std::optional<Options> options = parse_options(argc, argv);
    if (!options) {
        print_usage();
        return exit_usage;
    }
    Corpus corpus(options->corpus);
    const eventex::Pipeline pipeline = eventex::Pipeline::standard();
    const std::vector<std::string>& sets = options->labels.empty() ? default_sets : options->labels;
    for (std::size_t k = 0; k < sets.size(); ++k) {
        if (k != 0) fmt::print("\n");
        evaluate(sets[k], *options, corpus, pipeline);
    }
    return exit_ok;
}
