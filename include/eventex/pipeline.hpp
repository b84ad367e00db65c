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
#include "dsl/parallel_build.hpp"       // build_regexes
#include "ruleset.hpp"                 // RuleBook
#include "cameo.hpp"                   // default_cameo
#include "detail/erase_flagged.hpp"    // erase_flagged
#include "detail/headline_framing.hpp" // headline_speech_act
#include "detail/pronoun_speakers.hpp" // resolve_pronoun_speakers
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

/// The three built-in extractors over one shared recogniser. Build once, then call extract()
/// from any number of threads. Each pattern's regex is built the first time a sentence needs
/// it, so a pipeline is ready at once and a short run builds only what it uses;
/// build_all_regexes() builds them all up front.
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
            detail::resolve_pronoun_speakers(document.text, analyzed, events.statements);
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

    /// Builds every pattern's regex now, on all cores, rather than on first use: every regex
    /// that Boost.Regex refuses is then a RuleError here (the first in rule order), and the first
    /// documents run at full speed. Calling it again costs nothing.
    void build_all_regexes(unsigned threads = 0) const {
        std::vector<const dsl::CompiledPattern*> patterns;  // one list, so that the threads share all the work
        meetings_.append_patterns(patterns);
        aid_requests_.append_patterns(patterns);
        statements_.append_patterns(patterns);
        dsl::build_regexes(patterns, threads);
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
        detail::erase_flagged(events, repeated);
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
