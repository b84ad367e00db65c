#pragma once
/// Extractor<Event>: compiles the rules of one event type and runs them over documents.
#include <algorithm>               // std::sort, std::stable_sort, std::inplace_merge, std::any_of, std::find, std::find_if, std::min, std::reverse
#include <bitset>                  // std::bitset
#include <cstdint>                 // std::uint32_t, std::uint64_t
#include <iterator>                // std::begin, std::end
#include <memory>                  // std::shared_ptr
#include <optional>                // std::optional
#include <stdexcept>               // std::runtime_error
#include <string>                  // std::string
#include <string_view>             // std::string_view
#include <vector>                  // std::vector

#include <boost/regex.hpp>         // boost::regex_search

#include "document.hpp"            // Document
#include "error.hpp"               // DocumentError, RuleError
#include "event_traits.hpp"        // event_traits
#include "explanation.hpp"         // Explanation, SlotFill
#include "match.hpp"               // RuleMatch
#include "rule.hpp"                // CompiledRule
#include "ruleset.hpp"             // RuleBook
#include "detail/modality.hpp"     // ModalityCues
#include "detail/placeholder.hpp"  // placeholder_open, placeholder_close
#include "detail/required_words.hpp" // FoldedWordTable, RequiredWordHits, for_each_word_run
#include "detail/subject_opening.hpp" // subject_placeholder
#include "dsl/parallel_build.hpp"  // build_regexes
#include "entities/recognizer.hpp" // Recognizer, AnalyzedDocument

namespace eventex {

/// A rule's own example that does not behave as the rule says.
struct ExampleFailure {
    std::string rule;
    std::string sentence;
    std::string problem;
    std::string location;  ///< "source:line" of the example
};

namespace detail {

template <class Traits, std::size_t N>
constexpr bool contains(const std::string_view (&list)[N], std::string_view value) {
    for (std::string_view item : list)
        if (item == value) return true;
    return false;
}

/// Whether two events of one type report the same thing (then the better rule's is kept).
template <class Event>
bool same_event(const Event& a, const Event& b) {
    if constexpr (std::is_same_v<Event, Meeting>) {
        // The same parties meeting again in one report ("telefoniert", later "angerufen") are
        // one meeting, unless one is planned and the other is not. A pair that names them again
        // ("setzten die beiden Minister ihre Beratungen fort", "das letzte Telefonat der beiden
        // Politiker") reports another round: the labelled sets count it apart.
        const auto by_pair = [](const Meeting& m) {
            for (std::size_t i = 0; i < m.participants.size(); ++i)
                for (std::size_t j = i + 1; j < m.participants.size(); ++j)
                    if (m.participants[i].span == m.participants[j].span) return true;
            return false;
        };
        if (a.modality == b.modality && a.participants.size() >= 2 && a.participants.size() == b.participants.size() &&
            !by_pair(a) && !by_pair(b)) {
            std::size_t shared = 0;
            for (const Actor& actor : a.participants)
                for (const Actor& other : b.participants)
                    if (!actor.name.empty() && actor.name == other.name) ++shared;
            if (shared == a.participants.size()) return true;
        }
    }
    if (!a.span.overlaps(b.span)) return false;
    if constexpr (std::is_same_v<Event, Statement>) {
        // One verb is one statement: two rules that end on the same word but read the speaker
        // differently found the same event. (Coordinated speakers share the whole span.)
        const bool same_trigger = a.span.end == b.span.end && !(a.span == b.span);
        return a.kind == b.kind && (a.speaker.span == b.speaker.span || same_trigger);
    } else if constexpr (std::is_same_v<Event, AidRequest>) {
        const bool same_requester = a.requester && b.requester && a.requester->span == b.requester->span;
        bool shared_item = false;
        for (const std::string& item : a.items)
            for (const std::string& other : b.items) shared_item = shared_item || item == other;
        return same_requester || shared_item;
    } else if constexpr (std::is_same_v<Event, Meeting>) {
        // Overlapping matches that share a participant, by place in the text or by name ("the
        // two ministers" resolved to Kerry, and "Kerry" himself), report one meeting.
        for (const Actor& actor : a.participants)
            for (const Actor& other : b.participants)
                if (actor.span == other.span || (!actor.name.empty() && actor.name == other.name)) return true;
        return false;
    } else {
        return true;
    }
}

/// How many of an event's optional roles are filled: of two readings of one event by rules of
/// equal priority over the same words, the fuller one is kept ("betonte, dass ..." with its
/// content over the same "betonte" read without it).
template <class Event>
std::size_t filled_roles(const Event& event) {
    if constexpr (std::is_same_v<Event, Statement>) {
        return static_cast<std::size_t>(event.content.has_value()) + static_cast<std::size_t>(event.addressee.has_value());
    } else if constexpr (std::is_same_v<Event, AidRequest>) {
        return static_cast<std::size_t>(event.requester.has_value()) + static_cast<std::size_t>(event.provider.has_value()) +
               event.items.size();
    } else if constexpr (std::is_same_v<Event, Meeting>) {
        return event.participants.size() + static_cast<std::size_t>(!event.location.empty()) +
               static_cast<std::size_t>(!event.topic.empty()) + static_cast<std::size_t>(event.on_behalf_of.has_value());
    } else {
        return 0;  // a user's type: the first reading stays
    }
}

}  // namespace detail

/// Runs the rules of one event type. Compile once, then call extract() from any number of
/// threads: the extractor is immutable and every call keeps its own match state.
template <class Event>
class Extractor {
    static_assert(detail::is_event_type<Event>::value,
                  "eventex::Extractor<Event> needs Event to derive from eventex::EventBase and a specialisation "
                  "of eventex::event_traits<Event> with `name`, `roles` and `fill(Event&, const RuleMatch&)`");
    using Traits = event_traits<Event>;

public:
    /// Compiles every rule of `book` whose type is this event type. Throws RuleError.
    explicit Extractor(const RuleBook& book, std::shared_ptr<const Recognizer> recognizer = nullptr)
        : recognizer_(recognizer ? std::move(recognizer) : std::make_shared<const Recognizer>()) {
        const dsl::detail::LexiconLookup lexicons = [&book](std::string_view name) { return book.find_lexicon(name); };
        const dsl::detail::RoleCheck roles = [](std::string_view role) { return detail::contains<Traits>(Traits::roles, role); };
        dsl::detail::LexiconTexts lexicon_texts;
        for (const RuleEntry& entry : book.rules())
            if (entry.spec.type == Traits::name) rules_.push_back(compile(entry, lexicons, roles, lexicon_texts));
        index_words();
    }

    /// Builds every pattern's regex now, on all cores, instead of on its first use. For a
    /// rule author who wants every regex that Boost.Regex refuses reported now, or a service
    /// whose first documents must run at full speed. Throws the first RuleError in rule order.
    void build_all_regexes(unsigned threads = 0) const {
        std::vector<const dsl::CompiledPattern*> patterns;
        append_patterns(patterns);
        dsl::build_regexes(patterns, threads);
    }

    /// Appends this extractor's compiled patterns, in rule order: for build_regexes over the
    /// patterns of several extractors at once.
    void append_patterns(std::vector<const dsl::CompiledPattern*>& out) const {
        for (const CompiledRule& rule : rules_)
            for (const dsl::CompiledPattern& pattern : rule.patterns) out.push_back(&pattern);
    }

    /// The shortcuts (on by default): a pattern is tried only on sentences that hold its
    /// required words, never after the last of them, and only where a match can start (at an
    /// actor, or at the bytes the compiler found it opens with). The events are the same
    /// either way; off runs plain regex_search over each sentence, for measuring what they save.
    Extractor& use_shortcuts(bool on) noexcept {
        shortcuts_ = on;
        return *this;
    }

    bool shortcuts() const noexcept { return shortcuts_; }

    /// Adds the words this extractor's prefilter looks for to `vocabulary`, so that one scan
    /// of a sentence serves several extractors (see the extract overload with hits).
    void add_required_words(detail::RequiredWordVocabulary& vocabulary) const {
        for (const CompiledRule& rule : rules_)
            for (const dsl::CompiledPattern& pattern : rule.patterns)
                for (const std::vector<std::string>& list : pattern.required_words)
                    for (const std::string& word : list) vocabulary.add(word);
    }

    /// The compiled rules, in the order of their sources.
    const std::vector<CompiledRule>& rules() const noexcept { return rules_; }
    const Recognizer& recognizer() const noexcept { return *recognizer_; }

    /// Events in `document`, in text order. Bad documents give no events; see the overload
    /// with an error list to learn why.
    std::vector<Event> extract(const Document& document) const {
        std::vector<Event> events;
        if (validate(document)) return events;
        const Language language = document.language.value_or(Language::german);
        const AnalyzedDocument analyzed = recognizer_->analyze(document, language);
        extract(document, analyzed, events, nullptr);
        return events;
    }

    /// Appends the events of an analysed document to `out`. A rule that fails on a sentence
    /// (Boost.Regex gives up on complexity) is reported in `errors` and skipped; the others run.
    void extract(const Document& document, const AnalyzedDocument& analyzed, std::vector<Event>& out,
                 std::vector<DocumentError>* errors) const {
        extract(document, analyzed, nullptr, out, errors);
    }

    /// The same, with the prefilter's scan of each sentence done already (Pipeline scans once
    /// for its three extractors): `hits` found with a vocabulary that holds this extractor's
    /// words (add_required_words); null to scan here.
    void extract(const Document& document, const AnalyzedDocument& analyzed, const detail::RequiredWordHits* hits,
                 std::vector<Event>& out, std::vector<DocumentError>* errors) const {
        const std::size_t first_new = out.size();
        std::vector<int> priorities;  // parallel to out[first_new..]
        boost::match_results<std::string::const_iterator> groups;
        SentenceWords words;
        words.satisfied.resize(pattern_masks_.size());
        words.last_end.resize(list_count_);
        for (std::size_t s = 0; s < analyzed.sentences.size(); ++s) {
            const AnalyzedSentence& sentence = analyzed.sentences[s];
            const std::size_t sentence_first = out.size();
            auto report = [&](const CompiledRule& rule, const std::runtime_error& error) {
                if (errors)
                    errors->push_back(DocumentError{document.id, sentence.span.begin, errc::regex,
                                                    std::string("rule failed on this sentence: ") + error.what(), rule.id});
            };
            if (!shortcuts_) {
                for (std::size_t r = 0; r < rules_.size(); ++r) {
                    const CompiledRule& rule = rules_[r];
                    if (rule.language != analyzed.language) continue;
                    try {
                        for (std::size_t p = 0; p < rule.patterns.size(); ++p)
                            run_pattern(document, analyzed, s, r, p, groups, nullptr, out, priorities, first_new,
                                        sentence_first);
                    } catch (const std::runtime_error& error) {
                        report(rule, error);
                    }
                }
                continue;
            }
            // Only the patterns whose required words the sentence holds, in the order of the
            // rules and their patterns (ids ascend in it), as the loop over all of them ran them.
            for (std::uint32_t id : words.touched) words.satisfied[id] = 0;
            words.touched.clear();
            words.subject_starts_known = false;
            if (hits) {
                for (std::size_t h = hits->first[s]; h < hits->first[s + 1]; ++h)
                    note_required_word(hits->hits[h].run, hits->hits[h].end, words);
            } else {
                find_required_words(sentence.shadow, words);
            }
            words.ready.clear();
            for (std::uint32_t id : words.touched)
                if (words.satisfied[id] == pattern_masks_[id]) words.ready.push_back(id);
            std::sort(words.ready.begin(), words.ready.end());
            const std::size_t satisfied_count = words.ready.size();
            words.ready.insert(words.ready.end(), unconditional_patterns_.begin(), unconditional_patterns_.end());
            std::inplace_merge(words.ready.begin(), words.ready.begin() + static_cast<std::ptrdiff_t>(satisfied_count),
                               words.ready.end());
            std::size_t failed_rule = rules_.size();  // a rule that throws skips its other patterns here
            for (std::uint32_t id : words.ready) {
                const std::size_t r = pattern_rules_[id];
                const CompiledRule& rule = rules_[r];
                if (rule.language != analyzed.language || r == failed_rule) continue;
                try {
                    run_pattern(document, analyzed, s, r, id - pattern_ids_[r], groups, &words, out, priorities,
                                first_new, sentence_first);
                } catch (const std::runtime_error& error) {
                    report(rule, error);
                    failed_rule = r;
                }
            }
        }
        std::vector<std::size_t> order(out.size() - first_new);
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = first_new + i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return out[a].span < out[b].span; });
        std::vector<Event> sorted;
        sorted.reserve(order.size());
        for (std::size_t index : order) sorted.push_back(std::move(out[index]));
        out.resize(first_new);
        for (Event& event : sorted) out.push_back(std::move(event));
    }

    /// Runs each rule's own examples; an empty result means every rule does what it says.
    std::vector<ExampleFailure> check_examples() const {
        std::vector<ExampleFailure> failures;
        for (const CompiledRule& rule : rules_) {
            for (const dsl::Example& example : rule.examples) {
                const std::string location = rule.source ? rule.source->name + ':' + std::to_string(rule.source->position(example.offset).line) : rule.id;
                Document document{"example", example.sentence, Date{2025, 7, 3}, rule.language};
                const AnalyzedDocument analyzed = recognizer_->analyze(document, rule.language);
                bool matched = false;
                std::string problem;
                boost::match_results<std::string::const_iterator> groups;
                for (const AnalyzedSentence& sentence : analyzed.sentences) {
                    for (const dsl::CompiledPattern& pattern : rule.patterns) {
                        // The first match only, as every pattern's own search finds it.
                        for_each_match(sentence.shadow, pattern, false, sentence.shadow.size() + 1, groups, [&](std::size_t begin) {
                            matched = true;
                            const RuleMatch match(rule, pattern, sentence, document.text, groups, begin);
                            for (const auto& [role, expected] : example.expectations) {
                                // `kind="warn"`: a setting is compared whole, a role's text by containment.
                                if (rule.sets(role)) {
                                    const std::string_view got = match.setting(role);
                                    if (got != expected)
                                        problem += "setting '" + role + "' is \"" + std::string(got) + "\", expected \"" + expected + "\"; ";
                                    continue;
                                }
                                const std::string got = match.text(role);
                                if (got.find(expected) == std::string::npos)
                                    problem += "role '" + role + "' is \"" + got + "\", expected it to contain \"" + expected + "\"; ";
                            }
                            return false;
                        });
                        if (matched) break;
                    }
                    if (matched) break;
                }
                if (example.positive && !matched) problem = "the rule does not match this positive example";
                if (!example.positive && matched) problem = "the rule matches this negative example";
                if (!problem.empty()) failures.push_back(ExampleFailure{rule.id, example.sentence, problem, location});
            }
        }
        return failures;
    }

    /// How `event`, found in `document`, was found: the rule's match that gives its span, and
    /// what each slot captured. Runs the rule again, so it costs a rule run; meant for
    /// `eventex --explain`, not for pipelines. Empty if the event did not come from this extractor.
    std::optional<Explanation> explain(const Document& document, const AnalyzedDocument& analyzed,
                                       const Event& event) const {
        const auto rule = std::find_if(rules_.begin(), rules_.end(), [&](const CompiledRule& r) { return r.id == event.rule; });
        if (rule == rules_.end()) return std::nullopt;
        boost::match_results<std::string::const_iterator> groups;
        std::optional<Explanation> fallback;
        for (const AnalyzedSentence& sentence : analyzed.sentences) {
            if (!sentence.span.overlaps(event.span) && !sentence.span.contains(event.span)) continue;
            for (std::size_t p = 0; p < rule->patterns.size(); ++p) {
                const dsl::CompiledPattern& pattern = rule->patterns[p];
                std::optional<Explanation> exact;
                for_each_match(sentence.shadow, pattern, shortcuts_, sentence.shadow.size() + 1, groups, [&](std::size_t begin) {
                    const RuleMatch match(*rule, pattern, sentence, document.text, groups, begin);
                    Explanation explanation = describe(*rule, p, match);
                    if (explanation.event == event.span) {
                        exact = std::move(explanation);
                        return false;
                    }
                    if (!fallback && match.span().overlaps(event.span)) fallback = std::move(explanation);
                    return true;
                });
                if (exact) return exact;
            }
        }
        return fallback;
    }

private:
    /// A start at which a subject opens, and the placeholder of its actor.
    struct SubjectStart {
        std::size_t begin;
        std::size_t placeholder;
    };

    /// What the prefilter learnt of one sentence: per pattern, the bits of the required lists
    /// some word satisfies; per list, where its last word in the sentence ends.
    struct SentenceWords {
        std::vector<std::uint64_t> satisfied;
        std::vector<std::size_t> last_end;
        std::vector<std::uint32_t> touched;  ///< patterns with a bit in `satisfied`: the ones to reset
        std::vector<std::uint32_t> ready;    ///< patterns to run on the sentence, ascending
        /// Where subjects open in the sentence, found for its first pattern that opens with one
        /// and kept for the others (see subject_starts).
        std::vector<SubjectStart> subject_starts;
        bool subject_starts_known = false;
    };

    static Explanation describe(const CompiledRule& rule, std::size_t pattern, const RuleMatch& match) {
        Explanation out;
        out.type = std::string(Traits::name);
        out.rule = rule.id;
        out.location = rule.location();
        out.pattern = pattern + 1;
        out.match = match.span();
        out.event = event_span(match);
        for (const dsl::SlotBinding& slot : match.pattern().slots) {
            const auto span = match.span_of(slot.role);
            if (!span) continue;
            SlotFill fill;
            fill.role = slot.role;
            fill.type = std::string(dsl::to_string(slot.type));
            fill.span = *span;
            fill.text = match.text(slot.role);
            for (const Mention* mention : match.mentions(slot.role))
                if (mention->type == MentionType::actor || mention->type == MentionType::place) fill.actors.push_back(mention->actor);
            out.slots.push_back(std::move(fill));
        }
        return out;
    }

    static CompiledRule compile(const RuleEntry& entry, const dsl::detail::LexiconLookup& lexicons,
                                const dsl::detail::RoleCheck& roles, dsl::detail::LexiconTexts& lexicon_texts) {
        const dsl::RuleSpec& spec = entry.spec;
        CompiledRule rule;
        rule.id = spec.id;
        rule.type = spec.type;
        rule.language = spec.language;
        rule.priority = spec.priority;
        rule.examples = spec.examples;
        rule.source = entry.source;
        rule.offset = spec.offset;
        std::vector<std::string> cue_lexicons;  // the lexicons the conditional settings ask about
        for (const dsl::Setting& setting : spec.settings) {
            if constexpr (detail::has_settings<Traits>::value) {
                if (!detail::contains<Traits>(Traits::settings, setting.key))
                    throw entry.source->error(errc::unknown_role, setting.offset,
                                              "'" + setting.key + "' is not a setting of " + std::string(Traits::name));
            }
            if (setting.key == "modality" && !modality_from_string(setting.value))
                throw entry.source->error(errc::bad_value, setting.offset,
                                          "modality must be asserted, planned, negated or reported");
            if (setting.key == "attach" && setting.value != "previous")
                throw entry.source->error(errc::bad_value, setting.offset, "attach must be 'previous'");
            if (setting.if_lexicons.empty()) {
                rule.settings.emplace_back(setting.key, setting.value);
                continue;
            }
            for (const std::string& lexicon : setting.if_lexicons) {
                if (lexicons(lexicon) == nullptr)
                    throw entry.source->error(errc::unknown_lexicon, setting.offset, "unknown lexicon '" + lexicon + "'");
                if (std::find(cue_lexicons.begin(), cue_lexicons.end(), lexicon) == cue_lexicons.end())
                    cue_lexicons.push_back(lexicon);
            }
            rule.conditional_settings.push_back(ConditionalSetting{setting.key, setting.value, setting.if_lexicons});
        }
        for (std::size_t i = 0; i < spec.patterns.size(); ++i)
            rule.patterns.push_back(dsl::compile_pattern(entry.source, spec.patterns[i], spec.pattern_offsets[i], lexicons,
                                                         roles, &lexicon_texts, &cue_lexicons));
        // A condition no match can meet is a mistake in the rule, not a setting that never applies.
        for (const dsl::Setting& setting : spec.settings) {
            for (const std::string& lexicon : setting.if_lexicons) {
                const bool used = std::any_of(rule.patterns.begin(), rule.patterns.end(), [&](const dsl::CompiledPattern& pattern) {
                    return std::any_of(pattern.cues.begin(), pattern.cues.end(),
                                       [&](const dsl::CueBinding& cue) { return cue.lexicon == lexicon; });
                });
                if (!used)
                    throw entry.source->error(errc::bad_value, setting.offset,
                                              "no match line of rule '" + spec.id + "' uses <" + lexicon + "> outside !( )");
            }
        }
        return rule;
    }

    // Pattern `p` of rule `rule_index` over one sentence; `words` (the prefilter's, null without
    // the shortcuts) holds all its required words.
    void run_pattern(const Document& document, const AnalyzedDocument& analyzed, std::size_t sentence_index,
                     std::size_t rule_index, std::size_t p, boost::match_results<std::string::const_iterator>& groups,
                     SentenceWords* words, std::vector<Event>& out, std::vector<int>& priorities,
                     std::size_t first_new, std::size_t sentence_first) const {
        const CompiledRule& rule = rules_[rule_index];
        const AnalyzedSentence& sentence = analyzed.sentences[sentence_index];
        const std::string& shadow = sentence.shadow;
        const dsl::CompiledPattern& pattern = rule.patterns[p];
        // Without the shortcuts every start is tried (the bound stays past the end).
        std::size_t start_bound = shadow.size() + 1;
        if (words) {
            // Each required element lies inside every match, so no match starts at or after
            // the end of the last occurrence of one of them.
            const std::size_t id = pattern_ids_[rule_index] + p;
            for (std::size_t list = 0; list < pattern.required_words.size() && list < 64; ++list)
                start_bound = std::min<std::size_t>(start_bound, words->last_end[list_ids_[id] + list]);
        }
        const auto on_match = [&](std::size_t begin) {
            const RuleMatch match(rule, pattern, sentence, document.text, groups, begin);
            add_event(document, analyzed, match, out, priorities, first_new, sentence_first);
            return true;
        };
        if (words && pattern.subject_opening != 0) {
            // The sentence's subject starts serve every pattern that opens with a subject.
            if (!words->subject_starts_known) subject_starts(shadow, words->subject_starts);
            words->subject_starts_known = true;
            for_each_match_at_subjects(shadow, pattern, words->subject_starts, start_bound, groups, on_match);
            return;
        }
        for_each_match(shadow, pattern, shortcuts_, start_bound, groups, on_match);
    }

    // Finds the matches of `pattern` in `shadow` left to right, without overlap, and calls
    // `on_match(begin)` with `groups` holding each and `begin` its start in `shadow` (groups[0]
    // starts later when the pattern's subject opening is tested outside its regex); stops when
    // it returns false. Later searches see the text before them through the base argument (the
    // sentence's start), so lookbehinds and word boundaries hold. Never with match_prev_avail:
    // that flag tells Boost a byte exists before the base, and a lookbehind stepping back to the
    // base followed by \b (`(?<!\bgegen\s)`) then read the byte before the string (found by
    // fuzzing: tests/fuzz/regression/pipeline).
    // No match starts at `start_bound` or later (the prefilter knows; past the end when it is off).
    template <class OnMatch>
    static void for_each_match(const std::string& shadow, const dsl::CompiledPattern& pattern, bool shortcuts,
                               std::size_t start_bound, boost::match_results<std::string::const_iterator>& groups,
                               OnMatch on_match) {
        if (shortcuts && pattern.subject_opening != 0) {
            std::vector<SubjectStart> starts;
            subject_starts(shadow, starts);
            for_each_match_at_subjects(shadow, pattern, starts, start_bound, groups, on_match);
            return;
        }
        if (shortcuts && pattern.starts_at_actor) {
            for_each_match_at_actors(shadow, pattern, start_bound, groups, on_match);
            return;
        }
        if (shortcuts && pattern.start_bytes) {
            for_each_match_at_start_bytes(shadow, pattern, start_bound, groups, on_match);
            return;
        }
        if (pattern.subject_opening != 0) {
            // What regex_search does with the whole pattern: the leftmost start at which the
            // opening holds and the rest matches from its placeholder on.
            for (std::size_t start = 0; start < shadow.size() && start < start_bound;) {
                const std::size_t placeholder = eventex::detail::subject_placeholder(shadow, start);
                if (placeholder == std::string::npos || !match_from(shadow, placeholder, pattern, groups)) {
                    ++start;
                    continue;
                }
                if (!on_match(start)) return;
                start = resume_after(shadow, start, pattern, groups);
            }
            return;
        }
        for (auto start = shadow.cbegin(); start != shadow.cend();) {
            if (static_cast<std::size_t>(start - shadow.cbegin()) >= start_bound) return;
            // The sixth argument, the base, lets lookbehinds and \b see the text before `start`.
            if (!boost::regex_search(start, shadow.cend(), groups, pattern.regex(), boost::match_default, shadow.cbegin()) ||
                !on_match(static_cast<std::size_t>(groups[0].first - shadow.cbegin())))
                return;
            start = shadow.cbegin() + static_cast<std::ptrdiff_t>(resume_after(
                                          shadow, static_cast<std::size_t>(groups[0].first - shadow.cbegin()), pattern, groups));
        }
    }

    // The pattern's regex anchored at shadow[at] (match_continuous).
    static bool match_from(const std::string& shadow, std::size_t at, const dsl::CompiledPattern& pattern,
                           boost::match_results<std::string::const_iterator>& groups) {
        // The base alone shows lookbehinds the text before `at` (see for_each_match).
        return boost::regex_search(shadow.cbegin() + static_cast<std::ptrdiff_t>(at), shadow.cend(), groups, pattern.regex(),
                                   boost::match_continuous, shadow.cbegin());
    }

    // Where the next match may start after one that began at `begin`: its end, or the byte after
    // an empty match. Reported speech is no part of the report: a match that ends in a clause
    // slot resumes where the clause starts, so that one rule finds both statements of "Brown
    // calls for a fund: Gordon Brown has called on rich nations to ...".
    static std::size_t resume_after(const std::string& shadow, std::size_t begin, const dsl::CompiledPattern& pattern,
                                    const boost::match_results<std::string::const_iterator>& groups) {
        auto end = static_cast<std::size_t>(groups[0].second - shadow.cbegin());
        for (const dsl::SlotBinding& slot : pattern.slots) {
            const auto& clause = groups[slot.group];
            if (slot.type != dsl::SlotType::clause || !clause.matched || clause.second != groups[0].second) continue;
            end = std::min(end, static_cast<std::size_t>(clause.first - shadow.cbegin()));
        }
        return end <= begin ? begin + 1 : end;
    }

    // Whether a match of `pattern` may start at shadow[candidate] by its start bytes (set): the
    // byte opens something of the pattern, not a rule word inside another word ("and" in
    // "England": its boundary test would fail), and the next byte may follow it there.
    static bool may_start_at(const std::string& shadow, std::size_t candidate, const dsl::CompiledPattern& pattern) {
        const auto byte = static_cast<unsigned char>(shadow[candidate]);
        if (!pattern.start_bytes->test(byte)) return false;
        if (candidate > 0 && pattern.start_bytes_after_boundary.test(byte) &&
            eventex::detail::is_word_run_byte(shadow[candidate - 1]))
            return false;
        const std::uint8_t seconds = pattern.start_second_index[byte];
        return seconds == 0 || candidate + 1 >= shadow.size() ||
               pattern.start_second_bytes[seconds - 1].test(static_cast<unsigned char>(shadow[candidate + 1]));
    }

    static bool is_ascii_space(char c) noexcept {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    }

    // Whether a word opening with `c` may be an attributive before a subject's actor (see
    // dsl::detail::attributive): lower case, an umlaut's lead byte, or a digit.
    static bool may_be_attributive(char c) noexcept {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\xC3';
    }

    // The starts at which a match of a pattern that opens with an actor slot can begin: each
    // placeholder, and the word before it, which may be its article; past up to two lower-case
    // words (the attributives of a German subject slot: "die regierende [ÖVP]", "die beiden
    // [Minister]"), the word before those. Leftmost first, into `candidates`; returns how many.
    static std::size_t actor_starts(const std::string& shadow, std::size_t placeholder, std::size_t (&candidates)[4]) {
        std::size_t count = 0;
        std::size_t word_end = placeholder;
        for (int back = 0; back < 3; ++back) {
            while (word_end > 0 && is_ascii_space(shadow[word_end - 1])) --word_end;
            std::size_t word_begin = word_end;
            while (word_begin > 0 && !is_ascii_space(shadow[word_begin - 1]) &&
                   shadow[word_begin - 1] != eventex::detail::placeholder_close)
                --word_begin;
            if (word_begin == word_end) break;
            candidates[count++] = word_begin;
            if (!may_be_attributive(shadow[word_begin])) break;
            word_end = word_begin;
        }
        std::reverse(candidates, candidates + count);
        candidates[count++] = placeholder;
        return count;
    }

    // Every start of `shadow` at which a subject opens (detail::subject_placeholder), among the
    // actor starts, in text order: the same for every pattern that opens with a subject, so
    // found once per sentence.
    static void subject_starts(const std::string& shadow, std::vector<SubjectStart>& out) {
        out.clear();
        for (std::size_t placeholder = shadow.find(eventex::detail::placeholder_open); placeholder != std::string::npos;
             placeholder = shadow.find(eventex::detail::placeholder_open, placeholder + 1)) {
            std::size_t candidates[4];
            const std::size_t count = actor_starts(shadow, placeholder, candidates);
            for (std::size_t c = 0; c < count; ++c)
                if (eventex::detail::subject_placeholder(shadow, candidates[c]) == placeholder)
                    out.push_back(SubjectStart{candidates[c], placeholder});
        }
    }

    // The same matches as for_each_match finds for a pattern that opens with an actor slot,
    // found by trying the pattern anchored (match_continuous) only at the actor starts.
    // Leftmost first, as regex_search would find them, but without walking the engine over
    // every byte.
    template <class OnMatch>
    static void for_each_match_at_actors(const std::string& shadow, const dsl::CompiledPattern& pattern,
                                         std::size_t start_bound,
                                         boost::match_results<std::string::const_iterator>& groups, OnMatch on_match) {
        std::size_t resume = 0;  // no match may start before this
        std::size_t search = 0;  // where to look for the next placeholder
        while (true) {
            const std::size_t placeholder = shadow.find(eventex::detail::placeholder_open, search);
            if (placeholder == std::string::npos) return;
            search = placeholder + 1;
            std::size_t candidates[4];
            const std::size_t count = actor_starts(shadow, placeholder, candidates);
            for (std::size_t c = 0; c < count; ++c) {
                const std::size_t candidate = candidates[c];
                if (candidate >= start_bound) return;  // later candidates start later still
                if (candidate < resume) continue;
                // The word before: only an article of the slot can open the match there.
                if (candidate != placeholder && pattern.start_bytes && !(candidate == 0 && pattern.starts_at_sentence_start) &&
                    !may_start_at(shadow, candidate, pattern))
                    continue;
                if (!match_from(shadow, candidate, pattern, groups)) continue;
                if (!on_match(candidate)) return;
                resume = resume_after(shadow, candidate, pattern, groups);
                if (search < resume) search = resume;
                break;
            }
        }
    }

    // The same for a pattern that opens with a subject, at the sentence's subject starts: the
    // opening is tested already, and the regex, which starts at the placeholder whichever start
    // opened it, runs once per placeholder.
    template <class OnMatch>
    static void for_each_match_at_subjects(const std::string& shadow, const dsl::CompiledPattern& pattern,
                                           const std::vector<SubjectStart>& starts, std::size_t start_bound,
                                           boost::match_results<std::string::const_iterator>& groups, OnMatch on_match) {
        std::size_t resume = 0;                       // no match may start before this
        std::size_t failed = std::string::npos;  // the placeholder the regex failed at
        for (const SubjectStart& start : starts) {
            if (start.begin >= start_bound) return;
            if (start.begin < resume || start.placeholder == failed) continue;
            if (!match_from(shadow, start.placeholder, pattern, groups)) {
                failed = start.placeholder;
                continue;
            }
            if (!on_match(start.begin)) return;
            resume = resume_after(shadow, start.begin, pattern, groups);
        }
    }

    // The same matches again, for a pattern whose first bytes the compiler knows: anchored
    // tries (match_continuous) at those bytes only, leftmost first, which is where
    // regex_search would have found each match; the other positions cannot start one.
    template <class OnMatch>
    static void for_each_match_at_start_bytes(const std::string& shadow, const dsl::CompiledPattern& pattern,
                                              std::size_t start_bound,
                                              boost::match_results<std::string::const_iterator>& groups,
                                              OnMatch on_match) {
        const std::size_t end = std::min(shadow.size(), start_bound);
        for (std::size_t candidate = 0; candidate < end; ++candidate) {
            if (!(candidate == 0 && pattern.starts_at_sentence_start) && !may_start_at(shadow, candidate, pattern)) continue;
            if (!match_from(shadow, candidate, pattern, groups)) continue;
            if (!on_match(candidate)) return;
            candidate = resume_after(shadow, candidate, pattern, groups) - 1;  // the loop's ++ moves on to the resume point
        }
    }

    void add_event(const Document& document, const AnalyzedDocument& analyzed, const RuleMatch& match,
                   std::vector<Event>& out, std::vector<int>& priorities, std::size_t first_new,
                   std::size_t sentence_first) const {
        Event filled{};
        filled.rule = match.rule().id;
        filled.span = event_span(match);
        filled.modality = modality(match, analyzed.language);
        filled.date = date(match, analyzed.language, document.date, filled.modality);
        Traits::fill(filled, match);
        if (const std::string_view code = match.setting("cameo"); !code.empty()) {
            filled.cameo = std::string(code);
        } else if constexpr (detail::has_default_cameo<Traits, Event>::value) {
            filled.cameo = std::string(Traits::default_cameo(filled));
        }
        if constexpr (detail::has_expand<Traits, Event>::value) {
            std::vector<Event> expanded;
            Traits::expand(std::move(filled), match, expanded);
            for (Event& event : expanded) keep(analyzed, match, std::move(event), out, priorities, first_new, sentence_first);
        } else {
            keep(analyzed, match, std::move(filled), out, priorities, first_new, sentence_first);
        }
    }

    // Adds `event` unless an event already found reports the same thing (the better one stays).
    void keep(const AnalyzedDocument&, const RuleMatch& match, Event event, std::vector<Event>& out,
              std::vector<int>& priorities, std::size_t first_new, std::size_t sentence_first) const {
        if (match.setting("attach") == "previous") {
            // "Das Treffen fand am 2. Juli statt": adds to the event the previous sentences reported.
            if constexpr (detail::has_merge<Traits, Event>::value) {
                for (std::size_t k = sentence_first; k-- > first_new;) {
                    if (out[k].span.end + 600 < event.span.begin) break;
                    Traits::merge(out[k], event);
                    return;
                }
            }
            return;
        }
        const int priority = match.rule().priority;
        for (std::size_t k = first_new; k < out.size(); ++k) {
            if (!detail::same_event(out[k], event)) continue;
            const int other = priorities[k - first_new];
            const bool better =
                priority > other ||
                (priority == other && (event.span.size() > out[k].span.size() ||
                                       (event.span == out[k].span && detail::filled_roles(event) > detail::filled_roles(out[k]))));
            if (better) {
                out[k] = std::move(event);
                priorities[k - first_new] = priority;
            }
            return;
        }
        out.push_back(std::move(event));
        priorities.push_back(priority);
    }

    // Where the event is reported: the match without reported speech that trails it ("Die
    // Kanzlerin betonte," and not the whole sentence); the content is a field of its own.
    static Span event_span(const RuleMatch& match) {
        Span span = match.span();
        for (const dsl::SlotBinding& slot : match.pattern().slots) {
            if (slot.type != dsl::SlotType::clause) continue;
            const auto inner = match.span_of(slot.role);
            if (!inner || inner->begin <= span.begin || inner->end < span.end) continue;
            span.end = inner->begin;
        }
        const std::string_view text = match.document_text();
        while (span.end > span.begin && (text[span.end - 1] == ' ' || text[span.end - 1] == ',' ||
                                         text[span.end - 1] == ':' || text[span.end - 1] == '\n'))
            --span.end;
        for (std::string_view conjunction : {std::string_view(" dass"), std::string_view(" that")}) {
            const std::string_view head = text.substr(span.begin, span.end - span.begin);
            if (head.size() > conjunction.size() && head.substr(head.size() - conjunction.size()) == conjunction) {
                span.end -= conjunction.size();
                while (span.end > span.begin && (text[span.end - 1] == ' ' || text[span.end - 1] == ',')) --span.end;
            }
        }
        return span;
    }

    // The text of the match that reports the event itself: the match less its content slots.
    static std::string trigger_text(const RuleMatch& match) {
        const Span span = match.span();
        std::string text(span.of(match.document_text()));
        for (const dsl::SlotBinding& slot : match.pattern().slots) {
            if (!is_content(slot.type)) continue;
            if (auto inner = match.span_of(slot.role)) {
                if (inner->begin >= span.begin && inner->end <= span.end)
                    for (std::size_t k = inner->begin; k < inner->end; ++k) text[k - span.begin] = ' ';
            }
        }
        return text;
    }

    // `trigger` (trigger_text(match)) with the actors and places its slots captured blanked.
    static std::string without_mentions(const RuleMatch& match, std::string trigger) {
        const Span span = match.span();
        for (const dsl::SlotBinding& slot : match.pattern().slots) {
            if (!dsl::holds_actors(slot.type) && slot.type != dsl::SlotType::place) continue;
            for (const Mention* mention : match.mentions(slot.role)) {
                if (mention->type != MentionType::actor && mention->type != MentionType::place) continue;
                if (mention->span.begin >= span.begin && mention->span.end <= span.end)
                    for (std::size_t k = mention->span.begin; k < mention->span.end; ++k) trigger[k - span.begin] = ' ';
            }
        }
        return trigger;
    }

    // Slots that hold what was said or discussed rather than who or when.
    static bool is_content(dsl::SlotType type) noexcept {
        return type == dsl::SlotType::clause || type == dsl::SlotType::phrase;
    }

    static Modality modality(const RuleMatch& match, Language language) {
        if (auto fixed = modality_from_string(match.setting("modality"))) return *fixed;
        const detail::ModalityCues cues;
        const std::string trigger = trigger_text(match);
        // The cues are read without the actors and places: an actor's own description is not
        // the event's mode ("traf mit dem künftigen Alterspräsidenten zusammen" is no plan).
        const std::string cue_text = without_mentions(match, trigger);
        if (cues.negated(cue_text, language)) return Modality::negated;
        const Span sentence = match.sentence().span;
        const Span span = match.span();
        if (cues.negated_after(trigger, rest_of_clause(match.document_text(), span.end, sentence.end), language))
            return Modality::negated;
        // What precedes the match in its sentence counts for hearsay and plans ("Zelensky plant,
        // bei künftigen Treffen ..."), but reported content never does.
        std::string prefix(match.document_text().substr(sentence.begin, span.begin - sentence.begin));
        // Before an inverted attribution ('"...," said X', "..., sagte X") stands what was said:
        // "Wenn es neue Fälle gebe, werde die Behörde tätig werden, sagte Vestager" is no plan.
        if (opens_attribution(trigger, prefix)) prefix.clear();
        const std::string context = prefix + ' ' + cue_text;
        if (cues.reported(context, language) || attributed_to_another(match, trigger, language)) return Modality::reported;
        if (cues.planned(context, language)) return Modality::planned;
        return Modality::asserted;
    }

    // "Zugleich machen die Anwälte laut Bild deutlich", "gab Stöger laut einer Aussendung zu
    // bedenken": a source named inside the match that none of its roles fills passes the event
    // on. In "laut Kathpress" as the speaker's own attribution, the role follows the cue.
    // `trigger` is trigger_text(match): what was said is blanked, so a "laut" inside it is not read.
    static bool attributed_to_another(const RuleMatch& match, std::string_view trigger, Language language) {
        const std::string_view cue = language == Language::german ? "laut " : "according to ";
        const Span span = match.span();
        const std::string_view text = trigger;
        for (std::size_t at = text.find(cue); at != std::string_view::npos; at = text.find(cue, at + 1)) {
            if (at > 0 && text[at - 1] != ' ' && text[at - 1] != ',') continue;  // "überlaut"
            const std::size_t after = span.begin + at + cue.size();
            bool filled = false;
            for (const dsl::SlotBinding& slot : match.pattern().slots) {
                if (!dsl::holds_actors(slot.type)) continue;
                // The role may open with the source's article or adjective: "laut der Zeitung".
                if (auto role = match.span_of(slot.role); role && role->begin >= after && role->begin <= after + 24)
                    filled = true;
            }
            if (!filled) return true;
        }
        return false;
    }

    // The text from `begin` to the next mark that ends a clause, within the sentence.
    static std::string_view rest_of_clause(std::string_view text, std::size_t begin, std::size_t sentence_end) noexcept {
        std::size_t end = begin;
        while (end < sentence_end && std::string_view(".,;:!?\"()").find(text[end]) == std::string_view::npos) ++end;
        return text.substr(begin, end - begin);
    }

    // The length of a double quotation mark (" “ ” „) at text[i], or 0: the marks that bound
    // what a speaker said, for same_clause and opens_attribution.
    static std::size_t double_quote_at(std::string_view text, std::size_t i) noexcept {
        if (i < text.size() && text[i] == '"') return 1;
        const std::string_view three = text.substr(std::min(i, text.size()), 3);
        return three == "\xE2\x80\x9C" || three == "\xE2\x80\x9D" || three == "\xE2\x80\x9E" ? 3 : 0;
    }

    // Whether a match follows the words it attributes: it opens with a comma or a quotation
    // mark, or the sentence before it ends with one.
    static bool opens_attribution(std::string_view trigger, std::string_view prefix) noexcept {
        auto is_mark = [](std::string_view s) { return s == "," || s == ":" || double_quote_at(s, 0) == s.size(); };
        // The speaker's article stays outside the match: ", his lawyer has said".
        static constexpr std::string_view articles[] = {"a",   "an",  "the", "his",   "her",   "its",   "their",
                                                        "der", "die", "das", "ein",   "eine",  "sein",  "seine",
                                                        "ihr", "ihre"};
        while (!trigger.empty() && trigger.front() == ' ') trigger.remove_prefix(1);
        while (!prefix.empty() && prefix.back() == ' ') prefix.remove_suffix(1);
        const std::size_t last_space = prefix.rfind(' ');
        const std::string_view last_word = last_space == std::string_view::npos ? prefix : prefix.substr(last_space + 1);
        if (std::find(std::begin(articles), std::end(articles), last_word) != std::end(articles)) {
            prefix.remove_suffix(last_word.size());
            while (!prefix.empty() && prefix.back() == ' ') prefix.remove_suffix(1);
        }
        if (prefix.empty()) return false;
        for (std::size_t n : {std::size_t{1}, std::size_t{3}})
            if ((trigger.size() >= n && is_mark(trigger.substr(0, n))) || (prefix.size() >= n && is_mark(prefix.substr(prefix.size() - n))))
                return true;
        return false;
    }

    static std::optional<Date> date(const RuleMatch& match, Language, std::optional<Date> anchor, Modality modality) {
        const TimeDirection direction = modality == Modality::planned ? TimeDirection::future : TimeDirection::past;
        for (const Mention* mention : match.mentions("when"))
            if (mention->type == MentionType::date) return resolve(mention->date, anchor, direction);
        // Otherwise a date in the sentence, outside reported speech (a topic or measure phrase
        // may hold the event's own date).
        std::vector<Span> content;
        for (const dsl::SlotBinding& slot : match.pattern().slots)
            if (slot.type == dsl::SlotType::clause)
                if (auto inner = match.span_of(slot.role)) content.push_back(*inner);
        // Dates after the match belong to what follows ("..., welche die Ukraine im März 2023
        // vereinbart hatte"), so only those up to its end count.
        const Span span = match.span();
        for (const Mention& mention : match.sentence().mentions) {
            if (mention.type != MentionType::date || mention.span.begin >= span.end) continue;
            bool inside = false;
            for (const Span& c : content) inside = inside || c.contains(mention.span);
            if (mention.span.end <= span.begin && !same_clause(match.document_text(), mention.span.end, span.begin))
                continue;
            if (!inside) return resolve(mention.date, anchor, direction);
        }
        // English news puts the date last ("met Wang Yi in Beijing on Tuesday"), German often
        // after the object ("traf Macron am Dienstag in Paris"): a date right after the match,
        // with only places, actors and place prepositions between, is the event's own.
        for (const Mention& mention : match.sentence().mentions)
            if (mention.type == MentionType::date && mention.span.begin >= span.end &&
                only_places_between(match, span.end, mention.span.begin))
                return resolve(mention.date, anchor, direction);
        return std::nullopt;
    }

    // Whether a date ending at `date_end` stands in the clause of a match starting at
    // `match_begin`: "On Tuesday, Lavrov said" (a comma right after the date), "Am Dienstag sagte
    // Merkel", but not "Der Vertrag, den Kiew im März 2023 unterzeichnet hatte, sei gut, sagte
    // Merkel", whose date is the quoted clause's.
    static bool same_clause(std::string_view text, std::size_t date_end, std::size_t match_begin) {
        std::size_t i = date_end;
        if (i <= match_begin && i < text.size() && text[i] == ',') ++i;
        // Up to the match's first byte: an inverted attribution opens with the comma itself.
        for (; i <= match_begin && i < text.size(); ++i)
            if (text[i] == ',' || text[i] == ';' || double_quote_at(text, i) > 0) return false;
        return true;
    }

    // Whether the text in [begin, end) of the match's document holds nothing but spaces, place or
    // actor mentions and up to two prepositions of place ("in", "at", "im", "bei"): the gap between
    // an event's last role and its trailing date. Anything else (a verb, a relative clause, a
    // comma) starts another statement, whose date is not the event's.
    static bool only_places_between(const RuleMatch& match, std::size_t begin, std::size_t end) {
        static constexpr std::string_view prepositions[] = {"am", "an", "at", "bei", "im", "in", "near", "nahe", "on"};
        const std::string_view text = match.document_text();
        std::size_t prepositions_seen = 0;
        std::size_t i = begin;
        while (i < end) {
            if (text[i] == ' ') {
                ++i;
                continue;
            }
            const auto mention = std::find_if(match.sentence().mentions.begin(), match.sentence().mentions.end(),
                                              [&](const Mention& m) {
                                                  return m.span.begin == i && m.span.end <= end &&
                                                         (m.type == MentionType::place || m.type == MentionType::actor);
                                              });
            if (mention != match.sentence().mentions.end()) {
                i = mention->span.end;
                continue;
            }
            std::size_t word_end = i;
            while (word_end < end && text[word_end] != ' ') ++word_end;
            const std::string_view word = text.substr(i, word_end - i);
            if (++prepositions_seen > 2 ||
                std::find(std::begin(prepositions), std::end(prepositions), word) == std::end(prepositions))
                return false;
            i = word_end;
        }
        return true;
    }

    // ---- the prefilter ----------------------------------------------------------------------
    // Every pattern gets an id; word_index_ maps a folded word to the (pattern, required list)
    // pairs it satisfies; a pattern runs when the bits of all its lists are set.
    struct WordUse {
        std::uint32_t pattern;
        std::uint32_t list;
        std::size_t slot;  ///< the list's place in SentenceWords::last_end
    };


    void index_words() {
        for (const CompiledRule& rule : rules_) {
            pattern_ids_.push_back(pattern_masks_.size());
            for (const dsl::CompiledPattern& pattern : rule.patterns) {
                const auto id = static_cast<std::uint32_t>(pattern_masks_.size());
                const std::size_t lists = pattern.required_words.size();
                list_ids_.push_back(list_count_);
                list_count_ += lists;
                pattern_masks_.push_back(lists >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << lists) - 1);
                pattern_rules_.push_back(pattern_ids_.size() - 1);
                if (lists == 0) unconditional_patterns_.push_back(id);
                for (std::size_t list = 0; list < lists; ++list)
                    for (const std::string& word : pattern.required_words[list])
                        word_index_[word].push_back(WordUse{id, static_cast<std::uint32_t>(list), list_ids_.back() + list});
            }
        }
    }

    // Sets, for every pattern, the bit of each required list that a word of `shadow` satisfies,
    // and where the list's last word ends. Words are maximal runs of word bytes, as the rules'
    // word boundaries see them, and the parts of a hyphenated run (for_each_word_run).
    void find_required_words(std::string_view shadow, SentenceWords& words) const {
        detail::for_each_word_run(shadow, [&](std::string_view run) {
            note_required_word(run, static_cast<std::size_t>(run.data() - shadow.data()) + run.size(), words);
        });
    }

    // One run of the sentence, ending at `end`: the lists its word satisfies. Runs come left
    // to right (a hyphenated run's parts before the run, which ends last), so the last write
    // is the last end.
    void note_required_word(std::string_view run, std::size_t end, SentenceWords& words) const {
        const std::vector<WordUse>* uses = word_index_.find_run(run);
        if (uses == nullptr) return;
        for (const WordUse& use : *uses) {
            if (words.satisfied[use.pattern] == 0) words.touched.push_back(use.pattern);
            words.satisfied[use.pattern] |= std::uint64_t{1} << use.list;
            words.last_end[use.slot] = end;
        }
    }


    std::shared_ptr<const Recognizer> recognizer_;
    std::vector<CompiledRule> rules_;
    bool shortcuts_ = true;
    std::vector<std::size_t> pattern_ids_;       ///< id of each rule's first pattern
    std::vector<std::uint64_t> pattern_masks_;   ///< per pattern: all its required lists' bits
    std::vector<std::size_t> list_ids_;          ///< per pattern: its first list's place in last_end
    std::vector<std::size_t> pattern_rules_;     ///< per pattern: its rule's index
    std::vector<std::uint32_t> unconditional_patterns_;  ///< patterns without required words, ascending
    std::size_t list_count_ = 0;                 ///< required lists of all patterns
    detail::FoldedWordTable<std::vector<WordUse>> word_index_;
};

}  // namespace eventex
