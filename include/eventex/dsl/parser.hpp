#pragma once
/// Parser of the eventex rule language.
///
/// The grammar, in full (ASCII keywords; words and strings are UTF-8):
///
///   file       := { blank-line | comment | lexicon | rule }
///   comment    := '#' ... end of line                       (also after any line's content)
///   lexicon    := 'lexicon' NAME '=' entry { entry } ';'     (may span lines)
///   entry      := WORD [ '{' [suffix] { ',' [suffix] } '}' ] | STRING
///                                                            ("sagt{e,en}" = sagte sagten;
///                                                             "sag{,t}" = sag sagt)
///   rule       := 'rule' ID EOL { directive EOL } 'end'
///   directive  := 'type' NAME                                (event type: Meeting, AidRequest, ...)
///               | 'lang' ( 'de' | 'en' )
///               | 'priority' INT                             (higher wins when matches overlap)
///               | 'set' KEY '=' VALUE [ 'if' '<' NAME '>' { '<' NAME '>' } ]
///                                                            (a constant: kind = thank; with
///                                                             'if', only for matches in which
///                                                             one of those lexicons matched:
///                                                             the first such line wins, a line
///                                                             without 'if' is the default)
///               | 'match' alternation                        (several match lines: any may fire)
///               | 'example' ( '+' | '-' ) STRING { ROLE '=' STRING }
///   alternation:= sequence { '|' sequence }
///   sequence   := { element }
///   element    := WORD [ '*' ]                               (a whole word; '*': any ending)
///               | STRING                                     (exact text: "," or "im Auftrag von")
///               | '<' NAME '>'                               (any entry of a lexicon)
///               | '{' TYPE [ ':' ROLE ] '}'                  (a typed slot: actor, actors, subject,
///                                                             subjects, date, item, items, place,
///                                                             phrase, clause)
///               | '...' [ INT ]                              (a gap of 0..INT words; 8 by default)
///               | '~' [ INT ]                                (the same within one clause: never
///                                                             across , ; : . ! ? or quotes)
///               | '(' alternation ')'                        (a group)
///               | '[' alternation ']'                        (an optional part)
///               | '!' '(' alternation ')'                    (not followed by this: "verspricht !(sich)"; slots there take no role: "!({actor})")
///               | '^' | '$'                                  (start, end of the sentence)
///   WORD       := letters, digits, '-', '\'', '.', and any non-ASCII byte, not starting with '.'
///   STRING     := '"' { any byte but '"' and line breaks, or '\"' } '"'
///
/// An actor slot takes any actor the recogniser found, a resolved "er"/"he" included; an object
/// pronoun ("ihn", "ihm", "him") fills only actor slots of someone acted upon: not subject slots,
/// and not the roles speaker, requester and host.
///
/// Literal words match case-sensitively except for their first letter, so that a rule for
/// "sagte" also finds a sentence-initial "Sagte". Separable German verbs are a word, a gap and
/// the particle: `lud ...30 ein`.
#include <cctype>          // std::isdigit
#include <cstddef>         // std::size_t
#include <string>          // std::string
#include <string_view>     // std::string_view
#include <vector>          // std::vector

#include "ast.hpp"         // Node, RuleSpec, Lexicon
#include "source.hpp"      // Source

namespace eventex::dsl {

/// What one rule source holds.
struct ParsedFile {
    std::vector<Lexicon> lexicons;
    std::vector<RuleSpec> rules;
};

namespace detail {

constexpr std::size_t default_gap = 8;
constexpr std::size_t max_gap = 40;
constexpr std::size_t max_nesting = 16;

inline bool is_word_byte(char c) noexcept {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
           c == '-' || c == '\'' || c == '.' || c == '_';
}

inline bool is_name_byte(char c) noexcept { return is_word_byte(c); }

/// A cursor over one line of the source (lines are the unit of every directive).
class LineCursor {
public:
    LineCursor(const Source& source, std::size_t begin, std::size_t end)
        : source_(&source), pos_(begin), end_(end) {}

    std::size_t pos() const noexcept { return pos_; }
    void skip_space() noexcept {
        while (pos_ < end_ && (source_->text[pos_] == ' ' || source_->text[pos_] == '\t' || source_->text[pos_] == '\r'))
            ++pos_;
        if (pos_ < end_ && source_->text[pos_] == '#') pos_ = end_;  // comment to end of line
    }
    bool at_end() noexcept {
        skip_space();
        return pos_ >= end_;
    }
    char peek() noexcept {
        skip_space();
        return pos_ < end_ ? source_->text[pos_] : '\0';
    }
    bool peek_is(std::string_view s) noexcept {
        skip_space();
        return source_->text.compare(pos_, s.size(), s) == 0 && pos_ + s.size() <= end_;
    }
    bool consume(char c) noexcept {
        if (peek() != c) return false;
        ++pos_;
        return true;
    }
    void expect(char c, const char* what) {
        if (!consume(c)) throw source_->error(errc::syntax, pos_, std::string("expected ") + what);
    }
    /// A run of word bytes; throws with `what` when there is none.
    std::string_view word(const char* what) {
        skip_space();
        const std::size_t begin = pos_;
        while (pos_ < end_ && is_word_byte(source_->text[pos_])) ++pos_;
        if (begin == pos_) throw source_->error(errc::syntax, begin, std::string("expected ") + what);
        return std::string_view(source_->text).substr(begin, pos_ - begin);
    }
    std::string quoted() {
        skip_space();
        const std::size_t begin = pos_;
        if (pos_ >= end_ || source_->text[pos_] != '"')
            throw source_->error(errc::syntax, pos_, "expected a quoted string");
        ++pos_;
        std::string value;
        while (pos_ < end_ && source_->text[pos_] != '"') {
            if (source_->text[pos_] == '\\' && pos_ + 1 < end_) ++pos_;
            value += source_->text[pos_++];
        }
        if (pos_ >= end_) throw source_->error(errc::syntax, begin, "unterminated string");
        ++pos_;
        return value;
    }
    std::size_t integer(const char* what) {
        skip_space();
        const std::size_t begin = pos_;
        std::size_t value = 0;
        while (pos_ < end_ && std::isdigit(static_cast<unsigned char>(source_->text[pos_]))) {
            value = value * 10 + static_cast<std::size_t>(source_->text[pos_++] - '0');
            if (value > 1000000) throw source_->error(errc::bad_value, begin, "number too large");
        }
        if (begin == pos_) throw source_->error(errc::syntax, begin, std::string("expected ") + what);
        return value;
    }
    const Source& source() const noexcept { return *source_; }

private:
    const Source* source_;
    std::size_t pos_;
    std::size_t end_;
};

inline SlotType slot_type_from(const Source& source, std::string_view name, std::size_t offset) {
    if (name == "actor") return SlotType::actor;
    if (name == "actors") return SlotType::actors;
    if (name == "subject") return SlotType::subject;
    if (name == "subjects") return SlotType::subjects;
    if (name == "date") return SlotType::date;
    if (name == "item") return SlotType::item;
    if (name == "items") return SlotType::items;
    if (name == "place") return SlotType::place;
    if (name == "phrase") return SlotType::phrase;
    if (name == "clause") return SlotType::clause;
    throw source.error(errc::unknown_slot_type, offset,
                       "unknown slot type '" + std::string(name) +
                           "' (known: actor, actors, subject, subjects, date, item, items, place, phrase, clause)");
}

inline void parse_alternation(LineCursor& in, std::vector<Sequence>& out, char closer, std::size_t depth);

// The length written right after a gap's "..." or "~", or default_gap if none is.
inline std::size_t gap_length(LineCursor& in, const Source& source) {
    const std::size_t at = in.pos();
    if (at >= source.text.size() || !std::isdigit(static_cast<unsigned char>(source.text[at]))) return default_gap;
    const std::size_t length = in.integer("a gap length");
    if (length > max_gap)
        throw source.error(errc::unbounded_pattern, at,
                           "gap of " + std::to_string(length) + " words is longer than the limit of " + std::to_string(max_gap));
    return length;
}

inline void parse_sequence(LineCursor& in, Sequence& out, char closer, std::size_t depth) {
    const Source& source = in.source();
    for (;;) {
        const char c = in.peek();
        if (c == '\0' || c == '|' || (closer != '\0' && c == closer)) return;
        Node node;
        node.offset = in.pos();
        if (c == '"') {
            node.kind = Node::Kind::literal;
            node.text = in.quoted();
            if (node.text.empty()) throw source.error(errc::syntax, node.offset, "empty string in a pattern");
        } else if (c == '<') {
            in.consume('<');
            node.kind = Node::Kind::lexicon;
            node.text = std::string(in.word("a lexicon name after '<'"));
            in.expect('>', "'>' after the lexicon name");
        } else if (c == '{') {
            in.consume('{');
            const std::size_t type_offset = in.pos();
            node.kind = Node::Kind::slot;
            node.slot_type = slot_type_from(source, in.word("a slot type after '{'"), type_offset);
            if (in.consume(':')) node.text = std::string(in.word("a role name after ':'"));
            in.expect('}', "'}' to close the slot");
        } else if (in.peek_is("...")) {
            in.consume('.'), in.consume('.'), in.consume('.');
            node.kind = Node::Kind::gap;
            node.max_gap = gap_length(in, source);
        } else if (c == '~') {
            in.consume('~');
            node.kind = Node::Kind::gap;
            node.clause_bounded = true;
            node.max_gap = gap_length(in, source);
        } else if (c == '!') {
            in.consume('!');
            if (in.peek() != '(') throw source.error(errc::syntax, in.pos(), "'(' after '!': write !(sich | uns)");
            if (depth >= max_nesting)
                throw source.error(errc::syntax, in.pos(), "groups nested more than 16 deep");
            in.consume('(');
            node.kind = Node::Kind::negation;
            parse_alternation(in, node.alternatives, ')', depth + 1);
            in.expect(')', "')' to close the negated group");
        } else if (c == '(' || c == '[') {
            if (depth >= max_nesting)
                throw source.error(errc::syntax, in.pos(), "groups nested more than 16 deep");
            in.consume(c);
            node.kind = c == '(' ? Node::Kind::group : Node::Kind::optional;
            const char close = c == '(' ? ')' : ']';
            parse_alternation(in, node.alternatives, close, depth + 1);
            in.expect(close, close == ')' ? "')' to close the group" : "']' to close the optional part");
        } else if (c == '^') {
            in.consume('^');
            node.kind = Node::Kind::sentence_start;
        } else if (c == '$') {
            in.consume('$');
            node.kind = Node::Kind::sentence_end;
        } else if (is_word_byte(c) && c != '.') {
            node.kind = Node::Kind::word;
            std::string_view word = in.word("a word");
            node.text = std::string(word);
            if (in.pos() < source.text.size() && source.text[in.pos()] == '*') {
                in.consume('*');
                node.prefix = true;
            }
        } else {
            throw source.error(errc::syntax, in.pos(),
                               std::string("unexpected '") + c + "' in a pattern");
        }
        out.push_back(std::move(node));
    }
}

inline void parse_alternation(LineCursor& in, std::vector<Sequence>& out, char closer, std::size_t depth) {
    for (;;) {
        const std::size_t begin = in.pos();
        Sequence sequence;
        parse_sequence(in, sequence, closer, depth);
        if (sequence.empty())
            throw in.source().error(errc::syntax, in.pos() == begin ? begin : in.pos(),
                                    "empty alternative in a pattern");
        out.push_back(std::move(sequence));
        if (!in.consume('|')) return;
    }
}

/// Expands "sagt{e,en,}" into sagte, sagten, sagt.
inline void expand_entry(const Source& source, std::string_view word, std::size_t offset,
                         std::vector<std::string>& out) {
    const std::size_t open = word.find('{');
    if (open == std::string_view::npos) {
        out.emplace_back(word);
        return;
    }
    const std::size_t close = word.find('}', open);
    if (close == std::string_view::npos)
        throw source.error(errc::syntax, offset + open, "'{' without '}' in a lexicon entry");
    const std::string_view stem = word.substr(0, open);
    const std::string_view rest = word.substr(close + 1);
    std::string_view suffixes = word.substr(open + 1, close - open - 1);
    for (;;) {
        const std::size_t comma = suffixes.find(',');
        std::string entry(stem);
        entry += suffixes.substr(0, comma);
        entry += rest;
        if (!entry.empty()) out.push_back(std::move(entry));
        if (comma == std::string_view::npos) break;
        suffixes.remove_prefix(comma + 1);
    }
}

}  // namespace detail

/// Parses one rule source. Throws RuleError, pointing at the first problem.
inline ParsedFile parse(const Source& source) {
    ParsedFile file;
    const std::string& text = source.text;
    RuleSpec* open_rule = nullptr;
    std::size_t line_begin = 0;
    while (line_begin <= text.size()) {
        std::size_t line_end = text.find('\n', line_begin);
        if (line_end == std::string::npos) line_end = text.size();
        detail::LineCursor in(source, line_begin, line_end);
        const std::size_t next_line = line_end + 1;

        if (!in.at_end()) {
            const std::size_t keyword_offset = in.pos();
            const std::string_view keyword = in.word("a keyword");
            if (open_rule == nullptr) {
                if (keyword == "lexicon") {
                    Lexicon lexicon;
                    lexicon.offset = keyword_offset;
                    lexicon.name = std::string(in.word("a lexicon name"));
                    in.expect('=', "'=' after the lexicon name");
                    // Entries run over as many lines as needed, up to ';'.
                    std::size_t cursor_end = line_end;
                    detail::LineCursor* cursor = &in;
                    detail::LineCursor continuation(source, 0, 0);
                    for (;;) {
                        if (cursor->consume(';')) break;
                        if (cursor->at_end()) {
                            if (cursor_end >= text.size())
                                throw source.error(errc::syntax, lexicon.offset,
                                                   "lexicon '" + lexicon.name + "' has no closing ';'");
                            const std::size_t begin = cursor_end + 1;
                            cursor_end = text.find('\n', begin);
                            if (cursor_end == std::string::npos) cursor_end = text.size();
                            continuation = detail::LineCursor(source, begin, cursor_end);
                            cursor = &continuation;
                            continue;
                        }
                        const std::size_t entry_offset = cursor->pos();
                        if (cursor->peek() == '"') {
                            lexicon.entries.push_back(cursor->quoted());
                        } else {
                            // A word with an optional {suffix,...} group.
                            cursor->skip_space();
                            const std::size_t begin = cursor->pos();
                            std::size_t end = begin;
                            bool in_braces = false;
                            while (end < cursor_end) {
                                const char c = text[end];
                                if (c == '{') in_braces = true;
                                else if (c == '}') in_braces = false;
                                else if (!in_braces && !detail::is_word_byte(c)) break;
                                else if (in_braces && c != ',' && !detail::is_word_byte(c)) break;
                                ++end;
                            }
                            if (end == begin)
                                throw source.error(errc::syntax, begin,
                                                   std::string("unexpected '") + text[begin] + "' in lexicon '" +
                                                       lexicon.name + "'");
                            detail::expand_entry(source, std::string_view(text).substr(begin, end - begin),
                                                 entry_offset, lexicon.entries);
                            continuation = detail::LineCursor(source, end, cursor_end);
                            cursor = &continuation;
                        }
                    }
                    if (!cursor->at_end())
                        throw source.error(errc::syntax, cursor->pos(), "unexpected text after ';'");
                    if (lexicon.entries.empty())
                        throw source.error(errc::syntax, lexicon.offset, "lexicon '" + lexicon.name + "' is empty");
                    file.lexicons.push_back(std::move(lexicon));
                    line_begin = cursor_end + 1;
                    continue;
                }
                if (keyword == "rule") {
                    RuleSpec rule;
                    rule.offset = keyword_offset;
                    rule.id = std::string(in.word("a rule id"));
                    if (!in.at_end()) throw source.error(errc::syntax, in.pos(), "unexpected text after the rule id");
                    file.rules.push_back(std::move(rule));
                    open_rule = &file.rules.back();
                } else {
                    throw source.error(errc::syntax, keyword_offset,
                                       "expected 'rule' or 'lexicon', found '" + std::string(keyword) + "'");
                }
            } else if (keyword == "end") {
                if (open_rule->patterns.empty())
                    throw source.error(errc::missing_field, open_rule->offset,
                                       "rule '" + open_rule->id + "' has no 'match' line");
                if (open_rule->type.empty())
                    throw source.error(errc::missing_field, open_rule->offset,
                                       "rule '" + open_rule->id + "' has no 'type' line");
                if (!open_rule->has_language)
                    throw source.error(errc::missing_field, open_rule->offset,
                                       "rule '" + open_rule->id + "' has no 'lang' line");
                open_rule = nullptr;
            } else if (keyword == "type") {
                open_rule->type = std::string(in.word("an event type"));
            } else if (keyword == "lang") {
                const std::size_t at = in.pos();
                const std::string_view code = in.word("a language code");
                if (code == "de") open_rule->language = Language::german;
                else if (code == "en") open_rule->language = Language::english;
                else throw source.error(errc::bad_value, at + (text[at] == ' ' ? 1 : 0),
                                        "unknown language '" + std::string(code) + "' (de or en)");
                open_rule->has_language = true;
            } else if (keyword == "priority") {
                open_rule->priority = static_cast<int>(in.integer("a priority"));
            } else if (keyword == "set") {
                Setting setting;
                in.skip_space();
                setting.offset = in.pos();
                setting.key = std::string(in.word("a setting name"));
                in.expect('=', "'=' after the setting name");
                setting.value = in.peek() == '"' ? in.quoted() : std::string(in.word("a setting value"));
                if (!in.at_end()) {
                    const std::size_t at = in.pos();
                    if (in.word("'if' or the end of the line") != "if")
                        throw source.error(errc::syntax, at, "expected 'if <lexicon>' or the end of the line after the value");
                    do {
                        in.expect('<', "'<' before the lexicon's name");
                        setting.if_lexicons.emplace_back(in.word("a lexicon name"));
                        in.expect('>', "'>' after the lexicon's name");
                    } while (!in.at_end());
                }
                open_rule->settings.push_back(std::move(setting));
            } else if (keyword == "match") {
                in.skip_space();
                open_rule->pattern_offsets.push_back(in.pos());
                std::vector<Sequence> alternatives;
                detail::parse_alternation(in, alternatives, '\0', 0);
                if (!in.at_end()) throw source.error(errc::syntax, in.pos(), "unexpected text in the pattern");
                if (alternatives.size() == 1) {
                    open_rule->patterns.push_back(std::move(alternatives.front()));
                } else {
                    Node group;
                    group.kind = Node::Kind::group;
                    group.offset = open_rule->pattern_offsets.back();
                    group.alternatives = std::move(alternatives);
                    open_rule->patterns.push_back(Sequence{std::move(group)});
                }
            } else if (keyword == "example") {
                Example example;
                example.offset = keyword_offset;
                if (in.consume('+')) example.positive = true;
                else if (in.consume('-')) example.positive = false;
                else throw source.error(errc::syntax, in.pos(), "expected '+' or '-' after 'example'");
                example.sentence = in.quoted();
                while (!in.at_end()) {
                    std::string role(in.word("a role name"));
                    in.expect('=', "'=' after the role name");
                    example.expectations.emplace_back(std::move(role), in.quoted());
                }
                open_rule->examples.push_back(std::move(example));
            } else if (keyword == "rule" || keyword == "lexicon") {
                throw source.error(errc::syntax, keyword_offset,
                                   "rule '" + open_rule->id + "' is not closed by 'end'");
            } else {
                throw source.error(errc::unknown_directive, keyword_offset,
                                   "unknown directive '" + std::string(keyword) +
                                       "' (type, lang, priority, set, match, example, end)");
            }
            if (!in.at_end()) throw source.error(errc::syntax, in.pos(), "unexpected text at the end of the line");
        }
        if (line_end >= text.size()) break;
        line_begin = next_line;
    }
    if (open_rule != nullptr)
        throw source.error(errc::syntax, open_rule->offset, "rule '" + open_rule->id + "' is not closed by 'end'");
    return file;
}

}  // namespace eventex::dsl
