#pragma once
/// Compiles a parsed rule into Boost.Regex patterns over placeholder text.
#include <algorithm>          // std::sort, std::stable_partition, std::none_of, std::unique, std::max
#include <array>              // std::array
#include <bitset>             // std::bitset
#include <cstdint>            // std::uint8_t
#include <cstddef>            // std::size_t
#include <functional>         // std::function
#include <memory>             // std::shared_ptr
#include <optional>           // std::optional
#include <string>             // std::string
#include <string_view>        // std::string_view
#include <unordered_map>      // std::unordered_map
#include <vector>             // std::vector

#include <boost/regex.hpp>    // boost::regex, boost::regex_error

#include "ast.hpp"                    // RuleSpec, Node, Lexicon
#include "lazy_regex.hpp"             // LazyRegex
#include "regex_spelling.hpp"         // detail::quick_to_build
#include "source.hpp"                 // Source
#include "../detail/placeholder.hpp"  // placeholder letters
#include "../detail/required_words.hpp"  // is_word_run_byte
#include "../detail/subject_opening.hpp"  // the words before a subject

namespace eventex::dsl {

/// A slot's capture group in a compiled pattern.
struct SlotBinding {
    std::string role;
    SlotType type = SlotType::actor;
    int group = 0;  ///< its capture group's number in `regex`
};

/// A lexicon that a conditional setting (`set kind = warn if <en.warn>`) asks about: the capture
/// group around each of its uses, matched when the lexicon took part in the match.
struct CueBinding {
    std::string lexicon;
    int group = 0;
};

/// One `match` line, compiled.
struct CompiledPattern {
    std::string regex_text;           ///< the whole pattern as one regex, for --explain, tests and the naive engine
    /// The rule source and where the match line stands in it: where an error building the regex
    /// points. Null for a pattern made by hand; its errors then name no source.
    std::shared_ptr<const Source> source;
    std::size_t offset = 0;
    std::vector<SlotBinding> slots;   ///< the slots with a role, in the pattern's order
    std::vector<CueBinding> cues;     ///< the uses of the lexicons that settings ask about
    /// Words a sentence must hold for the pattern to have a chance: each inner list is one
    /// element of the pattern that every match contains, satisfied by any of its words. Words
    /// are folded (see fold_first_letter) and made of word bytes only. The extractor runs the
    /// regex only on sentences that satisfy every list: a prefilter that never changes results.
    std::vector<std::vector<std::string>> required_words;
    /// Every match starts at an actor's placeholder, at the word right before it (its article),
    /// or at an article before up to two lower-case attributives (a German subject's "die
    /// regierende"): the pattern opens with an actor slot. The extractor then tries only those
    /// positions instead of every byte of the sentence.
    bool starts_at_actor = false;
    /// How much of regex_text is a subject's opening (subject_opening_regex()) that `regex`
    /// leaves out; 0 if the pattern does not open with a subject. The extractor tests it in
    /// C++ (detail::subject_placeholder) and runs `regex` from the subject's placeholder on.
    std::size_t subject_opening = 0;
    /// The bytes a match can start with, when the compiler can tell (nullopt: any byte); and
    /// whether a match can also start at the sentence's start (`^`) whatever the byte there.
    /// The extractor then tries the pattern only at such bytes: Boost.Regex cannot skip them
    /// itself once a pattern opens with a lookbehind (every word boundary is one).
    std::optional<std::bitset<256>> start_bytes;
    bool starts_at_sentence_start = false;
    /// Of start_bytes, those that open a match only as the first letter of a word of the rule,
    /// which the regex guards with a lookbehind for a word boundary: where a word byte
    /// (is_boundary_byte) precedes one of them, no match starts, and the extractor skips it.
    std::bitset<256> start_bytes_after_boundary;
    /// Which bytes may follow a start byte b at a match's start, where the compiler knows it
    /// (the second letter of the rule words that open with b): start_second_bytes[
    /// start_second_index[b] - 1]. Index 0: any byte may follow b.
    std::array<std::uint8_t, 256> start_second_index{};
    std::vector<std::bitset<256>> start_second_bytes;

    /// The Boost.Regex that the extractor runs: regex_text after the subject's opening, built
    /// the first time it is asked for (see LazyRegex), since a document needs few of a rule
    /// book's patterns. Throws RuleError, at every call, if Boost.Regex refuses it. Copies of
    /// a pattern share the one regex.
    const boost::regex& regex() const;
    /// Whether regex() has been built already.
    bool regex_built() const noexcept { return regex_.built(); }

private:
    LazyRegex regex_;
};

/// A word with its first letter in lower case (ASCII and German umlauts), so that "Sagte" and
/// "sagte", "Über" and "über" meet in one key.
/// Into `out`, reusing its buffer: the prefilter folds every word of every sentence.
inline void fold_first_letter_into(std::string_view word, std::string& out) {
    out.assign(word);
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] | 0x20);
    else if (out.size() >= 2 && out[0] == '\xC3' && (out[1] == '\x84' || out[1] == '\x96' || out[1] == '\x9C'))
        out[1] = static_cast<char>(out[1] + 0x20);
}
inline std::string fold_first_letter(std::string_view word) {
    std::string out;
    fold_first_letter_into(word, out);
    return out;
}

namespace detail {

// A word byte for boundaries: ASCII letters, digits, '-', '_' and every non-ASCII byte (UTF-8
// letters). Written as a negated ASCII class so that it holds whether char is signed or not:
// not \x00-\x2C \x2E-\x2F \x3A-\x40 \x5B-\x5E \x60 \x7B-\x7F. The printable bounds are written
// as themselves: this class stands at every word boundary of every pattern (6,000 times), and
// Boost.Regex parses each \x escape through a string stream, a tenth of the start-up.
constexpr std::string_view word_class = R"([^\x00-,./:-@\[-\^`{-\x7F])";
constexpr std::string_view token = R"((?:\x01[A-Z][0-9]+\x02|[^\s\x01\x02]++))";
// Curly quotes are three bytes, so they are excluded by a lookahead, not inside a class. A
// mention in parentheses is one token: "die Europäische Fußball-Union (UEFA) kritisiert"; so is
// an abbreviation or number no gazetteer knows: "teilte die Behörde für Gesundheit (NCHS) mit".
// "#39;s" is a possessive as AG News escapes it ("North Korea #39;s program"), not a clause's
// end, so its semicolon does not stop the token ("#39;" alone and "quot;" are quotation marks
// and still do).
constexpr std::string_view clause_token =
    R"((?:\x01[A-Z][0-9]+\x02|\(\x01[A-Z][0-9]+\x02\)|\([A-Z0-9][A-Z0-9-]{0,7}\)|(?:#39;(?=s\b)|(?!\xE2\x80[\x9C\x9D\x9E])[^\s\x01\x02,;:.!?"()])++))";
constexpr std::string_view determiner =
    R"((?:\b(?:[Dd](?:er|ie|as|en|em|es|eren|essen)|[Tt]he|[Ee]ine?[mnrs]?|[Ss]eine?[mnrs]?|[Ii]hre?[mnrs]?|[Aa]|[Hh](?:is|er)|[Tt]heir|[Ii]ts)\s+)?)";
/// Before a subject: no preposition ("mit der Kanzlerin") and no article of another case
/// ("werfen dem Präsidenten vor"). Boost.Regex needs fixed-length lookbehinds, so the words are
/// grouped by their length in bytes, one lookbehind per length and number of spaces: two dozen
/// lookbehinds instead of one per word, which the engine tests at every candidate start of a
/// subject slot inside a pattern.
template <std::size_t N>
std::string not_preceded_by(const std::string_view (&words)[N]) {
    std::vector<std::vector<std::string_view>> by_length;
    for (std::string_view word : words) {
        if (by_length.size() <= word.size()) by_length.resize(word.size() + 1);
        by_length[word.size()].push_back(word);
    }
    // One space or two: the German corpus doubles many ("von  Bosnien").
    std::string out;
    for (const std::string_view spaces : {R"(\s)", R"(\s\s)"}) {
        for (const std::vector<std::string_view>& group : by_length) {
            if (group.empty()) continue;
            out += R"((?<!\b(?:)";
            for (std::size_t i = 0; i < group.size(); ++i) {
                if (i != 0) out += '|';
                out += group[i];
            }
            out += ')';
            out += spaces;
            out += ')';
        }
    }
    return out;
}
inline void append_unit_trie(std::string& out, const std::vector<std::vector<std::string>>& entries);

/// Plain words (letters only) as one alternation in trie form, "d(?:ie|e(?:m|n|r|s))...":
/// Boost.Regex compiles a flat alternation of a hundred words (the attributives' stop words)
/// several times slower, and tries every branch at every position. With `either_case`, a word's
/// first letter matches in either case ("[Dd]er"). The words end where the caller says (`\s`
/// follows each use), so the order of the branches does not matter.
template <std::size_t N>
std::string word_alternation(const std::string_view (&words)[N], bool either_case = false) {
    std::vector<std::vector<std::string>> entries;
    for (std::string_view word : words) {
        std::vector<std::string>& units = entries.emplace_back();
        for (std::size_t i = 0; i < word.size(); ++i)
            units.push_back(i == 0 && either_case ? std::string("[") + static_cast<char>(word[0] & ~0x20) + word[0] + ']'
                                                  : std::string(1, word[i]));
    }
    std::string out = "(?:";
    append_unit_trie(out, entries);
    return out + ')';
}
/// Where a subject slot may open a match, as regex text: what eventex::detail::
/// subject_placeholder() answers in C++ (see detail/subject_opening.hpp; both read the same
/// lists, and a test checks that they agree). Either a nominative article opens the match, or
/// no article precedes the actor; no preposition precedes either. The cheap test first, at
/// every position the engine tries: what follows must be an article or a placeholder before
/// any of the lookbehinds is looked at. A German nominative article may stand before up to two
/// declined adjectives, participles or numbers, read past outside the capture: "sagte die
/// regierende ÖVP", "trafen sich die beiden Minister". Only after a German article: English
/// adjectives carry no ending to tell them from other words.
inline const std::string& subject_opening_regex() {
    static const std::string text = [] {
        using namespace eventex::detail;
        const std::string nominative = R"(\b)" + word_alternation(nominative_articles, true) + R"(\s+)";
        const std::string german = R"(\b)" + word_alternation(german_nominative_articles, true) + R"(\s+)";
        const std::string attributive =
            "(?:(?:(?!" + word_alternation(attributive_stop_words) + R"(\s))" +
            R"((?:[a-z]|\xC3[\xA4\xB6\xBC])(?:[a-z-]|\xC3[\xA4\xB6\xBC\x9F])*+(?<=e[nrsm]|.e))" + '|' +
            word_alternation(attributive_numbers) + R"(|[0-9]++)\s+){1,2}(?=\x01))";
        return "(?=" + nominative + R"(|\x01))" + not_preceded_by(subject_prepositions) + "(?:" + german + attributive +
               '|' + nominative + R"(|(?=\x01))" + not_preceded_by(other_case_articles) + ')';
    }();
    return text;
}
/// An optional place right after a subject: "police in Paris said", "the ministry in Warsaw
/// says", "die Regierung in Wien erklärte". Only a recognised country or city, so that "in
/// March" or "in a statement" stay what the rule makes of them.
constexpr std::string_view subject_place = R"((?:\s+(?:in|at|im)\s+\x01[CL][0-9]+\x02)?)";

/// An optional relative clause after a subject, up to the comma that closes it.
constexpr std::string_view relative_clause =
    R"((?:\s*,\s*(?:[Dd](?:er|ie|as|eren|essen)|welche[rs]?|who|which|whose)\s(?:[^,;:.!?"\x01\x02]|\x01[A-Z][0-9]+\x02){1,160}?,)?)";
constexpr std::string_view closing_punctuation = R"((?:[.!?:;"')»«]|\xE2\x80[\x9C\x9D\xA6\x98\x99])*)";

inline void append_escaped(std::string& out, char c) {
    static constexpr std::string_view special = R"(\^$.|?*+()[]{}/)";
    if (special.find(c) != std::string_view::npos) out += '\\';
    out += c;
}

/// A word as written, and with its first letter's case flipped only at the start of a sentence
/// or a quote: "sagte" also finds "Sagte ..." there, but "verlangen" does not find the noun "das
/// Verlangen" in mid-sentence. (`(?<!\S\s.)` after the flipped letter: that letter does not
/// follow a space that follows other text. Testing the letter first keeps the lookbehind rare.)
/// As units, one per letter (or run of spaces), so that lexicons can share common prefixes.
inline std::vector<std::string> word_units(std::string_view word) {
    struct Pair { std::string_view lower, upper; };
    static constexpr Pair umlauts[] = {{"\xC3\xA4", "\xC3\x84"}, {"\xC3\xB6", "\xC3\x96"}, {"\xC3\xBC", "\xC3\x9C"}};
    constexpr std::string_view after_one_byte = R"((?<!\S\s.))";
    constexpr std::string_view after_two_bytes = R"((?<!\S\s..))";
    std::vector<std::string> units;
    std::size_t rest = 0;
    const char first = word.empty() ? '\0' : word.front();
    if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')) {
        const char flipped = static_cast<char>(first ^ 0x20);
        std::string unit = "(?:";
        unit += first;
        unit += '|';
        unit += flipped;
        unit += after_one_byte;
        unit += ')';
        units.push_back(std::move(unit));
        rest = 1;
    } else {
        for (const Pair& pair : umlauts) {
            const bool lower = word.substr(0, 2) == pair.lower;
            if (lower || word.substr(0, 2) == pair.upper) {
                std::string unit = "(?:";
                unit += lower ? pair.lower : pair.upper;
                unit += '|';
                unit += lower ? pair.upper : pair.lower;
                unit += after_two_bytes;
                unit += ')';
                units.push_back(std::move(unit));
                rest = 2;
                break;
            }
        }
    }
    for (std::size_t i = rest; i < word.size(); ++i) {
        std::string unit;
        if (word[i] == ' ') {
            while (i + 1 < word.size() && word[i + 1] == ' ') ++i;
            unit = R"(\s+)";
        } else {
            append_escaped(unit, word[i]);
        }
        units.push_back(std::move(unit));
    }
    return units;
}

inline void append_word(std::string& out, std::string_view word) {
    for (const std::string& unit : word_units(word)) out += unit;
}

/// The alternation of `entries` as a trie: entries that share a beginning share its regex
/// ("sagt(?:en|e|)" for sagten, sagte, sagt), so that the engine reads each byte of a candidate
/// once instead of trying every entry in turn at every position. Boost.Regex takes the first
/// branch that lets the rest match, so the order must stay what the flat alternation gave:
/// `entries` come longest first, and a branch is placed where its first entry stood, the end of
/// a shorter entry after all of its longer continuations. Only entries that one is a prefix of
/// the other can match at one position and end differently, and those keep their order. Each
/// entry comes as its regex units (word_units: a letter, or a letter in either case).
inline void append_unit_trie(std::string& out, const std::vector<std::vector<std::string>>& entries) {
    struct Node {
        std::string unit;
        std::vector<std::size_t> children;  // in order of first use
        bool end = false;
    };
    std::vector<Node> nodes(1);
    for (const std::vector<std::string>& entry : entries) {
        std::size_t at = 0;
        for (const std::string& unit : entry) {
            std::size_t next = 0;
            for (std::size_t child : nodes[at].children)
                if (nodes[child].unit == unit) next = child;
            if (next == 0) {
                next = nodes.size();
                nodes[at].children.push_back(next);
                nodes.push_back(Node{unit, {}, false});
            }
            at = next;
        }
        nodes[at].end = true;
    }
    // Depth first; an explicit stack would do too, but lexicon words are short.
    auto emit = [&](auto& self, std::size_t at) -> void {
        const Node& node = nodes[at];
        out += node.unit;
        const std::size_t branches = node.children.size() + (node.end ? 1 : 0);
        if (branches == 0 || (branches == 1 && node.end)) return;
        if (branches == 1) {
            self(self, node.children.front());
            return;
        }
        out += "(?:";
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            if (i != 0) out += '|';
            self(self, node.children[i]);
        }
        if (node.end) out += '|';  // the shorter entry, after every longer one
        out += ')';
    };
    emit(emit, 0);
}

/// The same for words as written, each letter a unit (word_units).
inline void append_word_trie(std::string& out, const std::vector<std::string_view>& entries) {
    std::vector<std::vector<std::string>> units;
    units.reserve(entries.size());
    for (std::string_view entry : entries) units.push_back(word_units(entry));
    append_unit_trie(out, units);
}

inline bool is_boundary_byte(char c) noexcept { return eventex::detail::is_word_run_byte(c); }

inline void open_boundary(std::string& out, std::string_view word) {
    if (!word.empty() && is_boundary_byte(word.front())) {
        out += "(?<!";
        out += word_class;
        out += ')';
    }
}
inline void close_boundary(std::string& out, std::string_view word) {
    if (!word.empty() && is_boundary_byte(word.back())) {
        out += "(?!";
        out += word_class;
        out += ')';
    }
}

using LexiconLookup = std::function<const Lexicon*(std::string_view)>;
using RoleCheck = std::function<bool(std::string_view)>;
/// Each lexicon's alternation as compiled once, for the other patterns that use it: a lexicon
/// of verb forms appears in dozens of patterns, and building its trie is not free.
using LexiconTexts = std::unordered_map<const Lexicon*, std::string>;

/// The regex of `pattern.regex_text` after its subject's opening; a regex Boost.Regex refuses
/// is a RuleError at `offset` in `source`.
inline boost::regex build_regex(const CompiledPattern& pattern, const Source& source, std::size_t offset) {
    try {
        const std::string spelled =
            quick_to_build(std::string_view(pattern.regex_text).substr(pattern.subject_opening));
        return boost::regex(spelled.data(), spelled.data() + spelled.size(), boost::regex::perl);
    } catch (const boost::regex_error& error) {
        throw source.error(errc::regex, offset, std::string("the compiled pattern is not a valid regex: ") + error.what());
    }
}

}  // namespace detail

inline const boost::regex& CompiledPattern::regex() const {
    return regex_.get([this] {
        return source ? detail::build_regex(*this, *source, offset) : detail::build_regex(*this, Source{"pattern", {}}, 0);
    });
}

namespace detail {

class PatternCompiler {
public:
    PatternCompiler(const Source& source, const LexiconLookup& lexicons, const RoleCheck& roles,
                    LexiconTexts* lexicon_texts = nullptr, const std::vector<std::string>* cue_lexicons = nullptr)
        : source_(source), lexicons_(lexicons), roles_(roles), lexicon_texts_(lexicon_texts), cue_lexicons_(cue_lexicons) {}

    CompiledPattern compile(const Sequence& sequence, std::size_t offset) {
        check_bounds(sequence, offset);
        CompiledPattern pattern;
        slots_ = &pattern.slots;
        cues_ = &pattern.cues;
        groups_ = 0;
        sequence_(pattern.regex_text, sequence, true);
        pattern.required_words = required_words(sequence);
        StartSet start;
        if (!add_start(sequence, start) && !start.any) {
            pattern.start_bytes = start.bytes;
            pattern.starts_at_sentence_start = start.sentence_start;
            pattern.start_bytes_after_boundary = start.bytes & ~start.unguarded;
            for (std::size_t b = 0; b < 256; ++b) {
                if (!start.bytes.test(b) || start.any_second.test(b)) continue;
                pattern.start_second_bytes.push_back(start.second[b]);
                pattern.start_second_index[b] = static_cast<std::uint8_t>(pattern.start_second_bytes.size());
            }
        }
        pattern.starts_at_actor = !sequence.empty() && sequence.front().kind == Node::Kind::slot &&
                                  holds_actors(sequence.front().slot_type);
        const bool opens_with_subject = pattern.starts_at_actor && (sequence.front().slot_type == SlotType::subject ||
                                                                    sequence.front().slot_type == SlotType::subjects);
        if (opens_with_subject && pattern.regex_text.compare(0, subject_opening_regex().size(), subject_opening_regex()) == 0)
            pattern.subject_opening = subject_opening_regex().size();
        pattern.offset = offset;
        return pattern;
    }

private:
    // ---- the prefilter's words: what every match of a sequence must contain ----------------
    static bool prefilter_word(std::string_view word) noexcept {
        if (word.empty() || word.front() == '-' || word.back() == '-') return false;  // "-" joins words
        for (char c : word)
            if (!is_boundary_byte(c)) return false;
        return true;
    }

    // The longest word of a multi-word entry ("bekannt gegeben" -> "gegeben"); "" if none fits.
    static std::string_view key_word(std::string_view text) noexcept {
        std::string_view best;
        while (!text.empty()) {
            const std::size_t space = text.find(' ');
            const std::string_view word = text.substr(0, space);
            if (prefilter_word(word) && word.size() > best.size()) best = word;
            if (space == std::string_view::npos) break;
            text.remove_prefix(space + 1);
        }
        return best;
    }

    // The words one element guarantees, or nothing when a match may lack them all.
    std::optional<std::vector<std::string>> required_of(const Node& node) const {
        switch (node.kind) {
            case Node::Kind::word:
                if (node.prefix || !prefilter_word(node.text)) return std::nullopt;
                return std::vector<std::string>{fold_first_letter(node.text)};
            case Node::Kind::literal: {
                const std::string_view word = key_word(node.text);
                if (word.empty()) return std::nullopt;
                return std::vector<std::string>{fold_first_letter(word)};
            }
            case Node::Kind::lexicon: {
                const Lexicon* lexicon = lexicons_(node.text);
                if (lexicon == nullptr || lexicon->entries.empty()) return std::nullopt;
                std::vector<std::string> words;
                for (const std::string& entry : lexicon->entries) {
                    const std::string_view word = key_word(entry);
                    if (word.empty()) return std::nullopt;
                    words.push_back(fold_first_letter(word));
                }
                return words;
            }
            case Node::Kind::group: {
                std::vector<std::string> words;
                for (const Sequence& alternative : node.alternatives) {
                    std::optional<std::vector<std::string>> found;
                    for (const Node& inner : alternative)
                        if ((found = required_of(inner))) break;
                    if (!found) return std::nullopt;
                    words.insert(words.end(), found->begin(), found->end());
                }
                return words;
            }
            default:
                return std::nullopt;
        }
    }

    std::vector<std::vector<std::string>> required_words(const Sequence& sequence) const {
        std::vector<std::vector<std::string>> out;
        for (const Node& node : sequence) {
            if (out.size() == 64) break;  // the extractor keeps one bit per list
            if (auto words = required_of(node)) {
                std::sort(words->begin(), words->end());
                words->erase(std::unique(words->begin(), words->end()), words->end());
                out.push_back(std::move(*words));
            }
        }
        return out;
    }

    // ---- where a match can start: the first bytes of what every match opens with ----------
    struct StartSet {
        std::bitset<256> bytes;
        std::bitset<256> unguarded;   ///< bytes that may open a match without a boundary test
        std::bitset<256> any_second;  ///< start bytes that anything may follow
        std::vector<std::bitset<256>> second = std::vector<std::bitset<256>>(256);  ///< what may follow the others
        bool sentence_start = false;  ///< `^`: at the sentence's start, whatever the byte
        bool any = false;             ///< could start with any byte: no use
    };

    // `guarded`: the byte opens a word the regex guards with a word-boundary lookbehind.
    // `second`: the bytes that may follow it there; null for any.
    static void add_byte(StartSet& start, char c, bool guarded = false, const std::bitset<256>* second = nullptr) {
        const auto b = static_cast<unsigned char>(c);
        start.bytes.set(b);
        if (!guarded) start.unguarded.set(b);
        if (second == nullptr) start.any_second.set(b);
        else start.second[b] |= *second;
    }
    static void add_spaces(StartSet& start) {  // `\s`: unguarded, and anything may follow
        start.bytes |= space_bytes();
        start.unguarded |= space_bytes();
        start.any_second |= space_bytes();
    }
    static void add_bytes(StartSet& start, std::string_view bytes) {
        for (char c : bytes) add_byte(start, c);
    }

    // The first byte of a word as append_word writes it: an ASCII letter in either case.
    // `guarded`: open_boundary writes its lookbehind before the word (a word or lexicon entry
    // not joined to a hyphen before it), which holds for words that open with a letter or digit.
    static void add_word_start(StartSet& start, std::string_view word, bool guarded = false) {
        if (word.empty()) {
            start.any = true;
            return;
        }
        const char first = word.front();
        if (first == ' ') add_spaces(start);  // a space compiles to \s+
        const bool letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
        guarded = guarded && (letter || (first >= '0' && first <= '9'));
        // The second byte as append_word writes it, after an ASCII first one: itself, or any
        // space for a space (\s+). After a single byte or a UTF-8 letter, anything.
        std::bitset<256> second;
        const bool second_known = word.size() >= 2 && static_cast<unsigned char>(first) < 0x80 && first != ' ';
        if (second_known) {
            if (word[1] == ' ') second = space_bytes();
            else second.set(static_cast<unsigned char>(word[1]));
        }
        add_byte(start, first, guarded, second_known ? &second : nullptr);
        if (letter) add_byte(start, static_cast<char>(first ^ 0x20), guarded, second_known ? &second : nullptr);
    }

    // Whether a literal with a hyphen may occur in `node`: the word after such a hyphen is
    // compiled without a boundary test ("[EU]" "-" "Gipfel"), so its first letter is unguarded.
    static bool may_hold_hyphen(const Node& node) noexcept {
        if (node.kind == Node::Kind::literal) return node.text.find('-') != std::string::npos;
        for (const Sequence& alternative : node.alternatives)
            for (const Node& inner : alternative)
                if (may_hold_hyphen(inner)) return true;
        return false;
    }

    // The bytes Boost.Regex's \s matches (the separator `\s*` between elements), as its traits
    // say: a match can open with them when the elements before are absent.
    static const std::bitset<256>& space_bytes() {
        static const std::bitset<256> bytes = [] {
            std::bitset<256> out;
            const boost::regex space(R"(\s)");
            for (int c = 0; c < 256; ++c) {
                const char text[1] = {static_cast<char>(c)};
                if (boost::regex_match(text, text + 1, space)) out.set(static_cast<std::size_t>(c));
            }
            return out;
        }();
        return bytes;
    }

    // Adds the first bytes of `sequence` to `start`; true when it can match nothing at all.
    // `after_hyphen`: a hyphen may come right before the sequence (see may_hold_hyphen).
    bool add_start(const Sequence& sequence, StartSet& start, bool after_hyphen = false) const {
        for (std::size_t i = 0; i < sequence.size(); ++i) {
            if (i != 0) {  // what came before may be absent
                add_spaces(start);
                after_hyphen = after_hyphen || may_hold_hyphen(sequence[i - 1]);
            }
            if (!add_start(sequence[i], start, after_hyphen)) return false;
        }
        return true;
    }

    bool add_start(const Node& node, StartSet& start, bool after_hyphen) const {
        switch (node.kind) {
            case Node::Kind::word:
                add_word_start(start, node.text, !after_hyphen);
                return false;
            case Node::Kind::literal:
                add_word_start(start, node.text.substr(0, 1));  // no case flip: one byte at most
                return false;
            case Node::Kind::lexicon: {
                const Lexicon* lexicon = lexicons_(node.text);
                if (lexicon == nullptr) {
                    start.any = true;
                    return false;
                }
                for (const std::string& entry : lexicon->entries) add_word_start(start, entry, !after_hyphen);
                return lexicon->entries.empty();
            }
            case Node::Kind::slot:
                switch (node.slot_type) {
                    case SlotType::date:
                    case SlotType::item:
                    case SlotType::items:
                    case SlotType::place:
                        add_byte(start, eventex::detail::placeholder_open);
                        return false;
                    case SlotType::actor:
                    case SlotType::actors:  // an optional determiner, then the placeholder
                        add_bytes(start, "DdTtEeSsIi");
                        add_byte(start, eventex::detail::placeholder_open);
                        return false;
                    case SlotType::subject:
                    case SlotType::subjects:  // a nominative article or the placeholder
                        add_bytes(start, "DdTtEeSsIiAa");
                        add_byte(start, eventex::detail::placeholder_open);
                        return false;
                    default:
                        start.any = true;
                        return false;
                }
            case Node::Kind::group: {
                bool empty = false;
                for (const Sequence& alternative : node.alternatives)
                    empty = add_start(alternative, start, after_hyphen) || empty;
                return empty;
            }
            case Node::Kind::optional:
                for (const Sequence& alternative : node.alternatives) add_start(alternative, start, after_hyphen);
                return true;
            case Node::Kind::negation:
            case Node::Kind::sentence_end:
                return true;  // zero width
            case Node::Kind::sentence_start:
                start.sentence_start = true;
                return false;
            case Node::Kind::gap:
                start.any = true;
                return true;
        }
        start.any = true;
        return true;
    }

    // Every construct is bounded, but gaps multiply: four gaps of 40 in a row would try 40^4
    // splits on a bad sentence. So a pattern is refused, with the position of the element that
    // breaks the rule, when
    // - two gaps can meet: side by side, or with only optional parts between them, or at the edge
    //   of a group or optional part ("...8 [...8 x]", "(a ...8) ...8"): they are one gap, and
    //   Boost.Regex would try every split between them;
    // - the gaps along any one way through the pattern, into nested groups and optional parts,
    //   add up to more than max_gap_total words (a phrase slot counts as its 16 words): nesting
    //   would otherwise multiply gaps that each stay under the limit.
    static constexpr std::size_t max_gap_total = 100;
    static constexpr std::size_t phrase_words = 16;

    // How a sequence may begin and end: with a gap (through optional parts and groups), and
    // whether it can match nothing at all (only optional parts, negations and anchors).
    struct Edges {
        bool starts_with_gap = false;
        bool ends_with_gap = false;
        bool may_be_empty = true;
    };

    static Edges edges_of(const Node& node) {
        Edges edges;
        switch (node.kind) {
            case Node::Kind::gap:
                return Edges{true, true, false};
            case Node::Kind::negation:
            case Node::Kind::sentence_start:
            case Node::Kind::sentence_end:
                return Edges{false, false, true};
            case Node::Kind::group:
            case Node::Kind::optional:
                edges.may_be_empty = node.kind == Node::Kind::optional;
                for (const Sequence& alternative : node.alternatives) {
                    const Edges inner = edges_of(alternative);
                    edges.starts_with_gap = edges.starts_with_gap || inner.starts_with_gap;
                    edges.ends_with_gap = edges.ends_with_gap || inner.ends_with_gap;
                    if (node.kind == Node::Kind::group) edges.may_be_empty = edges.may_be_empty || inner.may_be_empty;
                }
                return edges;
            default:
                return Edges{false, false, false};
        }
    }

    static Edges edges_of(const Sequence& sequence) {
        Edges edges;
        bool open = true;  // nothing that must match seen yet from the start
        for (const Node& node : sequence) {
            const Edges inner = edges_of(node);
            if (open && inner.starts_with_gap) edges.starts_with_gap = true;
            if (!inner.may_be_empty) open = false;
        }
        open = true;
        for (auto it = sequence.rbegin(); it != sequence.rend(); ++it) {
            const Edges inner = edges_of(*it);
            if (open && inner.ends_with_gap) edges.ends_with_gap = true;
            if (!inner.may_be_empty) open = false;
        }
        edges.may_be_empty = !sequence.empty();
        for (const Node& node : sequence) edges.may_be_empty = edges.may_be_empty && edges_of(node).may_be_empty;
        return edges;
    }

    // The most gap words along one way through `sequence`.
    static std::size_t gap_words(const Sequence& sequence) {
        std::size_t total = 0;
        for (const Node& node : sequence) total += gap_words(node);
        return total;
    }
    static std::size_t gap_words(const Node& node) {
        if (node.kind == Node::Kind::gap) return node.max_gap;
        if (node.kind == Node::Kind::slot && node.slot_type == SlotType::phrase) return phrase_words;
        std::size_t most = 0;
        for (const Sequence& alternative : node.alternatives) most = std::max(most, gap_words(alternative));
        return node.kind == Node::Kind::negation ? 0 : most;
    }

    void check_bounds(const Sequence& sequence, std::size_t offset) const {
        check_adjacent_gaps(sequence);
        const std::size_t total = gap_words(sequence);
        if (total > max_gap_total)
            throw source_.error(errc::unbounded_pattern, offset,
                                "the gaps of this pattern add up to " + std::to_string(total) +
                                    " words along one way through it (nested groups included); at most " +
                                    std::to_string(max_gap_total) + " keep matching fast");
    }

    // Refuses gaps that can meet, in `sequence` and in every group inside it.
    void check_adjacent_gaps(const Sequence& sequence) const {
        bool gap_open = false;  // the match may stand right after a gap here
        for (const Node& node : sequence) {
            const Edges edges = edges_of(node);
            if (gap_open && edges.starts_with_gap)
                throw source_.error(errc::unbounded_pattern, node.offset,
                                    "two gaps in a row (side by side, or with only optional parts between "
                                    "them); write one gap with the sum of their lengths");
            for (const Sequence& alternative : node.alternatives) check_adjacent_gaps(alternative);
            if (edges.ends_with_gap) gap_open = true;
            else if (!edges.may_be_empty) gap_open = false;
        }
    }

    // Whether every way through `node` leaves the match right after a hyphen; `before` says
    // whether the match stood after one when the node began (an optional part may be absent).
    static bool ends_with_hyphen(const Node& node, bool before) noexcept {
        switch (node.kind) {
            case Node::Kind::literal:
                return node.text.back() == '-';
            case Node::Kind::negation:
                return before;
            case Node::Kind::group:
            case Node::Kind::optional: {
                if (node.kind == Node::Kind::optional && !before) return false;
                for (const Sequence& alternative : node.alternatives) {
                    bool after = before;
                    for (const Node& inner : alternative) after = ends_with_hyphen(inner, after);
                    if (alternative.empty() || !after) return false;
                }
                return true;
            }
            default:
                return false;
        }
    }

    static bool has_slot(const Node& node) noexcept {
        if (node.kind == Node::Kind::slot) return true;
        for (const Sequence& alternative : node.alternatives)
            for (const Node& inner : alternative)
                if (has_slot(inner)) return true;
        return false;
    }

    void sequence_(std::string& out, const Sequence& sequence, bool first) {
        const Node* previous = nullptr;
        const bool joined_to_outer = after_hyphen_;  // a group's first word after "-"
        bool ends_after_hyphen = joined_to_outer;
        // Equal optional parts in a row ("[<en.pre>] [<en.pre>]", "(?:\s*X)?(?:\s*X)?") become one
        // repeat, "(?:\s*X){0,2}": the same texts with the same ends, and as X captures nothing,
        // the same matches; but the regex is half as long (a large lexicon is compiled once, not
        // twice: a quarter of the default rules' regex text), and a failing match no longer tries
        // both ways of reading one X (as the first part, or as the second).
        std::string run;  // the optional part repeated, while the next ones equal it
        std::size_t run_length = 0;
        auto flush_run = [&] {
            if (run_length == 1) out += run;
            else if (run_length > 1) out.append(run, 0, run.size() - 1) += "{0," + std::to_string(run_length) + "}";
            run.clear();
            run_length = 0;
        };
        std::string piece;
        for (const Node& node : sequence) {
            if (!first && node.kind != Node::Kind::gap && node.kind != Node::Kind::optional &&
                node.kind != Node::Kind::negation && node.kind != Node::Kind::sentence_end)
                piece = R"(\s*)";
            else
                piece.clear();
            // After a literal hyphen the next word is the rest of a compound ("[EU]" "-" "Gipfel"):
            // the hyphen is a word byte, so a boundary test there would always fail.
            after_hyphen_ = previous == nullptr ? joined_to_outer : ends_after_hyphen;
            hyphen_follows_ = &node != &sequence.back() && starts_with_hyphen(*(&node + 1));
            element(piece, node, first);
            ends_after_hyphen = ends_with_hyphen(node, after_hyphen_);
            previous = &node;
            if (node.kind == Node::Kind::optional && !first && !has_slot(node)) {
                if (run_length == 0 || piece != run) {
                    flush_run();
                    run = piece;
                }
                ++run_length;
            } else {
                flush_run();
                out += piece;
            }
            // After an optional part or a gap the next element still needs its separator: the
            // part may be absent, and `\s*` also matches nothing.
            first = false;
        }
        flush_run();
        after_hyphen_ = joined_to_outer;  // the next alternative starts where this one did
    }

    void element(std::string& out, const Node& node, bool first) {
        switch (node.kind) {
            case Node::Kind::word:
                if (!after_hyphen_) open_boundary(out, node.text);
                append_word(out, node.text);
                if (node.prefix) {
                    out += word_class;
                    out += "*+";
                } else {
                    close_boundary(out, node.text);
                }
                break;
            case Node::Kind::literal:
                // A hyphen at a literal's edge joins it to its neighbour ("[EU]" "-" "Gipfel"),
                // so only letters and digits there ask for a word boundary.
                if (node.text.front() != '-') open_boundary(out, node.text);
                for (char c : node.text) {
                    if (c == ' ') out += R"(\s+)";
                    else append_escaped(out, c);
                }
                if (node.text.back() != '-') close_boundary(out, node.text);
                break;
            case Node::Kind::lexicon: {
                const Lexicon* lexicon = lexicons_(node.text);
                if (lexicon == nullptr)
                    throw source_.error(errc::unknown_lexicon, node.offset, "unknown lexicon '" + node.text + "'");
                // A lexicon a setting asks about gets a capture group; inside !( ) it never
                // takes part in a match.
                if (negation_depth_ == 0 && is_cue(node.text)) {
                    out += '(';
                    cues_->push_back(CueBinding{node.text, ++groups_});
                    lexicon_alternation(out, *lexicon);
                    out += ')';
                } else {
                    lexicon_alternation(out, *lexicon);
                }
                break;
            }
            case Node::Kind::slot:
                slot(out, node);
                break;
            case Node::Kind::gap:
                out += R"((?:\s*)";
                out += node.clause_bounded ? clause_token : token;
                out += "){0," + std::to_string(node.max_gap) + "}?";
                break;
            case Node::Kind::group:
            case Node::Kind::optional:
                out += "(?:";
                for (std::size_t i = 0; i < node.alternatives.size(); ++i) {
                    if (i != 0) out += '|';
                    if (node.kind == Node::Kind::optional && !first) out += R"(\s*)";
                    sequence_(out, node.alternatives[i], true);
                }
                out += node.kind == Node::Kind::optional ? ")?" : ")";
                break;
            case Node::Kind::negation:
                // Zero width: what follows the previous element is not this.
                out += R"((?!\s*(?:)";
                ++negation_depth_;
                for (std::size_t i = 0; i < node.alternatives.size(); ++i) {
                    if (i != 0) out += '|';
                    sequence_(out, node.alternatives[i], true);
                }
                --negation_depth_;
                out += "))";
                break;
            case Node::Kind::sentence_start:
                out += R"(\A\s*)";
                break;
            case Node::Kind::sentence_end:
                out += R"((?=\s*)";
                out += closing_punctuation;
                out += R"(\s*\z))";
                break;
        }
    }

    // Any entry of `lexicon`, as one alternation.
    void lexicon_alternation(std::string& out, const Lexicon& lexicon) {
        // Longest entries first: alternation takes the first branch that fits.
        std::vector<std::string_view> entries(lexicon.entries.begin(), lexicon.entries.end());
        std::sort(entries.begin(), entries.end(),
                  [](std::string_view a, std::string_view b) { return a.size() > b.size() || (a.size() == b.size() && a < b); });
        // One boundary test around the whole alternation where every entry is a word: the
        // engine then checks it once per position instead of once per entry.
        const auto is_word_entry = [](std::string_view e) {
            return !e.empty() && is_boundary_byte(e.front()) && is_boundary_byte(e.back());
        };
        const auto word_end = std::stable_partition(entries.begin(), entries.end(), is_word_entry);
        const bool words_only = word_end == entries.end();
        // Entries that open with punctuation ("'ll") never match where a word does, so the
        // words keep their trie and only those few go flat; an entry that opens with a
        // letter and ends in punctuation could compete with a word, so then all go flat.
        const bool words_apart = !words_only && word_end != entries.begin() &&
                                 std::none_of(word_end, entries.end(), [](std::string_view e) {
                                     return !e.empty() && is_boundary_byte(e.front());
                                 });
        if (!words_only && !words_apart)
            std::sort(entries.begin(), entries.end(),
                      [](std::string_view a, std::string_view b) { return a.size() > b.size() || (a.size() == b.size() && a < b); });
        const auto append_trie = [&](const std::vector<std::string_view>& words) {
            if (lexicon_texts_ == nullptr) {
                append_word_trie(out, words);
            } else {
                auto [cached, added] = lexicon_texts_->try_emplace(&lexicon);
                if (added) append_word_trie(cached->second, words);
                out += cached->second;
            }
        };
        if (words_only) {
            if (!after_hyphen_) open_boundary(out, entries.front());
            out += "(?:";
            append_trie(entries);
            out += ')';
            close_boundary(out, entries.front());
            return;
        }
        out += "(?:";
        auto flat_from = entries.begin();
        if (words_apart) {
            const std::vector<std::string_view> words(entries.begin(), word_end);
            if (!after_hyphen_) open_boundary(out, words.front());
            out += "(?:";
            append_trie(words);
            out += ')';
            close_boundary(out, words.front());
            flat_from = word_end;
        }
        for (auto entry = flat_from; entry != entries.end(); ++entry) {
            if (entry != entries.begin()) out += '|';
            if (!after_hyphen_) open_boundary(out, *entry);
            append_word(out, *entry);
            close_boundary(out, *entry);
        }
        out += ')';
    }

    bool is_cue(std::string_view lexicon) const {
        return cue_lexicons_ != nullptr && std::find(cue_lexicons_->begin(), cue_lexicons_->end(), lexicon) != cue_lexicons_->end();
    }

    // The roles of the one who acts, which an object pronoun ("ihn", "him") never fills: the
    // default event types' speaker, requester and host.
    static bool is_agent_role(std::string_view role) noexcept {
        return role == "speaker" || role == "requester" || role == "host";
    }

    // One actor and up to eight more, joined by commas and "und"/"and" ("Merkel und Macron").
    static std::string actor_list(const std::string& actor) {
        return actor + R"((?:\s*(?:,|und|sowie|and|&|or|oder)\s*(?:,\s*)?)" + std::string(determiner) + actor + "){0,8}";
    }

    void slot(std::string& out, const Node& node) {
        // "!(sich {actor})": a slot may say what must not follow, but it fills no role there.
        if (negation_depth_ > 0 && !node.text.empty())
            throw source_.error(errc::syntax, node.offset,
                                "a slot inside !( ) fills no role; write it without one: {" + std::string(to_string(node.slot_type)) + "}");
        if (!node.text.empty() && !roles_(node.text))
            throw source_.error(errc::unknown_role, node.offset, "unknown role '" + node.text + "' for this event type");
        const bool takes_objects = !is_agent_role(node.text);
        const std::string actor = std::string(R"(\x01)") +
                                  std::string(takes_objects ? eventex::detail::object_actor_letters : eventex::detail::actor_letters) +
                                  R"([0-9]+\x02)";
        const std::string subject_actor = std::string(R"(\x01)") + std::string(eventex::detail::actor_letters) + R"([0-9]+\x02)";
        const std::string item = R"(\x01I[0-9]+\x02)";
        std::string body;
        switch (node.slot_type) {
            case SlotType::actor:
                out += determiner;
                body = actor;
                break;
            case SlotType::subject:
            case SlotType::subjects:
                out += subject_opening_regex();
                body = node.slot_type == SlotType::subjects ? actor_list(subject_actor) : subject_actor;
                break;
            case SlotType::actors:
                out += determiner;
                body = actor_list(actor);
                break;
            case SlotType::date:
                body = R"(\x01D[0-9]+\x02)";
                break;
            case SlotType::item:
                body = item;
                break;
            case SlotType::items:
                body = item + R"((?:(?:\s*(?:,|und|sowie|oder|and|or|&|wie|such\s+as|including|insbesondere|einschließlich|von|of|mit|with|zusätzliche[mnrs]?)|\s+[a-zäöüß][^\s\x01\x02,.;:]*+){1,4}\s*)" +
                       item + "){0,8}";
                break;
            case SlotType::place:
                body = std::string(R"(\x01)") + std::string(eventex::detail::place_letters) + R"([0-9]+\x02)";
                break;
            case SlotType::phrase:
                // A phrase never starts with a date: "verhängten am Montag Sanktionen" names the
                // measure "Sanktionen", and the date stays the event's.
                body = R"((?!\x01D))" + std::string(clause_token) + R"((?:\s*)" + std::string(clause_token) + "){0,15}";
                break;
            case SlotType::clause:
                body = std::string("(?:") + std::string(token) + R"()(?:\s*)" + std::string(token) + "){0,79}?(?=\\s*" +
                       std::string(closing_punctuation) + R"(\s*\z))";
                break;
        }
        // An actor inside a compound ("[EU]-Gipfel", "[US]-Einheiten") fills a slot only where the
        // rule writes the hyphen itself: "[EU]-Bürger sagten" has no speaker "EU".
        const bool actor_slot = holds_actors(node.slot_type);
        if (actor_slot && !after_hyphen_) out += "(?<!-)";
        if (node.text.empty()) {
            out += "(?:" + body + ')';
        } else {
            out += '(' + body + ')';
            slots_->push_back(SlotBinding{node.text, node.slot_type, ++groups_});
        }
        if (actor_slot && !hyphen_follows_) out += "(?!-)";
        // "Wałęsa, der sich im Ausland aufhält, teilte mit", "Smith, who chairs the panel, said":
        // a subject's relative clause up to its comma is read past, outside the capture.
        if (node.slot_type == SlotType::subject || node.slot_type == SlotType::subjects) {
            out += subject_place;
            out += relative_clause;
        }
    }

    // Whether `node` may begin with a literal hyphen.
    static bool starts_with_hyphen(const Node& node) noexcept {
        if (node.kind == Node::Kind::literal) return node.text.front() == '-';
        if (node.kind != Node::Kind::group && node.kind != Node::Kind::optional) return false;
        for (const Sequence& alternative : node.alternatives)
            if (!alternative.empty() && starts_with_hyphen(alternative.front())) return true;
        return false;
    }

    const Source& source_;
    std::size_t negation_depth_ = 0;  ///< inside !( ): slots with a role are refused there
    bool after_hyphen_ = false;       ///< the element being compiled follows a literal "-"
    bool hyphen_follows_ = false;     ///< the element being compiled may be followed by a literal "-"
    const LexiconLookup& lexicons_;
    const RoleCheck& roles_;
    LexiconTexts* lexicon_texts_ = nullptr;
    const std::vector<std::string>* cue_lexicons_ = nullptr;
    std::vector<SlotBinding>* slots_ = nullptr;
    std::vector<CueBinding>* cues_ = nullptr;
    int groups_ = 0;  ///< capture groups written so far
};

}  // namespace detail

/// Compiles one `match` line of `source`. Throws RuleError for unknown lexicons or roles and
/// patterns that could blow up; the Boost.Regex is built on first use (CompiledPattern::regex),
/// or with others at once by build_regexes, and a regex Boost.Regex refuses is a RuleError then.
/// `lexicon_texts`, if given, keeps compiled lexicons for the next call; it must not outlive the
/// lexicons. `cue_lexicons` names the lexicons whose part in a match the rule's conditional
/// settings ask about.
inline CompiledPattern compile_pattern(const std::shared_ptr<const Source>& source, const Sequence& sequence,
                                       std::size_t offset, const detail::LexiconLookup& lexicons,
                                       const detail::RoleCheck& roles, detail::LexiconTexts* lexicon_texts = nullptr,
                                       const std::vector<std::string>* cue_lexicons = nullptr) {
    detail::PatternCompiler compiler(*source, lexicons, roles, lexicon_texts, cue_lexicons);
    CompiledPattern pattern = compiler.compile(sequence, offset);
    pattern.source = source;
    return pattern;
}

}  // namespace eventex::dsl
