#pragma once
/// Pipeline: the default event types and rules, ready to run over articles.
#include <algorithm>                   // std::find, std::stable_sort
#include <cstddef>                     // std::size_t
#include <memory>                      // std::shared_ptr
#include <optional>                    // std::optional
#include <type_traits>                 // std::is_same_v
#include <vector>                      // std::vector

#include "document.hpp"                // Document, validate
#include "error.hpp"                   // DocumentError
#include "events.hpp"                  // Meeting, AidRequest, Statement
#include "explanation.hpp"             // Explanation
#include "extractor.hpp"               // Extractor
#include "ruleset.hpp"                 // RuleBook
#include "cameo.hpp"                   // default_cameo
#include "detail/headline_framing.hpp" // headline_speech_act
#include "detail/language_detect.hpp"  // detect_language
#include "detail/required_words.hpp"   // RequiredWordVocabulary, RequiredWordHits
#include "entities/recognizer.hpp"     // Recognizer
#include "rules/german.hpp"            // german_rules
#include "rules/english.hpp"           // english_rules
#include "rules/rule_text.hpp"         // join_rule_text

namespace eventex {

/// Everything found in one document.
struct Events {
    std::vector<Meeting> meetings;
    std::vector<AidRequest> aid_requests;
    std::vector<Statement> statements;
    Language language = Language::german;      ///< the language the rules ran in
    std::optional<DocumentError> error;        ///< the document could not be read at all
    std::vector<DocumentError> rule_errors;    ///< rules that failed on this document; the rest ran

    std::size_t size() const noexcept { return meetings.size() + aid_requests.size() + statements.size(); }
};

/// The three built-in extractors over one shared recogniser. Build once (compiling the rules is
/// the expensive part), then call extract() from any number of threads.
class Pipeline {
public:
    /// Default German rules.
    static Pipeline german() { return Pipeline(default_rules()); }
    /// Default rules of every language; each document's language is detected unless given.
    static Pipeline standard() { return Pipeline(default_rules()); }
    /// The default rules (unless `include_defaults` is false) plus `extra`. Throws RuleError.
    static Pipeline with_rules(const RuleBook& extra, bool include_defaults = true) {
        RuleBook book = include_defaults ? default_rules() : RuleBook();
        book.add(extra);
        return Pipeline(std::move(book));
    }

    /// The rule text embedded in the library, parsed.
    static RuleBook default_rules() {
        RuleBook book = RuleBook::from_string(rules::join_rule_text(rules::german_rules, rules::german_rules_first_line),
                                              "eventex/rules/german.hpp");
        book.add(RuleBook::from_string(rules::join_rule_text(rules::english_rules, rules::english_rules_first_line),
                                       "eventex/rules/english.hpp"));
        return book;
    }

    explicit Pipeline(RuleBook book)
        : rules_(std::move(book)),
          recognizer_(std::make_shared<const Recognizer>()),
          meetings_(rules_, recognizer_),
          aid_requests_(rules_, recognizer_),
          statements_(rules_, recognizer_) {
        for (const RuleEntry& entry : rules_.rules()) {
            const std::string& type = entry.spec.type;
            if (type != "Meeting" && type != "AidRequest" && type != "Statement")
                throw entry.source->error(errc::unknown_event_type, entry.spec.offset,
                                          "the pipeline has no event type '" + type +
                                              "' (Meeting, AidRequest, Statement); use Extractor<" + type + ">");
        }
        meetings_.add_required_words(required_words_);
        aid_requests_.add_required_words(required_words_);
        statements_.add_required_words(required_words_);
    }

    /// Never throws for a bad document: Events::error says what is wrong with it.
    Events extract(const Document& document) const {
        Events events;
        if (auto problem = validate(document)) {
            events.error = std::move(problem);
            return events;
        }
        events.language = document.language ? *document.language : detail::detect_language(document.text);
        const AnalyzedDocument analyzed = recognizer_->analyze(document, events.language);
        // The prefilter's scan of each sentence, once for the three extractors instead of once
        // in each (a tenth of the time when each scanned on its own).
        detail::RequiredWordHits hits;
        const detail::RequiredWordHits* shared_hits = nullptr;
        if (shortcuts_) {
            hits.clear();
            for (const AnalyzedSentence& sentence : analyzed.sentences) required_words_.scan(sentence.shadow, hits);
            shared_hits = &hits;
        }
        meetings_.extract(document, analyzed, shared_hits, events.meetings, &events.rule_errors);
        aid_requests_.extract(document, analyzed, shared_hits, events.aid_requests, &events.rule_errors);
        statements_.extract(document, analyzed, shared_hits, events.statements, &events.rule_errors);
        if (events.language == Language::english) {
            resolve_pronoun_speakers(document.text, analyzed, events.statements);
            frame_lead_by_headline(document.text, analyzed, events.statements);
        }
        if (!keep_headline_repeats_) {
            if (auto headline = headline_span(document.text, analyzed)) {
                const Span lead = lead_after(analyzed, *headline);
                drop_headline_repeats(events.meetings, *headline, lead);
                drop_headline_repeats(events.aid_requests, *headline, lead);
                drop_headline_repeats(events.statements, *headline, lead);
            }
        }
        return events;
    }

    /// How each event of `events` (what extract(document) returned) was found, in text order:
    /// the rule, its match and what filled each slot. For rule authors; it runs the rules again.
    std::vector<Explanation> explain(const Document& document, const Events& events) const {
        std::vector<Explanation> out;
        if (events.error) return out;
        const AnalyzedDocument analyzed = recognizer_->analyze(document, events.language);
        for (const Meeting& event : events.meetings)
            if (auto found = meetings_.explain(document, analyzed, event)) out.push_back(std::move(*found));
        for (const AidRequest& event : events.aid_requests)
            if (auto found = aid_requests_.explain(document, analyzed, event)) out.push_back(std::move(*found));
        for (const Statement& event : events.statements)
            if (auto found = statements_.explain(document, analyzed, event)) out.push_back(std::move(*found));
        std::stable_sort(out.begin(), out.end(), [](const Explanation& a, const Explanation& b) { return a.event < b.event; });
        return out;
    }

    /// The shortcuts (on by default): the word prefilter tries a pattern only on sentences that
    /// hold the words every match of it contains, and never after the last of them; a pattern is
    /// tried only where a match can start (an actor, or the bytes it opens with). The events are
    /// identical either way; off is for measuring and for checking that.
    Pipeline& shortcuts(bool on) noexcept {
        shortcuts_ = on;
        meetings_.use_shortcuts(on);
        aid_requests_.use_shortcuts(on);
        statements_.use_shortcuts(on);
        return *this;
    }

    /// By default an event in a headline that the body reports again is given once, from the
    /// body (which has the roles); `true` keeps every mention.
    Pipeline& keep_headline_repeats(bool keep) noexcept {
        keep_headline_repeats_ = keep;
        return *this;
    }

    const RuleBook& rules() const noexcept { return rules_; }
    const Extractor<Meeting>& meetings() const noexcept { return meetings_; }
    const Extractor<AidRequest>& aid_requests() const noexcept { return aid_requests_; }
    const Extractor<Statement>& statements() const noexcept { return statements_; }
    const Recognizer& recognizer() const noexcept { return *recognizer_; }

private:
    // The headline: the first sentence when a line break ends it without a full stop, or what
    // precedes the dateline that opens the body ("Teaser. Moskau – Russland hat ...").
    static std::optional<Span> headline_span(std::string_view text, const AnalyzedDocument& analyzed) {
        if (analyzed.sentences.size() < 2) return std::nullopt;
        const Span first = analyzed.sentences.front().span;
        if (first.empty()) return std::nullopt;
        for (std::size_t k = 1; k < analyzed.sentences.size() && k <= 3; ++k) {
            const AnalyzedSentence& sentence = analyzed.sentences[k];
            if (!sentence.mentions.empty() && sentence.mentions.front().dateline)
                return Span{first.begin, analyzed.sentences[k - 1].span.end};
        }
        const char last = text[first.end - 1];
        if (last == '.' || last == '!' || last == '?') return std::nullopt;
        const std::size_t line_break = text.find('\n', first.end);
        if (line_break == std::string_view::npos || line_break >= analyzed.sentences[1].span.begin) return std::nullopt;
        return first;
    }

    // The first sentence after the headline (empty when there is none).
    static Span lead_after(const AnalyzedDocument& analyzed, Span headline) {
        for (const AnalyzedSentence& sentence : analyzed.sentences)
            if (sentence.span.begin >= headline.end) return sentence.span;
        return Span{headline.end, headline.end};
    }

    // "The group said the campaign was well organised. It added that ...": the recogniser resolves
    // "it" only to a body its gazetteer knows, and "they" not at all, so the English rules also
    // read a sentence that opens with "it" or "they" before a verb of saying, without a speaker.
    // Such a statement takes the subject of the sentence before: a statement's speaker there
    // (the last), or else the actor or the list of actors that opens it. "it" needs one
    // organisation, "they" a group or a list of two or more actors; any other subject, or none,
    // and the statement is dropped: an earlier sentence is too far to be sure of.
    static void resolve_pronoun_speakers(std::string_view text, const AnalyzedDocument& analyzed,
                                         std::vector<Statement>& statements) {
        std::vector<bool> drop(statements.size());
        bool any = false;
        for (std::size_t k = 0; k < statements.size(); ++k) {
            Statement& statement = statements[k];
            if (!statement.speaker.text.empty() || !statement.speaker.name.empty()) continue;
            const Span pronoun = opening_pronoun(text, statement.span);
            const std::size_t sentence = sentence_at(analyzed, statement.span.begin);
            std::optional<Actor> antecedent;
            if (!pronoun.empty() && sentence > 0 && sentence < analyzed.sentences.size())
                antecedent = subject_of(text, analyzed.sentences[sentence - 1], statements, pronoun.size() > 2);
            if (!antecedent) {
                drop[k] = any = true;
                continue;
            }
            statement.speaker = std::move(*antecedent);
            // An antecedent without a name ("the group", "delegates") lends its words.
            if (statement.speaker.name.empty()) statement.speaker.name = statement.speaker.text;
            statement.speaker.text = std::string(pronoun.of(text));
            statement.speaker.span = pronoun;
        }
        if (!any) return;
        std::size_t kept = 0;
        for (std::size_t k = 0; k < statements.size(); ++k) {
            if (drop[k]) continue;
            if (kept != k) statements[kept] = std::move(statements[k]);
            ++kept;
        }
        statements.resize(kept);
    }

    // Where "it" or "they" stands in `span`, past an opening "but" or "and"; empty if neither.
    static Span opening_pronoun(std::string_view text, Span span) {
        std::size_t at = span.begin;
        for (int word = 0; word < 2 && at < span.end; ++word) {
            std::size_t end = at;
            while (end < span.end && text[end] != ' ') ++end;
            std::string lower(text.substr(at, end - at));
            for (char& ch : lower) ch = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch | 0x20) : ch;
            if (lower == "it" || lower == "they") return Span{at, end};
            if (word > 0 || (lower != "but" && lower != "and")) break;
            at = end;
            while (at < span.end && text[at] == ' ') ++at;
        }
        return Span{span.begin, span.begin};
    }

    static std::size_t sentence_at(const AnalyzedDocument& analyzed, std::size_t offset) {
        for (std::size_t s = 0; s < analyzed.sentences.size(); ++s)
            if (analyzed.sentences[s].span.begin <= offset && offset < analyzed.sentences[s].span.end) return s;
        return analyzed.sentences.size();
    }

    // The subject of `sentence` that "it" (`plural` false) or "they" can stand for, if it has one.
    static std::optional<Actor> subject_of(std::string_view text, const AnalyzedSentence& sentence,
                                           const std::vector<Statement>& statements, bool plural) {
        // "they" also stands for a body or people named in the plural ("the Conservatives",
        // "Ministers"), not for one named person ("Mr Jones").
        auto fits = [plural](const Actor& actor) {
            if (!plural) return actor.kind == ActorKind::organisation;
            if (actor.kind == ActorKind::group) return true;
            if (actor.kind == ActorKind::country || (actor.kind == ActorKind::person && !actor.name.empty())) return false;
            return actor.text.size() > 3 && actor.text.back() == 's' && actor.text[actor.text.size() - 2] != 's';
        };
        // A statement's speaker is its clause's subject whatever stands first ("..., the OSI said").
        const Statement* last = nullptr;
        std::size_t speakers = 0;
        for (const Statement& other : statements) {
            if (!sentence.span.contains(other.span) || other.speaker.text.empty()) continue;
            if (last != nullptr && other.span == last->span) {
                ++speakers;  // coordinated speakers of one verb
                continue;
            }
            last = &other;
            speakers = 1;
        }
        if (last != nullptr) {
            if (plural && speakers >= 2) return group_of(statements, last->span);
            if (fits(last->speaker)) return last->speaker;
            return std::nullopt;
        }
        // Otherwise the actors that open the sentence, after an article at most: "The campaigners
        // unveiled ...", "Volkswagen and Siemens have warned ...".
        std::vector<const Mention*> opening;
        std::size_t at = sentence.span.begin;
        const std::string_view head = text.substr(at, 4);
        if (head == "The " || head == "the ") at += 4;
        for (const Mention& mention : sentence.mentions) {
            if (mention.type != MentionType::actor || mention.span.begin < at) continue;
            if (mention.span.begin != at) break;
            opening.push_back(&mention);
            at = mention.span.end;
            for (std::string_view joint : {std::string_view(", "), std::string_view(" and "), std::string_view(", and ")})
                if (text.substr(at, joint.size()) == joint) {
                    at += joint.size();
                    break;
                }
        }
        if (opening.empty()) return std::nullopt;
        if (plural && opening.size() >= 2) {
            Actor group;
            group.kind = ActorKind::group;
            group.country = opening.front()->actor.country;
            for (const Mention* mention : opening) {
                if (!group.name.empty()) group.name += mention == opening.back() ? " and " : ", ";
                group.name += mention->actor.name.empty() ? mention->actor.text : mention->actor.name;
                if (mention->actor.country != group.country) group.country.clear();
            }
            return group;
        }
        if (opening.size() == 1 && fits(opening.front()->actor)) return opening.front()->actor;
        return std::nullopt;
    }

    // The coordinated speakers of the statements at `span`, as one group ("they").
    static Actor group_of(const std::vector<Statement>& statements, Span span) {
        std::vector<const Actor*> members;
        for (const Statement& other : statements)
            if (other.span == span) members.push_back(&other.speaker);
        Actor group;
        group.kind = ActorKind::group;
        group.country = members.front()->country;
        for (const Actor* member : members) {
            if (!group.name.empty()) group.name += member == members.back() ? " and " : ", ";
            group.name += member->name.empty() ? member->text : member->name;
            if (member->country != group.country) group.country.clear();
        }
        return group;
    }

    // "Iran official warns of NPT pull-out" over "..., a senior Iran diplomat was quoted as
    // saying": the lead's first statement, when it only says, takes the kind its headline names.
    // BBC copy runs the headline into the first sentence; there the words before the statement
    // are the headline. Only the lead's first statement: later ones may be other speakers'.
    static void frame_lead_by_headline(std::string_view text, const AnalyzedDocument& analyzed,
                                       std::vector<Statement>& statements) {
        if (analyzed.sentences.empty()) return;
        const std::optional<Span> headline = headline_span(text, analyzed);
        const Span lead_span = headline ? lead_after(analyzed, *headline) : analyzed.sentences.front().span;
        if (lead_span.empty()) return;
        Statement* first = nullptr;
        for (Statement& statement : statements)
            if (lead_span.contains(statement.span) && (first == nullptr || statement.span.begin < first->span.begin))
                first = &statement;
        if (first == nullptr || first->kind != "say" || first->modality == Modality::negated) return;
        const Span frame = headline ? *headline : Span{lead_span.begin, first->span.begin};
        auto actor_ends_before = [&](std::size_t offset) {
            std::size_t end = frame.begin + offset;
            while (end > frame.begin && text[end - 1] == ' ') --end;
            for (const AnalyzedSentence& sentence : analyzed.sentences)
                for (const Mention& mention : sentence.mentions)
                    if (mention.type == MentionType::actor && mention.span.end == end) return true;
            return false;
        };
        const auto act = detail::headline_speech_act(frame.of(text), actor_ends_before);
        if (!act) return;
        const bool default_code = first->cameo == default_cameo(*first);
        first->kind = std::string(act->kind);
        if (default_code) first->cameo = std::string(default_cameo(*first));
    }

    static void countries_of(const Actor& actor, std::vector<std::string>& out) {
        if (!actor.country.empty()) out.push_back(actor.country);
    }
    static std::vector<std::string> countries_of(const Meeting& e) {
        std::vector<std::string> out;
        for (const Actor& actor : e.participants) countries_of(actor, out);
        return out;
    }
    static std::vector<std::string> countries_of(const AidRequest& e) {
        std::vector<std::string> out;
        if (e.requester) countries_of(*e.requester, out);
        if (e.provider) countries_of(*e.provider, out);
        return out;
    }
    static std::vector<std::string> countries_of(const Statement& e) {
        std::vector<std::string> out;
        countries_of(e.speaker, out);
        return out;
    }

    // A headline event is a repeat when a body event of the same type (and, for statements, the
    // same kind) involves the same countries.
    template <class Event>
    static bool repeated_in_body(const Event& event, const std::vector<Event>& events, Span headline, Span lead) {
        if (!headline.contains(event.span)) return false;
        const auto mine = countries_of(event);
        if (mine.empty()) return false;
        for (const Event& other : events) {
            if (headline.contains(other.span)) continue;
            if constexpr (std::is_same_v<Event, Statement>) {
                // "Kerry assails Bush ..." over the lead's "John Kerry warned ...": the lead's own verb wins.
                if (!event.speaker.name.empty() && other.speaker.name == event.speaker.name && lead.contains(other.span))
                    return true;
                if (other.kind != event.kind) continue;
            }
            const auto theirs = countries_of(other);
            std::size_t shared = 0;
            for (const std::string& country : mine)
                shared += std::find(theirs.begin(), theirs.end(), country) != theirs.end();
            if (shared == mine.size()) return true;
        }
        return false;
    }

    // Decides for every event first and removes afterwards, so that no comparison ever reads an
    // event that was already moved.
    template <class Event>
    static void drop_headline_repeats(std::vector<Event>& events, Span headline, Span lead) {
        std::vector<bool> repeated(events.size());
        for (std::size_t k = 0; k < events.size(); ++k) repeated[k] = repeated_in_body(events[k], events, headline, lead);
        std::size_t kept = 0;
        for (std::size_t k = 0; k < events.size(); ++k) {
            if (repeated[k]) continue;
            if (kept != k) events[kept] = std::move(events[k]);
            ++kept;
        }
        events.resize(kept);
    }

    bool keep_headline_repeats_ = false;
    bool shortcuts_ = true;
    RuleBook rules_;
    std::shared_ptr<const Recognizer> recognizer_;
    Extractor<Meeting> meetings_;
    Extractor<AidRequest> aid_requests_;
    Extractor<Statement> statements_;
    detail::RequiredWordVocabulary required_words_;  ///< every extractor's prefilter words
};

}  // namespace eventex
