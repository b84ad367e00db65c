#pragma once
/// RuleBook: the parsed rules and lexicons of one or more rule sources, ready to compile.
#include <fstream>           // std::ifstream
#include <memory>            // std::shared_ptr
#include <sstream>           // std::ostringstream
#include <string>            // std::string
#include <string_view>       // std::string_view
#include <unordered_map>     // std::unordered_map
#include <vector>            // std::vector

#include "error.hpp"         // RuleError
#include "dsl/ast.hpp"       // RuleSpec, Lexicon
#include "dsl/parser.hpp"    // parse
#include "dsl/source.hpp"    // Source

namespace eventex {

/// A rule as read, with the source it came from (kept for error positions).
struct RuleEntry {
    dsl::RuleSpec spec;
    std::shared_ptr<const dsl::Source> source;
};

/// Rules and lexicons gathered from strings and files. Parsing happens here, compiling in each
/// Extractor, which takes the rules of its own event type. Copyable; sources are shared.
class RuleBook {
public:
    RuleBook() = default;

    /// Parses `text`; `source_name` appears in error messages ("meeting.rules:12:7: ...").
    static RuleBook from_string(std::string text, std::string source_name = "<string>") {
        RuleBook book;
        book.add_string(std::move(text), std::move(source_name));
        return book;
    }
    static RuleBook from_file(const std::string& path) {
        RuleBook book;
        book.add_file(path);
        return book;
    }

    /// Adds the rules and lexicons of `text`. Throws RuleError; the book is unchanged then.
    RuleBook& add_string(std::string text, std::string source_name = "<string>") {
        auto source = std::make_shared<dsl::Source>(dsl::Source{std::move(source_name), std::move(text)});
        dsl::ParsedFile parsed = dsl::parse(*source);
        // Check everything before changing anything, so that a failed add leaves the book intact.
        std::unordered_map<std::string_view, int> new_ids;
        for (const dsl::RuleSpec& rule : parsed.rules) {
            if (rule_index_.count(rule.id) != 0 || !new_ids.emplace(rule.id, 0).second)
                throw source->error(errc::duplicate_rule, rule.offset, "a rule with id '" + rule.id + "' exists already");
        }
        std::unordered_map<std::string_view, int> new_lexicons;
        for (const dsl::Lexicon& lexicon : parsed.lexicons) {
            if (lexicon_index_.count(lexicon.name) != 0 || !new_lexicons.emplace(lexicon.name, 0).second)
                throw source->error(errc::duplicate_rule, lexicon.offset,
                                    "a lexicon named '" + lexicon.name + "' exists already");
        }
        for (dsl::Lexicon& lexicon : parsed.lexicons) {
            lexicon_index_.emplace(lexicon.name, lexicons_.size());
            lexicons_.push_back(std::move(lexicon));
        }
        for (dsl::RuleSpec& rule : parsed.rules) {
            rule_index_.emplace(rule.id, rules_.size());
            rules_.push_back(RuleEntry{std::move(rule), source});
        }
        return *this;
    }

    /// Reads and adds a rule file. Throws RuleError (errc::io) when it cannot be read.
    RuleBook& add_file(const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw RuleError(errc::io, path, TextPosition{}, "cannot open rule file");
        std::ostringstream content;
        content << in.rdbuf();
        return add_string(content.str(), path);
    }

    RuleBook& add(const RuleBook& other) {
        for (const dsl::Lexicon& lexicon : other.lexicons_) {
            if (lexicon_index_.count(lexicon.name) != 0)
                throw RuleError(errc::duplicate_rule, "<merge>", TextPosition{},
                                "a lexicon named '" + lexicon.name + "' exists already");
        }
        for (const RuleEntry& rule : other.rules_) {
            if (rule_index_.count(rule.spec.id) != 0)
                throw rule.source->error(errc::duplicate_rule, rule.spec.offset,
                                         "a rule with id '" + rule.spec.id + "' exists already");
        }
        for (const dsl::Lexicon& lexicon : other.lexicons_) {
            lexicon_index_.emplace(lexicon.name, lexicons_.size());
            lexicons_.push_back(lexicon);
        }
        for (const RuleEntry& rule : other.rules_) {
            rule_index_.emplace(rule.spec.id, rules_.size());
            rules_.push_back(rule);
        }
        return *this;
    }

    const std::vector<RuleEntry>& rules() const noexcept { return rules_; }
    const std::vector<dsl::Lexicon>& lexicons() const noexcept { return lexicons_; }

    const dsl::Lexicon* find_lexicon(std::string_view name) const {
        auto found = lexicon_index_.find(std::string(name));
        return found == lexicon_index_.end() ? nullptr : &lexicons_[found->second];
    }

private:
    std::vector<RuleEntry> rules_;
    std::vector<dsl::Lexicon> lexicons_;
    std::unordered_map<std::string, std::size_t> rule_index_;
    std::unordered_map<std::string, std::size_t> lexicon_index_;
};

}  // namespace eventex
