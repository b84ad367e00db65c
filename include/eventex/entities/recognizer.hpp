#pragma once
/// Entity recognition: actors, places, dates and aid items in each sentence of a document.
#include <algorithm>                // std::find, std::find_if, std::count, std::all_of, std::any_of
#include <cctype>                   // std::tolower, std::isdigit
#include <cstddef>                  // std::size_t
#include <iterator>                 // std::size
#include <memory>                   // std::shared_ptr
#include <string>                   // std::string
#include <string_view>              // std::string_view
#include <unordered_map>            // std::unordered_map
#include <utility>                  // std::pair, std::swap
#include <vector>                   // std::vector

#include "../document.hpp"          // Document
#include "../language.hpp"          // Language
#include "../detail/placeholder.hpp"// placeholder letters
#include "../detail/recased_word.hpp" // RecasedWord
#include "../detail/sorted_table.hpp" // strictly_ascending, contains_sorted, ShortWordSet
#include "../lexicon/cities.hpp"     // find_city
#include "../lexicon/regions.hpp"    // find_region
#include "../lexicon/first_names.hpp" // first_name_gender, find_first_name
#include "../lexicon/gazetteer.hpp" // Gazetteer
#include "../text/sentences.hpp"    // split_sentences
#include "../text/lowered_tokens.hpp" // lowered_tokens, LoweredToken
#include "dates.hpp"                // find_dates
#include "mention.hpp"              // Mention, AnalyzedSentence
#include "../span.hpp"               // detail::text_between

namespace eventex {

/// A document split into analysed sentences.
struct AnalyzedDocument {
    Language language = Language::german;
    std::vector<AnalyzedSentence> sentences;
};

namespace detail {

inline bool is_upper_initial(std::string_view word) noexcept {
    if (word.empty()) return false;
    const auto b0 = static_cast<unsigned char>(word[0]);
    if (b0 >= 'A' && b0 <= 'Z') return true;
    if (word.size() < 2) return false;
    const auto b1 = static_cast<unsigned char>(word[1]);
    if (b0 == 0xC3) return b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97;   // À..Þ
    if (b0 == 0xC4 || b0 == 0xC5) return (b1 & 1) == 0;               // Latin Extended-A: even = upper
    if (b0 == 0xD0) return b1 >= 0x80 && b1 <= 0xAF;                   // Cyrillic А..Я, Ѐ..Џ
    return false;
}

inline bool has_lower(std::string_view word) noexcept {
    for (char c : word)
        if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

/// Capitalised function words that start sentences but never names.
inline bool is_function_word(std::string_view word) noexcept {
    static constexpr std::string_view words[] = {
        "A", "Ab", "Aber", "Abgesehen", "Abschließend", "Afterwards", "Alle", "Allerdings", "Alles", "Als", "Also",
        "Am", "Among", "An", "And", "Andere", "Anders", "Anfang", "Angeblich", "Angesichts", "Anschließend",
        "Anybody", "Anyone", "Are", "As", "At", "Auch", "Auf", "Aus", "Außerdem", "Bei", "Beide", "Beiden", "Beim",
        "Bereits", "Bis", "Bisher", "Bislang", "Both", "But", "By", "Da", "Dabei", "Dadurch", "Dafür", "Dagegen",
        "Daher", "Damals", "Damit", "Danach", "Dann", "Darauf", "Daraufhin", "Darin", "Darum", "Darüber", "Das",
        "Dass", "Davon", "Dazu", "Dem", "Demnach", "Den", "Denn", "Dennoch", "Der", "Derzeit", "Des", "Deshalb",
        "Dessen", "Deswegen", "Die", "Dies", "Diese", "Diesem", "Diesen", "Dieser", "Dieses", "Doch", "Dort", "Du",
        "Durch", "During", "Each", "Ebenfalls", "Ebenso", "Eigentlich", "Ein", "Eine", "Einem", "Einen", "Einer",
        "Eines", "Einige", "Ende", "Er", "Ergänzend", "Erneut", "Es", "Etwa", "Even", "Every", "Everybody",
        "Everyone", "Falls", "Few", "For", "From", "Furthermore", "Für", "Gegen", "Gerade", "Gestern", "Gleichwohl",
        "Gleichzeitig", "He", "Her", "Hier", "Hingegen", "His", "However", "I", "Ich", "If", "Ihm", "Ihn", "Ihr",
        "Ihre", "Ihrem", "Ihren", "Ihrer", "Im", "Immerhin", "In", "Indem", "Indes", "Insbesondere", "Insgesamt",
        "Instead", "Inzwischen", "Is", "It", "Its", "Jede", "Jedem", "Jeden", "Jedenfalls", "Jeder", "Jedes",
        "Jedoch", "Jemand", "Jetzt", "Jüngst", "Kein", "Keine", "Keiner", "Kürzlich", "Laut", "Letztlich", "Man",
        "Manche", "Many", "Meanwhile", "Mehr", "Mehrere", "Mit", "Mitte", "Mittlerweile", "Moreover", "Most",
        "Möglicherweise", "Nach", "Nachdem", "Nachher", "Natürlich", "Neben", "Neither", "Nevertheless", "Nicht",
        "Nichts", "Niemand", "No", "Nobody", "Noch", "None", "Nonetheless", "Nor", "Not", "Nothing", "Nun", "Nur",
        "Ob", "Obwohl", "Oder", "Of", "Offenbar", "Offensichtlich", "Ohne", "On", "Or", "Others", "Our",
        "Schließlich", "Schon", "Sein", "Seine", "Seinem", "Seinen", "Seiner", "Seit", "Several", "She", "Sie",
        "Since", "So", "Solche", "Sollte", "Some", "Somebody", "Someone", "Sowie", "Später", "Statt", "Stattdessen",
        "Such", "Tatsächlich", "That", "The", "Their", "There", "These", "They", "This", "Those", "Though", "To",
        "Trotz", "Trotzdem", "Um", "Und", "Under", "Unter", "Until", "Vermutlich", "Viele", "Vielmehr", "Vom", "Von",
        "Vor", "Vorher", "Was", "We", "Weder", "Wegen", "Weil", "Weiter", "Weiterhin", "Wenn", "Wer", "What", "When",
        "Where", "Which", "While", "Who", "Whoever", "Wie", "Wir", "With", "Wo", "Während", "Währenddessen",
        "Yesterday", "Yet", "You", "Zu", "Zudem", "Zugleich", "Zuletzt", "Zum", "Zunächst", "Zur", "Zusammenfassend",
        "Zuvor", "Zwar", "Zwischen", "Über",
    };
    static_assert(strictly_ascending(words), "binary search needs the words sorted bytewise");
    return contains_sorted(words, word);
}

inline bool is_determiner(std::string_view word) noexcept {
    // The recogniser asks this of the token before nearly every candidate: one packed search,
    // with the word's ASCII capitals lowered.
    static constexpr std::string_view words[] = {
        "a", "alle", "am", "an", "beiden", "beim", "das", "dem", "den", "der", "des", "die", "diese", "diesem",
        "diesen", "dieser", "dieses", "drei", "ein", "eine", "einem", "einen", "einer", "eines", "einige", "ihre",
        "ihrem", "ihren", "ihrer", "im", "ins", "jede", "jedem", "jeden", "jeder", "kein", "keine", "keinem",
        "keinen", "keiner", "mehrere", "seine", "seinem", "seinen", "seiner", "the", "unsere", "unseren", "unserer",
        "viele", "vom", "zum", "zur", "zwei",
    };
    static_assert(ShortWordSet<std::size(words)>::fits(words));
    static constexpr ShortWordSet<std::size(words)> set(words);
    return set.contains(word, true);
}

/// A lower-case word that inflects like a German attributive adjective ("stellvertretende").
inline bool is_german_adjective_like(std::string_view word) noexcept {
    if (word.size() < 4 || is_upper_initial(word)) return false;
    const char last = word.back();
    const char before = word[word.size() - 2];
    return (last == 'e' || ((last == 'n' || last == 'r' || last == 's' || last == 'm') && before == 'e'));
}

inline bool ends_with(std::string_view word, std::string_view suffix) noexcept {
    return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

/// Whether `word` ends with one of `endings` after a stem of at least `min_stem` bytes.
template <std::size_t N>
bool ends_with_any(std::string_view word, const std::string_view (&endings)[N], std::size_t min_stem = 0) noexcept {
    for (std::string_view ending : endings)
        if (word.size() >= ending.size() + min_stem && ends_with(word, ending)) return true;
    return false;
}

}  // namespace detail

/// Finds actors, places, dates and aid items. Immutable after construction: one recogniser
/// serves any number of threads. Per-document state (who "sie" is) lives in `analyze`.
class Recognizer {
public:
    Recognizer() : gazetteer_(std::make_shared<const lexicon::Gazetteer>()) {}
    explicit Recognizer(std::shared_ptr<const lexicon::Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {}

    const lexicon::Gazetteer& gazetteer() const noexcept { return *gazetteer_; }

    /// Splits `document` into sentences and recognises what each holds.
    AnalyzedDocument analyze(const Document& document, Language language) const {
        AnalyzedDocument result;
        result.language = language;
        std::vector<Span> sentences;
        split_sentences(document.text, sentences);
        DocumentState state;
        result.sentences.reserve(sentences.size());
        for (const Span& sentence : sentences) {
            ++state.sentence;
            result.sentences.emplace_back();
            analyze_sentence(document.text, sentence, language, state, result.sentences.back());
        }
        assign_home_country(result, state.adjective_votes);
        return result;
    }

    /// A report about one country names its national bodies bare: "die Regierung", "the
    /// Chancellor", "das Innenministerium". When the actors and places with a known country favour
    /// one (two fifths of them and more than any other, and at least two mentions unless it is the
    /// only country named), the
    /// titled actors, persons and unlisted organisations without a country get it: the reader of
    /// the article would read them so. Country adjectives outside mentions ("German unemployment")
    /// vote too; a wire agency's dateline ("Reuters -") does not.
    static constexpr std::size_t dateline_weight = 2;
    static void assign_home_country(AnalyzedDocument& document,
                                    const std::vector<std::pair<std::string, std::size_t>>& adjective_votes) {
        std::unordered_map<std::string, std::size_t> counts;
        std::size_t with_country = 0;
        std::vector<std::string> first_named;  // each country once, in order of its first mention
        for (const auto& [country, votes] : adjective_votes) {
            counts[country] += votes;
            with_country += votes;
        }
        for (const AnalyzedSentence& sentence : document.sentences)
            for (const Mention& mention : sentence.mentions)
                if ((mention.type == MentionType::actor || mention.type == MentionType::place) && !mention.actor.country.empty() &&
                    !(mention.dateline && mention.actor.kind == ActorKind::organisation) && !(mention.city && !mention.dateline)) {
                    // "a jet from Frankfurt": a city in the text is where something happens, not whose news it is.
                    // Where the report was filed weighs as much as two mentions (wire copy is often filed
                    // from a neighbour: "JERUSALEM -- A Hamas official was killed ... in Damascus").
                    const std::size_t weight = mention.dateline ? dateline_weight : 1;
                    if (std::find(first_named.begin(), first_named.end(), mention.actor.country) == first_named.end())
                        first_named.push_back(mention.actor.country);
                    counts[mention.actor.country] += weight;
                    with_country += weight;
                }
        // The most votes win; of equals, the country named first (the lede's). Less than two
        // fifths of the votes name no home country (measured: two thirds, one half and two fifths
        // gave en_dev full-match F1 0.723, 0.731 and 0.734, de_meet 0.541, 0.558 and 0.570).
        std::string home;
        std::size_t best = 0;
        for (const std::string& country : first_named)
            if (counts[country] > best) home = country, best = counts[country];
        for (const auto& [country, votes] : adjective_votes)  // countries only adjectives name
            if (counts[country] > best) home = country, best = counts[country];
        if ((best < 2 && best != with_country) || 5 * best < 2 * with_country) return;
        for (AnalyzedSentence& sentence : document.sentences)
            for (Mention& mention : sentence.mentions)
                if (mention.type == MentionType::actor && mention.actor.country.empty() && !mention.country_known &&
                    (mention.actor.kind == ActorKind::person || mention.actor.kind == ActorKind::organisation ||
                     !mention.actor.role.empty()))
                    mention.actor.country = home;
    }

    /// Analyses one sentence on its own (rule examples, tests).
    AnalyzedSentence analyze_sentence(std::string_view text, Language language) const {
        AnalyzedSentence sentence;
        DocumentState state;
        analyze_sentence(text, Span{0, text.size()}, language, state, sentence);
        return sentence;
    }

private:
    /// What earlier sentences told us: the actors a pronoun or a bare surname may point back to.
    struct DocumentState {
        std::vector<Actor> people;                      ///< named persons, in order of mention
        std::vector<bool> people_feminine;
        std::vector<std::size_t> people_mentions;       ///< how often each person was named so far
        std::vector<std::size_t> people_last_sentence;  ///< where each person was last named
        std::vector<std::size_t> people_named_sentence; ///< the same, not counting pronouns that point back
        std::vector<std::size_t> people_order;          ///< when each was first named in that sentence
        std::size_t clock = 0;                          ///< counts mentions, for people_order
        std::size_t sentence = 0;                       ///< index of the sentence being analysed
        std::unordered_map<std::string, std::size_t> by_surname;  ///< surname -> index in people
        std::unordered_map<std::string, std::size_t> by_role;     ///< canonical title -> index in people
        std::unordered_map<std::string, std::size_t> by_role_head;  ///< last word of the title ("minister") -> index
        std::unordered_map<std::string, Actor> institutions;      ///< canonical ("foreign ministry") -> first seen with a country
        Actor last_country;                             ///< the last country named ("Griechenland")
        std::size_t last_country_sentence = 0;
        /// Each country named so far as an actor, once, with the sentence it was last named in,
        /// latest last: "the two countries" are the last two.
        std::vector<std::pair<Actor, std::size_t>> countries;
        Actor last_organisation;                        ///< the last organisation named ("General Motors")
        std::size_t last_organisation_sentence = 0;
        bool last_organisation_country_known = false;
        /// Each organisation named so far, once, with how often and where it was last named:
        /// "the firm" is the one the recent sentences are about, not the last one listed.
        struct NamedOrganisation {
            Actor actor;
            std::size_t mentions = 0;
            std::size_t last_sentence = 0;
            bool country_known = false;
        };
        std::vector<NamedOrganisation> organisations;
        std::unordered_map<std::string, Actor> organisations_by_word;  ///< "Continental" -> Continental Airlines
        std::vector<std::pair<std::string, std::size_t>> adjective_votes;  ///< country adjectives outside mentions, in order
        bool title_case = false;  ///< the sentence is an English headline in Title Case
        std::size_t last_speaker = static_cast<std::size_t>(-1);  ///< index in people of the last person seen speaking
        std::size_t last_speaker_sentence = 0;
        std::vector<bool> reported_sentences;  ///< German: whether sentence k continues reported speech (index k - 1)
    };

    /// A token of the sentence being analysed, with the answers about it that the recogniser
    /// asks for again and again (a token is looked at from each candidate start before it),
    /// worked out on first use. The tokens live in analyze_sentence and are never shared, so the
    /// answers can be filled in through const references.
    struct SentenceToken : LoweredToken {
        mutable signed char name = -1;  ///< is_name_token: 1, 0, or -1 not asked yet
        mutable bool adjective_known = false;
        mutable const lexicon::CountryForm* adjective = nullptr;  ///< country_adjective
        mutable signed char organisation_words = -1;  ///< organisation_form_at: words, or -1 not asked yet
        mutable const lexicon::Organisation* organisation = nullptr;

        /// A copy whose text the caller changed ("Blair's" -> "Blair") must ask again.
        void respell(std::string_view text_now, std::string_view lower_now) {
            text = text_now;
            lower = lower_now;
            name = -1;
            adjective_known = false;
            organisation_words = -1;
        }
    };

    // The country adjective the token is ("ukrainischen" -> UKR), or nullptr.
    const lexicon::CountryForm* country_adjective(const SentenceToken& token) const {
        if (!token.adjective_known) {
            token.adjective = gazetteer_->adjective(token.lower);
            token.adjective_known = true;
        }
        return token.adjective;
    }

    // How many tokens from i spell `name` word for word ("Grant Samuel"), or 1 when they do not.
    static std::size_t name_spelled_at(const std::vector<SentenceToken>& tokens, std::size_t i, std::string_view name) {
        std::size_t k = i;
        for (std::size_t start = 0; start <= name.size() && k < tokens.size(); ++k) {
            const std::size_t space = std::min(name.find(' ', start), name.size());
            if (tokens[k].text != name.substr(start, space - start)) return 1;
            if (space == name.size()) return k + 1 - i;
            start = space + 1;
        }
        return 1;
    }

    // "North Korean", "Sri Lankan", "Papua New Guinean": a country adjective of two or three
    // words at token j. Sets `words` to how many.
    const lexicon::CountryForm* country_adjective_phrase(const std::vector<SentenceToken>& tokens, std::size_t j,
                                                         std::size_t& words) const {
        if (!tokens[j].word || !gazetteer_->opens_adjective_phrase(tokens[j].lower)) return nullptr;
        std::string phrase(tokens[j].lower);
        for (std::size_t k = j + 1; k < tokens.size() && k < j + 3 && tokens[k].word; ++k) {
            phrase += ' ';
            phrase += tokens[k].lower;
            if (const lexicon::CountryForm* adjective = gazetteer_->adjective(phrase)) {
                words = k + 1 - j;
                return adjective;
            }
        }
        return nullptr;
    }

    struct Candidate {
        std::size_t first = 0, last = 0;  ///< token range [first, last)
        Mention mention;
        std::string_view title_key;       ///< a person's title: its canonical key in the gazetteer
        /// A bare company noun's referent when no organisation of the last sentences stands out
        /// (refer_to_organisation); points into DocumentState::institutions.
        const Actor* institution = nullptr;
    };

    // "North Korean and U.S. officials met", "talks with Afghan and UN officials": a country
    // adjective whose title follows the next, coordinated owner is an actor of its own with that
    // title; the owner after "and" is recognised with the title as usual.
    bool shared_title_after_and(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, Candidate& c) const {
        if (!detail::is_upper_initial(tokens[i].text)) return false;  // English adjectives of countries are capitalised
        std::size_t words = 1;
        const lexicon::CountryForm* adjective = country_adjective_phrase(tokens, i, words);
        if (adjective == nullptr) {
            words = 1;
            adjective = country_adjective(tokens[i]);
        }
        if (adjective == nullptr) return false;
        std::size_t k = i + words;
        if (k + 2 >= tokens.size() || tokens[k].text != "and") return false;
        ++k;  // the second owner: an adjective, a country or a body ("U.S.", "UN")
        std::size_t owner = 0;
        const lexicon::CountryForm* form = nullptr;
        const lexicon::Organisation* org = nullptr;
        if (country_adjective_phrase(tokens, k, owner) == nullptr) {
            owner = country_adjective(tokens[k]) != nullptr ? 1 : country_at(tokens, k, &form);
            if (owner == 0) owner = organisation_form_at(tokens, k, &org);
        }
        if (owner == 0 || k + owner >= tokens.size()) return false;
        const lexicon::Title* title = nullptr;
        std::string_view prefix;
        const std::size_t title_words = title_at(tokens, k + owner, &title, &prefix);
        if (title_words == 0 || title->kind == lexicon::TitleKind::organisation) return false;
        start_actor(c, i, i + words, letter_of(title->kind), actor_kind_of(title->kind));
        c.mention.actor.country = std::string(adjective->alpha3);
        c.mention.actor.role = join(tokens, k + owner, k + owner + title_words);
        set_actor_text(text, tokens, i, i + words, c.mention);
        return true;
    }

    // Token i as a lower-cased string (umlauts folded).
    static std::string lower(std::string_view word) {
        std::string out;
        lexicon::lower_into(word, out);
        return out;
    }

    // Longest multi-word match of `index` at token i; returns the number of tokens, 0 if none.
    template <class Entry>
    static std::size_t match_form(const lexicon::FormIndex<Entry>& index, const std::vector<SentenceToken>& tokens,
                                  std::size_t i, bool lower_case, const Entry** found) {
        const auto* bucket = index.find(lower_case ? tokens[i].lower : tokens[i].text);
        if (bucket == nullptr) return 0;
        std::size_t best = 0;
        for (const auto& form : *bucket) {
            const std::size_t n = form.words.size();
            if (n <= best || i + n > tokens.size()) continue;
            bool same = true;
            for (std::size_t k = 1; k < n && same; ++k)
                same = (lower_case ? tokens[i + k].lower : tokens[i + k].text) == form.words[k];
            if (same) {
                best = n;
                *found = form.entry;
            }
        }
        return best;
    }

    // The longest organisation's name (as written) that starts at token i: its words, or 0. The
    // recogniser asks this of a token from several candidate starts, so the answer is kept.
    std::size_t organisation_form_at(const std::vector<SentenceToken>& tokens, std::size_t i,
                                     const lexicon::Organisation** found) const {
        const SentenceToken& token = tokens[i];
        if (token.organisation_words < 0) {
            const lexicon::Organisation* org = nullptr;
            token.organisation_words = static_cast<signed char>(match_form(gazetteer_->organisations(), tokens, i, false, &org));
            token.organisation = org;
        }
        if (token.organisation_words > 0) *found = token.organisation;
        return static_cast<std::size_t>(token.organisation_words);
    }

    // A country named at token i (name, capital, abbreviation, demonym); tokens used, or 0.
    std::size_t country_at(const std::vector<SentenceToken>& tokens, std::size_t i, const lexicon::CountryForm** form) const {
        if (!tokens[i].word) return 0;
        const std::size_t n = match_form(gazetteer_->countries(), tokens, i, false, form);
        // "New Mexico Governor Bill Richardson", "Northern Ireland minister": the country's name
        // ends a region of another state, which the word before it completes.
        if (n > 0 && i > 0 && tokens[i - 1].word && detail::is_upper_initial(tokens[i - 1].text)) {
            const lexicon::Region* region = lexicon::find_region(place_name(tokens, i - 1, i + n));
            if (region != nullptr && region->alpha3 != (*form)->alpha3) return 0;
        }
        return n;
    }

    // "US" in "US-Vertreter": the country of a hyphenated prefix, and the head after it.
    const lexicon::CountryForm* country_prefix(std::string_view word, std::string_view* head) const {
        const std::size_t hyphen = word.find('-');
        if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= word.size()) return nullptr;
        const std::string prefix(word.substr(0, hyphen));
        const auto* bucket = gazetteer_->countries().find(prefix);
        if (bucket != nullptr) {
            for (const auto& form : *bucket) {
                if (form.words.size() == 1) {
                    *head = word.substr(hyphen + 1);
                    return form.entry;
                }
            }
        }
        if (const auto* adjective = gazetteer_->adjective(lower(prefix))) {  // "Russisch-Orthodox"
            *head = word.substr(hyphen + 1);
            return adjective;
        }
        return nullptr;
    }

    // The country of the town a German town adjective names ("Kiewer" is Kiew's, so Ukrainian;
    // "Straßburger" Straßburg's, so French), or "". Towns in -en drop it: "Münchner", "Bremer".
    std::string_view town_adjective_country(std::string_view adjective) const {
        if (adjective.size() < 5 || !detail::ends_with(adjective, "er")) return {};
        const std::string_view stem = adjective.substr(0, adjective.size() - 2);
        if (const auto* bucket = gazetteer_->countries().find(stem); bucket != nullptr) {
            const auto& form = bucket->front();
            if (form.words.size() == 1 && form.entry->kind == lexicon::CountryFormKind::capital) return form.entry->alpha3;
        }
        if (const lexicon::City* city = lexicon::find_city(stem)) return city->alpha3;
        std::string town(detail::ends_with(stem, "n") ? stem.substr(0, stem.size() - 1) : stem);
        town += "en";
        if (const lexicon::City* city = lexicon::find_city(town)) return city->alpha3;
        return {};
    }

    const lexicon::Title* title_of(std::string_view word, std::string_view* compound_prefix) const {
        const auto* bucket = gazetteer_->titles().find(word);
        if (bucket != nullptr) {
            for (const auto& form : *bucket)
                if (form.words.size() == 1) return form.entry;
        }
        return compound_title_of(word, compound_prefix);
    }

    // "Angeklagte", "Vorsitzende": a German person noun declined like an adjective, whose -e form
    // after "die" is one woman ("die Angeklagte"; the plural is "die Angeklagten"), and after
    // "der" one man. The lexicon lists its strong masculine form in -er as the same title.
    bool declined_like_adjective(const lexicon::Title& title) const {
        if (title.language != Language::german || title.kind != lexicon::TitleKind::person || !detail::ends_with(title.form, "e"))
            return false;
        std::string masculine(title.form);
        masculine += 'r';
        const auto* bucket = gazetteer_->titles().find(masculine);
        if (bucket == nullptr) return false;
        for (const auto& form : *bucket)
            if (form.words.size() == 1 && form.entry->canonical == title.canonical) return true;
        return false;
    }

    // "SPÖ-Chef", "Vizeaußenminister", "Ex-Präsident": a known title as the compound's head.
    const lexicon::Title* compound_title_of(std::string_view word, std::string_view* compound_prefix) const {
        const lexicon::Title* title = nullptr;
        const std::size_t hyphen = word.rfind('-');
        if (hyphen != std::string_view::npos && hyphen + 1 < word.size()) {
            std::string_view rest;
            if (auto* t = title_of(word.substr(hyphen + 1), &rest)) {
                *compound_prefix = word.substr(0, hyphen);
                return t;
            }
        }
        if (word.size() >= 7 && detail::is_upper_initial(word)) {
            // "Touristikchef", "Kommunikationschefs": whoever heads something is its Chef, but
            // the head is too short for the split below, which would find "Graf" in "Fotograf".
            static constexpr std::string_view chefs[] = {"chef", "chefin", "chefinnen", "chefs"};
            for (std::string_view chef : chefs) {
                if (word.size() < chef.size() + 3 || !detail::ends_with(word, chef)) continue;
                const std::size_t cut = word.size() - chef.size();
                const detail::RecasedWord head(word.substr(cut), 0, 'C');
                if (const auto* b = gazetteer_->titles().find(head.view()))
                    for (const auto& form : *b)
                        if (form.words.size() == 1 && form.entry->language == Language::german) {
                            *compound_prefix = word.substr(0, cut);
                            return form.entry;
                        }
            }
        }
        if (word.size() >= 9 && detail::is_upper_initial(word)) {
            // German closed compounds: try every split point after the third byte.
            for (std::size_t cut = 3; cut + 6 <= word.size(); ++cut) {
                if (static_cast<unsigned char>(word[cut]) >= 0x80) continue;  // no ASCII letter to capitalise
                const detail::RecasedWord head(word.substr(cut), 0, static_cast<char>(word[cut] & ~0x20));
                const auto* b = gazetteer_->titles().find(head.view());
                if (b == nullptr) continue;
                for (const auto& form : *b) {
                    if (form.words.size() == 1 && form.entry->language == Language::german &&
                        form.entry->kind != lexicon::TitleKind::group) {
                        *compound_prefix = word.substr(0, cut);
                        title = form.entry;
                        return title;
                    }
                }
            }
        }
        return nullptr;
    }

    // Of the English forms in `bucket` (the forms of token i's recased first word), the longest
    // of at least `min_words` words whose later words the following tokens spell, in any case or
    // as written: sets `n` and `title` when it is longer than `n`.
    template <class Bucket>
    static void longest_english_title(const Bucket* bucket, const std::vector<SentenceToken>& tokens, std::size_t i,
                                      std::size_t min_words, bool any_case, std::size_t& n, const lexicon::Title** title) {
        if (bucket == nullptr) return;
        for (const auto& form : *bucket) {
            const std::size_t m = form.words.size();
            if (m < min_words || form.entry->language != Language::english || i + m > tokens.size()) continue;
            bool same = true;
            for (std::size_t k = 1; k < m && same; ++k)
                same = any_case ? tokens[i + k].lower == lower(form.words[k]) : tokens[i + k].text == form.words[k];
            if (same && m > n) {
                n = m;
                *title = form.entry;
            }
        }
    }

    // "Witnesses said": an English plural that opens a sentence, listed in lower case; the group
    // it names, or nullptr.
    const lexicon::Title* capitalised_english_group(const SentenceToken& token) const {
        if (token.text.size() <= 2 || token.text[0] < 'A' || token.text[0] > 'Z' || !detail::has_lower(token.text))
            return nullptr;
        if (const auto* bucket = gazetteer_->titles().find(token.lower))
            for (const auto& form : *bucket)
                if (form.words.size() == 1 && form.entry->language == Language::english &&
                    form.entry->kind == lexicon::TitleKind::group)
                    return form.entry;
        return nullptr;
    }

    // Multi-word titles ("Foreign Minister", "Secretary of State", "Hoher Vertreter").
    std::size_t title_at(const std::vector<SentenceToken>& tokens, std::size_t i, const lexicon::Title** title,
                         std::string_view* compound_prefix) const {
        if (!tokens[i].word) return 0;
        std::size_t n = match_form(gazetteer_->titles(), tokens, i, false, title);
        if (n > 1) {
            // "the West Bank" is a place, not "the West" and a word: a country's name that starts
            // inside the title and runs past it wins.
            const lexicon::CountryForm* form = nullptr;
            for (std::size_t k = i + 1; k < i + n; ++k)
                if (country_at(tokens, k, &form) > i + n - k) return 0;
            return n;
        }
        if (tokens[i].text.size() > 2 && tokens[i].text[0] >= 'a' && tokens[i].text[0] <= 'z') {
            // English titles are often lower case ("the foreign minister"): try the capitalised form.
            const detail::RecasedWord upper(tokens[i].text, 0, static_cast<char>(tokens[i].text[0] & ~0x20));
            longest_english_title(gazetteer_->titles().find(upper.view()), tokens, i, 1, true, n, title);
            if (n > 0) return n;
        }
        // "Foreign ministers of the EU met": a lower-case English title that opens a sentence.
        if (n <= 1 && detail::is_upper_initial(tokens[i].text) && detail::has_lower(tokens[i].text)) {
            longest_english_title(gazetteer_->titles().find(tokens[i].lower), tokens, i, 2, false, n, title);
            if (n > 1) return n;
        }
        if (n == 1) return 1;
        // No title of one word is written like the token (match_form would have found it).
        if (auto* t = compound_title_of(tokens[i].text, compound_prefix)) {
            // A listed organisation written as the whole compound is that organisation: "EU-Kommission"
            // is the European Commission, "Wirtschaftsforschungsinstitut" the WIFO, no "Kommission"
            // of the EU. Unless the noun stands before a name: "die Linkspartei Podemos".
            const lexicon::Organisation* org = nullptr;
            if (organisation_form_at(tokens, i, &org) > 0 &&
                !(takes_proper_name(t->canonical) && i + 1 < tokens.size() &&
                  (is_name_token(tokens[i + 1]) || organisation_form_at(tokens, i + 1, &org) > 0)))
                return 0;
            *title = t;
            return 1;
        }
        if (const lexicon::Title* group = capitalised_english_group(tokens[i])) {
            *title = group;
            return 1;
        }
        return 0;
    }

    // Whether `canonical` names a body of states ("United Nations", "NATO"), whose officers serve
    // no one country.
    static bool is_international_body(std::string_view canonical) noexcept {
        static_assert(detail::strictly_ascending(lexicon::intergovernmental_bodies), "sorted for the binary search");
        return detail::contains_sorted(lexicon::intergovernmental_bodies, canonical);
    }

    static bool is_honorific(std::string_view canonical) noexcept {
        return canonical == "mister" || canonical == "missus" || canonical == "ms" || canonical == "sir" ||
               canonical == "lord" || canonical == "lady" || canonical == "baroness";
    }
    // Groups nobody could identify unless a country or body qualifies them ("Iraqi doctors"):
    // "witnesses said" is no one's statement, nor is "sources said" or "members" (but
    // "Palestinian sources", "Opec members" are).
    static bool is_vague(std::string_view canonical) noexcept {
        static constexpr std::string_view groups[] = {
            "academics", "analysts",  "bankers",   "critics",   "doctors",   "economists", "employees", "executives",
            "experts",   "families",  "farmers",   "investors", "members",   "migrants",   "nurses",    "observers",
            "parents",   "refugees",  "relatives", "researchers", "residents", "scientists", "source",  "sources",
            "students",  "survivors", "teachers",  "traders",   "villagers", "voters",     "witnesses", "workers"};
        static_assert(detail::strictly_ascending(groups), "sorted for the binary search");
        return detail::contains_sorted(groups, canonical);
    }
    static bool takes_proper_name(std::string_view canonical) noexcept {
        return canonical == "news agency" || canonical == "newspaper" || canonical == "broadcaster" ||
               canonical == "magazine" || canonical == "company" || canonical == "party" || canonical == "trade union" ||
               canonical == "organisation";  // "die Umweltorganisation Germanwatch"
    }
    // Whether token i opens a title or a country, which a medium's name never is.
    bool starts_other_entity(const std::vector<SentenceToken>& tokens, std::size_t i) const {
        const lexicon::CountryForm* form = nullptr;
        return is_title_at(tokens, i) || country_at(tokens, i, &form) > 0;
    }

    bool is_title_at(const std::vector<SentenceToken>& tokens, std::size_t i) const {
        const lexicon::Title* title = nullptr;
        std::string_view prefix;
        return title_at(tokens, i, &title, &prefix) > 0;
    }

    // "spokesman" after "Foreign Ministry", "official" after "State Department": a title of one
    // person at i.
    bool is_person_title_at(const std::vector<SentenceToken>& tokens, std::size_t i) const {
        const lexicon::Title* title = nullptr;
        std::string_view prefix;
        return i < tokens.size() && title_at(tokens, i, &title, &prefix) > 0 && title->kind == lexicon::TitleKind::person;
    }

    bool is_name_token(const SentenceToken& token) const {
        if (token.name < 0) token.name = is_name_word(token) ? 1 : 0;
        return token.name == 1;
    }
    bool is_name_word(const SentenceToken& token) const {
        // Arabic names: "al-Assad", "el-Sisi", "as-Sadr" (the article, a hyphen, the name).
        if (token.word && token.text.size() > 4 && token.text[2] == '-' && (token.text[0] == 'a' || token.text[0] == 'e') &&
            (token.text[1] == 'l' || token.text[1] == 's' || token.text[1] == 'd') &&
            detail::is_upper_initial(token.text.substr(3)))
            return true;
        if (!token.word || !detail::is_upper_initial(token.text) || !detail::has_lower(token.text)) return false;
        if (detail::is_function_word(token.text)) return false;
        if (possessive_country(token) != nullptr) return false;  // "Russia's Siberia", "Pakistan's Musharraf"
        // "Houston-based Continental": where a body is based, not a given name.
        if (detail::ends_with(token.text, "-based")) return false;
        // No digits in a name: "Â£3bn" (a pound sign read in the wrong encoding) is an amount.
        if (std::any_of(token.text.begin(), token.text.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
        if (is_amount_word(token.text)) return false;  // "zehn Milliarden Euro"
        // "a defense lawyer Thursday": a weekday is a date, never a name (months may be: "May").
        for (Language language : {Language::english, Language::german}) {
            if (!detail::date_word_initial(static_cast<unsigned char>(token.text[0]))) break;
            const detail::DateWordMatch date = detail::lookup_date_word(token.text, language);
            if (date.entry != nullptr && date.entry->kind == detail::DateWordKind::weekday) return false;
        }
        // Titles, aid items, country adjectives, and countries or organisations of one word;
        // "Cook" only opens "Cook Islands", which the recogniser tries before names.
        return !gazetteer_->blocks_name(token.text, token.lower);
    }

    // An initial at token i, "W." as one token or as "W" and ".": its token count, or 0.
    static std::size_t initial_at(const std::vector<SentenceToken>& tokens, std::size_t i) noexcept {
        if (i >= tokens.size() || !tokens[i].word) return 0;
        const std::string_view w = tokens[i].text;
        const bool letter = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
        if (letter && w.size() == 2 && w[1] == '.') return 1;
        if (letter && w.size() == 1 && i + 1 < tokens.size() && tokens[i + 1].text == ".") return 2;
        return 0;
    }

    static bool is_amount_word(std::string_view word) noexcept {
        static constexpr std::string_view words[] = {"Billionen", "Dollar", "Euro", "Franken", "Milliarde", "Milliarden",
                                                     "Million", "Millionen", "Prozent", "Rubel", "Tausend"};
        static_assert(detail::strictly_ascending(words), "sorted for the binary search");
        return detail::contains_sorted(words, word);
    }

    // Up to three name tokens from i ("Andrii Sybiha", "John F. Kennedy"); count, or 0.
    std::size_t name_at(const std::vector<SentenceToken>& tokens, std::size_t i) const {
        std::size_t n = 0;
        while (i + n < tokens.size() && n < 3 && is_name_token(tokens[i + n])) ++n;

        // A middle initial between given name and surname: "George W. Bush", "John F. Kennedy".
        if (n == 1) {
            const std::size_t initial = initial_at(tokens, i + 1);
            if (initial > 0 && i + 1 + initial < tokens.size() && is_name_token(tokens[i + 1 + initial])) {
                n = 1 + initial + 1;
                if (i + n < tokens.size() && is_name_token(tokens[i + n])) ++n;
            }
        }
        // After a known given name a surname may be a word of another class: "Oskar Deutsch",
        // "Thomas Schweizer". A title or a function word still ends the name.
        if (n == 1 && i + 1 < tokens.size() && lexicon::first_name_gender(tokens[i].text) != lexicon::Gender::unknown) {
            const SentenceToken& next = tokens[i + 1];
            if (next.word && detail::is_upper_initial(next.text) && detail::has_lower(next.text) &&
                !detail::is_function_word(next.text) && gazetteer_->titles().find(next.text) == nullptr &&
                country_adjective(next) != nullptr)
                n = 2;
        }
        // Only after a given name or a name of two words: a German noun before "von" is no
        // given name ("Einsatz von Senfgas").
        const bool given_name = n == 1 && lexicon::first_name_gender(tokens[i].text) != lexicon::Gender::unknown;
        if (n >= 2 || given_name) n += particle_surname_at(tokens, i + n, given_name);
        return n;
    }

    // A surname with a lower-case particle after a given name: "Thomas de Maizière", "Lula da
    // Silva", "Sanne van der Marel", "Richard von Weizsäcker"; its token count, or 0. The
    // surname must read as a name and not as a German noun ("Scholz von Anfang an" has none).
    // German "von" mostly names an employer ("Andreas Baur von der Steuerungsgruppe", "Fraser
    // Kyne von Bromium"): it counts only right after a lone given name and without an article.
    std::size_t particle_surname_at(const std::vector<SentenceToken>& tokens, std::size_t j, bool after_given_name) const {
        static constexpr std::string_view particles[] = {"da", "de", "del", "della", "di", "dos", "du", "van", "von"};
        static constexpr std::string_view articles[] = {"de", "den", "der", "la", "los"};
        static_assert(detail::strictly_ascending(particles) && detail::strictly_ascending(articles),
                      "sorted for the binary search");
        if (j >= tokens.size() || !detail::contains_sorted(particles, tokens[j].text)) return 0;
        const bool von = tokens[j].text == "von";
        if (von && !after_given_name) return 0;
        std::size_t k = j + 1;
        if (!von && k < tokens.size() && detail::contains_sorted(articles, tokens[k].text)) ++k;
        if (k >= tokens.size() || !is_name_token(tokens[k]) || looks_like_common_noun(tokens[k].text) ||
            detail::is_determiner(tokens[k].text))
            return 0;
        return k + 1 - j;
    }

    // The public figure whose full form tokens [first, last) spell, of two words or more, with
    // the last word read as `last_word` ("Erdogans" as "Erdogan"); no copy of the tokens.
    const lexicon::Person* person_spelled(const std::vector<SentenceToken>& tokens, std::size_t first, std::size_t last,
                                          std::string_view last_word) const {
        const auto* bucket = gazetteer_->people().find(tokens[first].text);
        if (bucket == nullptr) return nullptr;
        for (const auto& form : *bucket) {
            if (form.words.size() != last - first) continue;
            bool same = true;
            for (std::size_t k = 1; k < form.words.size() && same; ++k)
                same = (first + k + 1 == last ? last_word : tokens[first + k].text) == form.words[k];
            if (same) return form.entry;
        }
        return nullptr;
    }

    // A public figure named by tokens [first, last): the full form, or its last word as a surname.
    const lexicon::Person* known_person(const std::vector<SentenceToken>& tokens, std::size_t first, std::size_t last) const {
        // "Prime Minister Tony Blair's official spokesman": the owner is the person the name names.
        if (const std::string_view base = possessive_base(tokens[last - 1].text); !base.empty() && last - first <= 3) {
            std::vector<SentenceToken> name(tokens.begin() + static_cast<std::ptrdiff_t>(first),
                                            tokens.begin() + static_cast<std::ptrdiff_t>(last));
            const std::string lowered = lower(base);
            name.back().respell(base, lowered);
            return known_person(name, 0, name.size());
        }
        const lexicon::Person* person = nullptr;
        if (match_form(gazetteer_->people(), tokens, first, false, &person) == last - first) return person;
        // "den Besuch Recep Tayyip Erdogans": a full name in the German genitive is the person's
        // (at least two words, so that a surname that ends in "s" is never cut).
        if (const std::string_view end = tokens[last - 1].text; last - first >= 2 && end.size() > 3 && end.back() == 's')
            if (const lexicon::Person* genitive = person_spelled(tokens, first, last, end.substr(0, end.size() - 1)))
                return genitive;
        person = nullptr;
        if (match_form(gazetteer_->people(), tokens, last - 1, false, &person) != 1 || !person->surname) return nullptr;
        // "Matthew Turnbull" is not Malcolm Turnbull: a known given name that differs from the
        // public figure's is someone else. Spellings of one name share their start ("Mikhail
        // Saakashvili", "Yassir Arafat").
        if (last - first >= 2) {
            const std::string_view given = tokens[last - 2].text;
            const std::string_view canonical = person->canonical;
            if (lexicon::first_name_gender(given) != lexicon::Gender::unknown && canonical.find(given) == std::string_view::npos &&
                canonical.substr(0, 3) != given.substr(0, 3))
                return nullptr;
        }
        return person;
    }

    static char letter_of(lexicon::TitleKind kind) noexcept {
        return kind == lexicon::TitleKind::person ? detail::letter::person
             : kind == lexicon::TitleKind::group  ? detail::letter::group
                                                  : detail::letter::organisation;
    }
    static ActorKind actor_kind_of(lexicon::TitleKind kind) noexcept {
        return kind == lexicon::TitleKind::person ? ActorKind::person
             : kind == lexicon::TitleKind::group  ? ActorKind::group
                                                  : ActorKind::organisation;
    }

    // Makes `c` an actor mention over tokens [first, last); the caller fills name, role, country.
    static void start_actor(Candidate& c, std::size_t first, std::size_t last, char letter, ActorKind kind) {
        c.first = first;
        c.last = last;
        c.mention.type = MentionType::actor;
        c.mention.letter = letter;
        c.mention.actor.kind = kind;
    }

    static void set_actor_text(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t first,
                               std::size_t last, Mention& mention) {
        mention.span = Span{tokens[first].span.begin, tokens[last - 1].span.end};
        mention.actor.span = mention.span;
        mention.actor.text = std::string(mention.span.of(text));
    }

    static std::string join(const std::vector<SentenceToken>& tokens, std::size_t first, std::size_t last) {
        std::string out;
        for (std::size_t k = first; k < last; ++k) {
            if (!out.empty() && tokens[k].word) out += ' ';
            out += tokens[k].text;
        }
        return out;
    }

    // Genitive or "of" complement after a title or institution: "der Ukraine", "der Vereinigten
    // Staaten", "of Russia", "des Außenministeriums". Returns tokens used; sets country.
    std::size_t complement_at(const std::vector<SentenceToken>& tokens, std::size_t i, std::string& country,
                              std::string* organisation) const {
        if (i >= tokens.size()) return 0;
        const std::string_view w = tokens[i].text;
        // "Vertreter Russlands", "Außenminister Frankreichs": a German genitive without article.
        if (tokens[i].word && w.size() > 3 && w.back() == 's' && detail::is_upper_initial(w)) {
            if (const auto* bucket = gazetteer_->countries().find(w.substr(0, w.size() - 1))) {
                const auto& form = bucket->front();
                if (form.words.size() == 1 && form.entry->kind != lexicon::CountryFormKind::demonym) {
                    country = std::string(form.entry->alpha3);
                    return 1;
                }
            }
        }
        const bool genitive = w == "der" || w == "des" || w == "of" || w == "von";
        if (!genitive || i + 1 >= tokens.size()) return 0;
        std::size_t j = i + 1;
        if (w == "of" && j < tokens.size() && tokens[j].text == "the") ++j;
        if (w == "von" && j < tokens.size() && (tokens[j].text == "der" || tokens[j].text == "den")) ++j;
        if (j >= tokens.size()) return 0;
        const std::size_t n = listed_body_at(tokens, j, country, organisation);
        return n > 0 ? j + n - i : 0;
    }

    // Whether a name in apposition follows a title that ends before token i, after a short
    // genitive complement or none: ", Jan Korte", "der Linksfraktion, Jan Korte".
    bool apposition_name_after(const std::vector<SentenceToken>& tokens, std::size_t i) const {
        std::size_t k = i;
        if (k < tokens.size() && (tokens[k].text == "der" || tokens[k].text == "des" || tokens[k].text == "von")) {
            const std::size_t limit = k + 6;
            while (k < tokens.size() && k < limit && tokens[k].word) ++k;
        }
        return k + 1 < tokens.size() && tokens[k].text == "," && name_at(tokens, k + 1) > 0;
    }

    // The country of the institution that a German genitive at token i names bare ("der
    // Regierung", "des Ministeriums"), if an earlier mention gave that institution one.
    const std::string* known_institution_after(const std::vector<SentenceToken>& tokens, std::size_t i,
                                               const DocumentState& state) const {
        if (i + 1 >= tokens.size() || (tokens[i].text != "der" && tokens[i].text != "des")) return nullptr;
        std::string_view prefix;
        const lexicon::Title* body = title_of(tokens[i + 1].text, &prefix);
        if (body == nullptr || body->kind != lexicon::TitleKind::organisation || !prefix.empty()) return nullptr;
        auto known = state.institutions.find(std::string(body->canonical));
        return known != state.institutions.end() && !known->second.country.empty() ? &known->second.country : nullptr;
    }

    // A country or a listed organisation at token j, as the complement of a title ("of the
    // Ukraine", "for the Red Cross"): its tokens, or 0. Sets the country, and the organisation
    // when asked.
    std::size_t listed_body_at(const std::vector<SentenceToken>& tokens, std::size_t j, std::string& country,
                               std::string* organisation) const {
        const lexicon::CountryForm* form = nullptr;
        if (std::size_t n = country_at(tokens, j, &form); n > 0 && form->kind != lexicon::CountryFormKind::demonym) {
            country = std::string(form->alpha3);
            return n;
        }
        const lexicon::Organisation* org = nullptr;
        if (std::size_t n = organisation_form_at(tokens, j, &org); n > 0) {
            if (!org->alpha3.empty()) country = std::string(org->alpha3);
            if (organisation) *organisation = std::string(org->canonical);
            return n;
        }
        // "a spokesman for the Muslim Council of Britain": a body named by its head noun.
        std::string body_country;
        if (std::size_t n = english_body_at(tokens, j, body_country); n > 0) {
            if (!body_country.empty()) country = std::move(body_country);
            if (organisation) *organisation = join(tokens, j, j + n);
            return n;
        }
        return 0;
    }

    // "a spokesman for Unison", "a spokeswoman for the Foreign Office": whom a spokesperson
    // speaks for, listed or not (a run of capitalised words). Returns the tokens used.
    std::size_t spokesperson_for_at(const std::vector<SentenceToken>& tokens, std::size_t i, std::string_view canonical,
                                    std::string& country, std::string& organisation) const {
        if (!detail::ends_with(canonical, "spokesperson") || i + 1 >= tokens.size() || tokens[i].text != "for") return 0;
        std::size_t j = i + 1;
        if (tokens[j].text == "the" && j + 1 < tokens.size()) ++j;
        if (const std::size_t n = listed_body_at(tokens, j, country, &organisation)) return j + n - i;
        std::size_t end = j;
        while (end < tokens.size() && end < j + 4 && tokens[end].word && detail::is_upper_initial(tokens[end].text) &&
               !detail::is_function_word(tokens[end].text))
            ++end;
        if (end == j) return 0;
        organisation = join(tokens, j, end);
        return end - i;
    }

    // "(SPÖ)", "(OPCW)", "(61)" right after an actor at token `open`: a party, an abbreviation
    // or an age. Returns the tokens it spans (0 if none); a party sets an empty country.
    std::size_t parenthesis_at(const std::vector<SentenceToken>& tokens, std::size_t open, std::string& country) const {
        if (open + 2 >= tokens.size() || tokens[open].text != "(") return 0;
        std::size_t close = open + 1;
        while (close < tokens.size() && close <= open + 4 && tokens[close].text != ")") ++close;
        // "()" holds nothing; match_form would find no organisation in it, and 0 == 0 tokens
        // then read a null one (found by fuzzing: tests/fuzz/regression/text).
        if (close >= tokens.size() || tokens[close].text != ")" || close == open + 1) return 0;
        const lexicon::Organisation* org = nullptr;
        if (organisation_form_at(tokens, open + 1, &org) == close - open - 1 && org != nullptr) {
            if (country.empty()) country = std::string(org->alpha3);
            return close + 1 - open;
        }
        if (close != open + 2) return 0;
        const std::string_view inner = tokens[open + 1].text;
        bool abbreviation = inner.size() <= 8;
        for (char ch : inner)
            abbreviation = abbreviation && ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' ||
                                            static_cast<unsigned char>(ch) >= 0x80);
        return abbreviation ? 3 : 0;
    }

    // A country in the German genitive at token j ("Syriens", "Puerto Ricos"), or a person's
    // ("Netanyahus"): the owner of what follows. Returns tokens used and sets the country.
    std::size_t genitive_owner_at(const std::vector<SentenceToken>& tokens, std::size_t j, const DocumentState& state,
                                  std::string& country) const {
        const std::string_view w = tokens[j].text;
        if (!detail::is_upper_initial(w)) return 0;
        if (j + 1 < tokens.size() && detail::is_upper_initial(tokens[j + 1].text) && tokens[j + 1].text.size() > 2 &&
            tokens[j + 1].text.back() == 's') {
            // "Puerto Ricos", "Sri Lankas"
            const std::string second(tokens[j + 1].text.substr(0, tokens[j + 1].text.size() - 1));
            if (const auto* bucket = gazetteer_->countries().find(w)) {
                for (const auto& form : *bucket)
                    if (form.words.size() == 2 && form.words[1] == second) {
                        country = std::string(form.entry->alpha3);
                        return 2;
                    }
            }
        }
        if (w.size() < 4 || w.back() != 's') return 0;
        const std::string base(w.substr(0, w.size() - 1));
        if (const auto* bucket = gazetteer_->countries().find(base)) {
            for (const auto& form : *bucket)
                if (form.words.size() == 1 && form.entry->kind != lexicon::CountryFormKind::demonym) {
                    country = std::string(form.entry->alpha3);
                    return 1;
                }
        }
        if (auto known = state.by_surname.find(base); known != state.by_surname.end()) {
            country = state.people[known->second].country;
            return 1;
        }
        if (const auto* bucket = gazetteer_->people().find(base)) {
            country = std::string(bucket->front().entry->alpha3);
            return 1;
        }
        return 0;
    }

    // An actor built around a title, institution noun or group noun at token i, with what may
    // precede it (country adjectives, modifiers) already scanned from `start`.
    bool titled_actor(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t start, std::size_t i,
                      const std::string& adjective_country, DocumentState& state, Candidate& out) const {
        const lexicon::Title* title = nullptr;
        std::string_view compound_prefix;
        const std::size_t title_tokens = title_at(tokens, i, &title, &compound_prefix);
        if (title_tokens == 0) return false;
        Mention& m = out.mention;
        m.type = MentionType::actor;
        m.feminine = title->feminine || (start > 0 && (tokens[start - 1].text == "die" || tokens[start - 1].text == "Die") &&
                                         declined_like_adjective(*title));
        std::string country = adjective_country;
        std::string organisation;
        if (!compound_prefix.empty()) {
            std::string_view head;
            std::string prefix(compound_prefix);
            const lexicon::CountryForm* form = nullptr;
            const auto* bucket = gazetteer_->countries().find(prefix);
            if (bucket != nullptr) form = bucket->front().entry;
            else if (auto* adjective = gazetteer_->adjective(lower(prefix))) form = adjective;
            if (form != nullptr) country = std::string(form->alpha3);
            const auto* org = gazetteer_->organisations().find(prefix);
            if (org != nullptr && org->front().words.size() == 1) {
                organisation = std::string(org->front().entry->canonical);
                if (!org->front().entry->alpha3.empty()) country = std::string(org->front().entry->alpha3);
            }
            (void)head;
        } else if (std::string_view head; country_prefix(tokens[i].text, &head) != nullptr) {
            // "US-Vertreter" is handled by country_prefix with a title head
        }
        std::size_t last = i + title_tokens;
        std::size_t role_last = last;
        // Genitive complement: "Präsident der Ukraine", "Geschäftsträger der Vereinigten Staaten".
        if (std::size_t n = complement_at(tokens, last, country, &organisation)) {
            last += n;
            role_last = last;
            // "... in der Ukraine": where the person serves, part of the description.
            if (last + 2 < tokens.size() && tokens[last].text == "in") {
                std::size_t j = last + 1;
                if (tokens[j].text == "der" || tokens[j].text == "den") ++j;
                const lexicon::CountryForm* form = nullptr;
                if (std::size_t c = j < tokens.size() ? country_at(tokens, j, &form) : 0) last = j + c;
            }
        } else if (std::size_t for_body = spokesperson_for_at(tokens, last, title->canonical, country, organisation)) {
            last += for_body;
            role_last = last;
        } else if (title->kind == lexicon::TitleKind::person && title->language == Language::german && last + 2 < tokens.size() &&
                   (tokens[last].text == "der" || tokens[last].text == "des") && tokens[last + 1].word &&
                   detail::is_upper_initial(tokens[last + 1].text) &&
                   (names_an_institution(tokens[last + 1].text) ||
                    (tokens[last].text == "des" && detail::ends_with(tokens[last + 1].text, "s") &&
                     names_an_institution(tokens[last + 1].text.substr(0, tokens[last + 1].text.size() - 1)))) &&
                   name_at(tokens, last + 2) > 0) {
            // "der Vizechef der Präsidialverwaltung Andej Taranow", "der Sprecher des
            // Innenministeriums Karl-Heinz Grundböck": an unlisted institution between the title
            // and its holder's name, which follows without a comma.
            last += 2;
            role_last = last;
        }
        if (title->kind == lexicon::TitleKind::organisation && country.empty() && last + 1 < tokens.size() &&
            tokens[last].text == "in") {
            // "das Verteidigungsministerium in Kabul", "die Regierung in Kiew": the seat names the country.
            const lexicon::CountryForm* form = nullptr;
            if (std::size_t n = country_at(tokens, last + 1, &form); n > 0 && form->kind != lexicon::CountryFormKind::demonym) {
                country = std::string(form->alpha3);
                last += 1 + n;
                role_last = last;
            }
        }
        std::string media_name;
        // "US bank Wells Fargo": in English a bank's name follows like a company's; a German
        // "die Bank" is followed by any capitalised noun.
        const bool named_after = takes_proper_name(title->canonical) ||
                                 (title->canonical == "bank" && title->language == Language::english);
        if (named_after && last < tokens.size() && tokens[last].word &&
            detail::is_upper_initial(tokens[last].text) && !detail::is_function_word(tokens[last].text)) {
            // "die Nachrichtenagentur Xinhua", "der Zeitung Haaretz", "der Konzern Henkel": the name follows.
            const lexicon::Organisation* org = nullptr;
            if (std::size_t n = organisation_form_at(tokens, last, &org)) {
                media_name = std::string(org->canonical);
                if (!org->alpha3.empty()) country = std::string(org->alpha3);
                last += n;
            } else if (!starts_other_entity(tokens, last)) {
                // "der Sender Radio Free Asia": the name runs over its capitalised words.
                const std::size_t name_first = last;
                ++last;
                while (last < tokens.size() && last < name_first + 4 && tokens[last].word &&
                       detail::is_upper_initial(tokens[last].text) && !detail::is_function_word(tokens[last].text) &&
                       !looks_like_common_noun(tokens[last].text) && !starts_other_entity(tokens, last))
                    ++last;
                media_name = std::string(text.substr(tokens[name_first].span.begin,
                                                     tokens[last - 1].span.end - tokens[name_first].span.begin));
            }
            role_last = last;
        }
        // "Opec members", "UN Security Council members": a body named before the group qualifies it.
        const lexicon::Organisation* owner = nullptr;
        const bool body_before = start < i && organisation_form_at(tokens, start, &owner) > 0;
        if (is_vague(title->canonical) && country.empty() && organisation.empty() && !body_before && last == i + title_tokens)
            return false;  // "Beobachtern zufolge", "Experten warnen": nobody in particular
        m.letter = letter_of(title->kind);
        m.actor.kind = actor_kind_of(title->kind);
        if (title->kind == lexicon::TitleKind::person) out.title_key = title->canonical;
        m.actor.role = join(tokens, start, i + title_tokens);
        std::size_t name_parenthesis = 0;
        if (title->kind == lexicon::TitleKind::person) {
            // The name: right after the title, or after a comma ("..., John Ginkel,").
            std::size_t name_start = last;
            const bool after_comma = name_start < tokens.size() && tokens[name_start].text == "," && name_start > i + title_tokens;
            if (after_comma) ++name_start;
            std::size_t n = name_start < tokens.size() ? name_at(tokens, name_start) : 0;
            // "Chinese counterpart Minister Li Zhaoxing", "seinem Amtskollegen Außenminister Lawrow":
            // a counterpart is named with the office they hold.
            if (n == 0 && title->canonical == "counterpart" && name_start < tokens.size()) {
                const lexicon::Title* office = nullptr;
                std::string_view office_prefix;
                const std::size_t office_tokens = title_at(tokens, name_start, &office, &office_prefix);
                if (office_tokens > 0 && office->kind == lexicon::TitleKind::person &&
                    name_start + office_tokens < tokens.size()) {
                    if (const std::size_t named = name_at(tokens, name_start + office_tokens)) {
                        name_start += office_tokens;
                        n = named;
                    }
                }
            }
            // "a spokesman for Unison, Britain's biggest union,": an owner, not the name.
            if (after_comma && n > 0 && detail::ends_with(tokens[name_start + n - 1].text, "'s")) n = 0;
            if (n > 0) {
                m.actor.name = join(tokens, name_start, name_start + n);
                // "Mr Brown's message": the possessive is not part of the name.
                if (detail::ends_with(m.actor.name, "'s") && m.actor.name.size() > 3) m.actor.name.resize(m.actor.name.size() - 2);
                last = name_start + n;
                if (lexicon::first_name_gender(tokens[name_start].text) == lexicon::Gender::feminine) m.feminine = true;
                if (const lexicon::Person* known = known_person(tokens, name_start, name_start + n)) {
                    m.actor.name = std::string(known->canonical);
                    if (country.empty()) country = std::string(known->alpha3);
                    m.feminine = m.feminine || known->feminine;
                } else if (auto earlier = state.by_surname.find(std::string(without_possessive(tokens[name_start + n - 1].text)));
                           earlier != state.by_surname.end()) {
                    // "Mr Straw" after "Jack Straw": the same person.
                    const Actor& known_before = state.people[earlier->second];
                    if (n == 1) m.actor.name = known_before.name;
                    if (country.empty()) country = known_before.country;
                    m.feminine = m.feminine || state.people_feminine[earlier->second];
                }
                name_parenthesis = parenthesis_at(tokens, last, country);
            } else {
                last = role_last;
            }
        } else {
            last = role_last;
            // "der Sender Radio Free Asia (RFA)": the short form belongs to the name.
            if (!media_name.empty()) name_parenthesis = parenthesis_at(tokens, last, country);
            if (title->kind == lexicon::TitleKind::organisation) {
                m.actor.name = !media_name.empty() ? media_name
                             : organisation.empty() ? join(tokens, i, i + title_tokens) : organisation;
            }
        }
        if (title->kind != lexicon::TitleKind::person) m.actor.role = join(tokens, i, i + title_tokens);
        if (is_honorific(title->canonical)) m.actor.role.clear();  // "Mr" is a form of address, not a role
        m.actor.country = country;
        // "the head of the IAEA", "UN-Sprecher": an international body's officer serves no country,
        // and must not take the one the report is about.
        if (country.empty() && is_international_body(organisation)) m.country_known = true;
        if (title->kind == lexicon::TitleKind::organisation) {
            // "des Außenministeriums" after "Außenministerium der Ukraine" is that ministry.
            const std::string key(title->canonical);
            auto known = state.institutions.find(key);
            // "the scandal-hit Italian dairy company ... The firm": a company is known by its own
            // name, which refer_to_organisation finds; the bare noun with a country names none.
            const bool nameless_company = title->language == Language::english &&
                                          (takes_proper_name(title->canonical) || title->canonical == "group") && media_name.empty();
            if (!country.empty()) {
                if (known == state.institutions.end() && !nameless_company) state.institutions.emplace(key, m.actor);
            } else if (known != state.institutions.end() && media_name.empty()) {
                // Not "firm Sophos" after "Finnish firm F-Secure": a name says which. A bare English
                // company noun is the company the report is about, which refer_to_organisation
                // weighs; the one named with the noun before is its fallback ("South Korean firm SK
                // Energy ... the firm" after three mentions of China Aviation Oil).
                if (title->language == Language::english && refers_to_salient_organisation(m.actor.role)) {
                    out.institution = &known->second;
                } else {
                    m.actor.name = known->second.name;
                    m.actor.country = known->second.country;
                    m.pronoun = true;
                }
            }
        } else if (title->kind == lexicon::TitleKind::person && country.empty()) {
            // A minister without a country, in a text about a ministry with one, is its minister
            // ("Außenministerium der Ukraine ... Außenminister Andrii Sybiha").
            const std::string_view canonical = title->canonical;
            if (detail::ends_with(canonical, " minister")) {
                auto known = state.institutions.find(std::string(canonical.substr(0, canonical.size() - 9)) + " ministry");
                if (known != state.institutions.end()) m.actor.country = known->second.country;
            }
            // "der Chefunterhändler der Regierung" after "der kolumbianischen Regierung": the
            // institution of the genitive is the one named before with its country.
            if (m.actor.country.empty() && title->language == Language::german) {
                if (const std::string* owner = known_institution_after(tokens, i + title_tokens, state))
                    m.actor.country = *owner;
            }
        }
        out.first = start;
        out.last = last + name_parenthesis;
        set_actor_text(text, tokens, start, last, m);
        if (name_parenthesis > 0) m.span.end = tokens[last + name_parenthesis - 1].span.end;
        // A bare title ("der Außenminister") points back to the last person with that title, but
        // not one that names another holder ("der künftige Präsident", "the former minister").
        if (title->kind == lexicon::TitleKind::person) {
            bool other_holder = false, leaving_holder = false;
            for (std::size_t k = start; k < i; ++k) {
                const bool leaving = names_a_past_holder(tokens[k].text);
                leaving_holder = leaving_holder || leaving;
                other_holder = other_holder || (names_another_holder(tokens[k].text) && !leaving);
            }
            const bool definite = start > 0 && (title->language == Language::english
                                                    ? tokens[start - 1].text == "the" || tokens[start - 1].text == "The"
                                                    : is_definite_singular(tokens[start - 1].text, m.feminine));
            // "Neil Kinnock ... The former Labour leader said", "Irmgard Griss ... Die ehemalige
            // Präsidentin des Obersten Gerichtshofs fordert": the person named before, who left
            // the office; not the office's holder now, whom by_role knows.
            if (leaving_holder && !other_holder && m.actor.name.empty() && definite && names_an_office(title->canonical)) {
                holder_named_without_title(std::string(title->canonical), inside_quote(tokens, start), state, m, false);
                if (!m.pronoun) remember_person(m, std::string(title->canonical), state);
                return true;
            }
            other_holder = other_holder || leaving_holder;
            // "ein Sprecher der Landespolizei" after "der Sprecher der Bundespolizei, Rainer
            // Kerstiens": an indefinite article introduces someone new.
            other_holder = other_holder || (start > 0 && is_indefinite_article(tokens[start - 1].text));
            // "der Chefunterhändler der Regierung, Humberto de la Calle": the apposition names
            // the holder, and merge_appositions joins them and remembers the person.
            if (m.actor.name.empty() && apposition_name_after(tokens, last)) {
            } else if (m.actor.name.empty() && !other_holder) {
                auto found = state.by_role.find(std::string(title->canonical) + '|' + country);
                if (found == state.by_role.end() && country.empty()) found = state.by_role.find(std::string(title->canonical) + "|*");
                // "der Minister" after "Außenminister Lawrow": the head of a longer title.
                if (found == state.by_role.end()) {
                    found = state.by_role_head.find(std::string(title->canonical) + '|' + country);
                    if (found == state.by_role_head.end() && country.empty())
                        found = state.by_role_head.find(std::string(title->canonical) + "|*");
                    if (found == state.by_role_head.end()) found = state.by_role.end();
                }
                std::size_t earlier_index = found != state.by_role.end() ? found->second : state.people.size();
                // German: the one person in view ("sagt der Ökonom"); English offices below.
                if (earlier_index == state.people.size() && start > 0 && is_definite_singular(tokens[start - 1].text, m.feminine))
                    earlier_index = person_in_view(state, m.feminine, title->canonical, country);
                if (earlier_index < state.people.size()) {
                    refer_to_person(state, earlier_index, m);
                } else if (title->language == Language::english && start > 0 &&
                           (tokens[start - 1].text == "the" || tokens[start - 1].text == "The") &&
                           names_an_office(title->canonical) &&
                           !(last + 1 < tokens.size() && tokens[last].text == "," &&
                             (name_at(tokens, last + 1) > 0 || is_title_at(tokens, last + 1)))) {
                    // Not before an apposition, which names the holder itself: "The Indian Prime
                    // Minister, Dr Manmohan Singh, said".
                    holder_named_without_title(std::string(title->canonical), inside_quote(tokens, start), state, m);
                }
            } else {
                remember_person(m, std::string(title->canonical), state);
            }
        }
        return true;
    }

    // "sagt der Ökonom" after "James Butterfill": a bare title that no earlier person bore
    // points to a person the last sentences named, if a known given name shows that person's
    // gender to agree, and that person's own title does not contradict it (no title, or the bare
    // one is an epithet such as "der Sozialdemokrat"; `any_title`: the noun is no title of the
    // lexicon, "meinte der Ortschef" after "Bürgermeister Johannes Ebner", so no title contradicts
    // it). The person is the only one in view, or, with several, the one the report is about: named
    // at least three times and at least twice as often as anyone else in view. Otherwise the
    // title stays unresolved.
    static std::size_t person_in_view(const DocumentState& state, bool feminine, std::string_view canonical,
                                      std::string_view country, bool any_title = false) {
        constexpr std::size_t near = 2;   // this sentence and the two before it
        constexpr std::size_t far = 5;    // for the person the report is about
        static constexpr std::string_view epithets[] = {"activist",     "analyst",  "christian democrat",
                                                        "conservative", "dissident", "economist",
                                                        "expert",       "liberal",  "politician",
                                                        "researcher",   "social democrat"};
        const bool epithet = any_title || std::find(std::begin(epithets), std::end(epithets), canonical) != std::end(epithets);
        const std::size_t none = state.people.size();
        std::size_t near_count = 0, near_one = none, most = none, runner_up = 0;
        for (std::size_t k = 0; k < state.people.size(); ++k) {
            if (state.people_last_sentence[k] + far < state.sentence || state.people[k].name.empty()) continue;
            // "sagte die Angeklagte" with Beate Zschäpe and Uwe Böhnhardt in view: a person of the
            // other gender is not a candidate, and does not make the one who fits ambiguous. Not
            // for a noun the lexicon does not know: "die Parteispitze" is a body, not a woman.
            if (!any_title && known_other_gender(state, k, feminine)) continue;
            if (state.people_last_sentence[k] + near >= state.sentence) {
                ++near_count;
                near_one = k;
            }
            if (most == none || state.people_mentions[k] > state.people_mentions[most]) {
                if (most != none) runner_up = state.people_mentions[most];
                most = k;
            } else {
                runner_up = std::max(runner_up, state.people_mentions[k]);
            }
        }
        std::size_t chosen = near_one;
        if (near_count != 1) {
            if (most == none || state.people_mentions[most] < 3 || state.people_mentions[most] < 2 * runner_up) return none;
            chosen = most;
        }
        // "der norwegische Sozialdemokrat" is nobody of another country.
        if (!country.empty() && !state.people[chosen].country.empty() && state.people[chosen].country != country) return none;
        // Only someone whose given name or title tells the gender: the recogniser's weakest
        // names ("Landes Attentatspläne") must not gather the bare titles around them.
        const std::string& name = state.people[chosen].name;
        const bool titled = !state.people[chosen].role.empty();
        const lexicon::Gender gender = lexicon::first_name_gender(std::string_view(name).substr(0, name.find(' ')));
        if (gender == lexicon::Gender::unknown && !titled) return none;
        const bool chosen_feminine = gender == lexicon::Gender::unknown ? state.people_feminine[chosen] : gender == lexicon::Gender::feminine;
        if (chosen_feminine != feminine) return none;
        if (titled && !epithet) return none;
        return chosen;
    }

    // Whether person k is known to be of the other gender than a mention whose article or
    // ending says `feminine`: by a listed given name, or, for a masculine mention, by an earlier
    // feminine title form ("Ministerin").
    static bool known_other_gender(const DocumentState& state, std::size_t k, bool feminine) {
        const std::string& name = state.people[k].name;
        const lexicon::Gender gender = lexicon::first_name_gender(std::string_view(name).substr(0, name.find(' ')));
        if (gender != lexicon::Gender::unknown) return (gender == lexicon::Gender::feminine) != feminine;
        return !feminine && state.people_feminine[k];
    }

    // A description that names person `index` of the document ("der Außenminister", "sagt der
    // Segler"): it keeps its own words and role, and takes the person's name, and the country
    // if it has none; a mention of that person.
    static void refer_to_person(DocumentState& state, std::size_t index, Mention& m) {
        const Actor& earlier = state.people[index];
        touch(state, index);
        m.actor.name = earlier.name;
        if (m.actor.name.empty()) {
            Actor described = earlier;
            name_unnamed_antecedent(described);
            m.actor.name = described.name;
        }
        if (m.actor.country.empty()) m.actor.country = earlier.country;
        m.pronoun = true;
    }

    // The German article of one known referent: "der Ökonom", "die Ministerin"; "die" before a
    // masculine form is a plural ("die Ökonomen").
    static bool is_definite_singular(std::string_view article, bool feminine) noexcept {
        if (feminine) return article == "die" || article == "Die";
        return article == "der" || article == "Der";
    }

    static bool is_indefinite_article(std::string_view word) noexcept {
        static constexpr std::string_view articles[] = {"ein", "eine", "einem", "einen", "einer", "eines", "Ein", "Eine",
                                                        "Einem", "Einen", "Einer", "Eines", "a", "an", "A", "An"};
        return std::find(std::begin(articles), std::end(articles), word) != std::end(articles);
    }

    // Whether token i stands inside a quotation that opens in this sentence, or carries over
    // into it ('"So unless ..., the home secretary could ...').
    static bool inside_quote(const std::vector<SentenceToken>& tokens, std::size_t i) noexcept {
        std::size_t marks = 0;
        for (std::size_t k = 0; k < i; ++k)
            marks += tokens[k].text == "\"" || tokens[k].text == "\xE2\x80\x9C" || tokens[k].text == "\xE2\x80\x9D";
        return marks % 2 == 1;
    }

    // Whether person k is more salient than person `best` (people.size() for none yet): named
    // in a later sentence, or earlier in the same one.
    static bool more_salient(const DocumentState& state, std::size_t k, std::size_t best) noexcept {
        return best == state.people.size() || state.people_last_sentence[k] > state.people_last_sentence[best] ||
               (state.people_last_sentence[k] == state.people_last_sentence[best] &&
                state.people_order[k] < state.people_order[best]);
    }

    // One holder at a time, whom a report may name first without the title: "the prime
    // minister", "the Tory leader", "the chancellor". Not "the spokesman" or "the official",
    // who are new people.
    static bool names_an_office(std::string_view canonical) noexcept {
        static constexpr std::string_view heads[] = {"chancellor", "chairman",  "commissioner", "governor", "leader",
                                                     "mayor",      "minister",  "premier",      "president", "secretary"};
        for (std::string_view head : heads)
            if (detail::ends_with(canonical, head)) return true;
        return false;
    }
    // "Michael Howard", not "National Insurance" or "Key Stages", which two capitals also make.
    static bool has_known_first_name(std::string_view name) noexcept {
        const std::size_t space = name.find(' ');
        return space != std::string_view::npos && !detail::ends_with(name, "'s") &&
               lexicon::find_first_name(name.substr(0, space)) != nullptr;
    }

    // "Michael Howard is to make a pitch ... But the Tory leader will argue": English reports
    // name a person first and the office later. A definite bare title that no earlier holder
    // explains is the most salient person of the last three sentences who holds no other title,
    // was not named in this sentence (there the title is someone else) and may serve that country.
    // The person then holds the title for the rest of the document.
    static void holder_named_without_title(const std::string& canonical_title, bool quoted, DocumentState& state,
                                           Mention& m, bool holds_it_now = true) {
        constexpr std::size_t window = 3;
        std::size_t best = state.people.size();
        for (std::size_t k = 0; k < state.people.size(); ++k) {
            const Actor& person = state.people[k];
            if (!person.role.empty() || !has_known_first_name(person.name) || state.people_last_sentence[k] >= state.sentence ||
                state.people_last_sentence[k] + window < state.sentence || (m.feminine && !state.people_feminine[k]) ||
                (!m.actor.country.empty() && !person.country.empty() && person.country != m.actor.country))
                continue;
            if (more_salient(state, k, best)) best = k;
        }
        if (best == state.people.size()) return;
        m.actor.name = state.people[best].name;
        if (m.actor.country.empty()) m.actor.country = state.people[best].country;
        m.pronoun = true;
        // Inside a quote the title is what the speaker talks about: it must not become the
        // subject a following "He warned" points back to.
        if (!quoted) touch(state, best);
        if (!holds_it_now) return;  // "the former Labour leader" holds no title now
        state.people[best].role = m.actor.role;
        state.by_role[canonical_title + '|' + m.actor.country] = best;
        state.by_role[canonical_title + "|*"] = best;
    }

    // "the former minister", "der ehemalige Minister": someone who held the office before, whom
    // a report names first and describes by the office afterwards.
    static bool names_a_past_holder(std::string_view word) noexcept {
        if (word == "former" || word == "outgoing") return true;
        static constexpr std::string_view stems[] = {"ehemalig", "einstig", "früher"};
        for (std::string_view stem : stems)
            if (word.substr(0, stem.size()) == stem && word.size() <= stem.size() + 2)  // "ehemalige", "früheren"
                return true;
        return false;
    }

    static bool names_another_holder(std::string_view word) noexcept {
        static constexpr std::string_view stems[] = {"designiert", "ehemalig", "einstig", "former", "future",
                                                     "früher",     "incoming", "künftig", "neu",     "new",
                                                     "next",       "nächst",   "outgoing", "previous", "scheidend",
                                                     "vorig"};
        for (std::string_view stem : stems)
            if (word.substr(0, stem.size()) == stem && word.size() <= stem.size() + 2)  // "neu", "neuen"
                return true;
        return false;
    }

    // Counts a mention of person `index`: salience for pronouns. `named`: by a name or title,
    // not by a pronoun.
    static void touch(DocumentState& state, std::size_t index, bool named = true) {
        ++state.people_mentions[index];
        if (state.people_last_sentence[index] != state.sentence) state.people_order[index] = ++state.clock;
        state.people_last_sentence[index] = state.sentence;
        if (named) state.people_named_sentence[index] = state.sentence;
    }

    void remember_person(const Mention& m, const std::string& canonical_title, DocumentState& state) const {
        std::size_t index = state.people.size();
        for (std::size_t k = 0; k < state.people.size(); ++k)
            if (!m.actor.name.empty() && state.people[k].name == m.actor.name) index = k;
        if (index == state.people.size()) {
            state.people.push_back(m.actor);
            state.people_feminine.push_back(m.feminine);
            state.people_mentions.push_back(0);
            state.people_last_sentence.push_back(state.sentence);
            state.people_named_sentence.push_back(state.sentence);
            state.people_order.push_back(++state.clock);
        } else {
            if (state.people[index].country.empty()) state.people[index].country = m.actor.country;
            if (state.people[index].role.empty()) state.people[index].role = m.actor.role;
            state.people_feminine[index] = state.people_feminine[index] || m.feminine;
        }
        touch(state, index);
        const std::size_t space = m.actor.name.rfind(' ');
        state.by_surname[space == std::string::npos ? m.actor.name : m.actor.name.substr(space + 1)] = index;
        if (!canonical_title.empty()) {
            state.by_role[canonical_title + '|' + m.actor.country] = index;
            state.by_role[canonical_title + "|*"] = index;
            if (const std::size_t space = canonical_title.rfind(' '); space != std::string::npos) {
                const std::string head = canonical_title.substr(space + 1);
                state.by_role_head[head + '|' + m.actor.country] = index;
                state.by_role_head[head + "|*"] = index;
            }
        }
    }

    void analyze_sentence(std::string_view text, Span sentence, Language language, DocumentState& state,
                          AnalyzedSentence& out) const {
        out.span = sentence;
        std::string lowered;  // the lower-cased tokens' bytes, which their views point into
        std::vector<SentenceToken> tokens;
        lowered_tokens(text, sentence, lowered, tokens);
        std::vector<Candidate> found;
        state.title_case = language == Language::english && is_title_case(tokens);

        // Dates first: their words ("Mai", "Montag") must not become names.
        std::vector<DateMention> dates;
        find_dates(text, sentence, language, dates);
        std::vector<char> taken(tokens.size(), 0);
        for (const DateMention& date : dates) {
            Candidate c;
            bool any = false;
            for (std::size_t k = 0; k < tokens.size(); ++k) {
                if (tokens[k].span.begin >= date.span.begin && tokens[k].span.end <= date.span.end) {
                    if (!any) c.first = k;
                    c.last = k + 1;
                    any = true;
                }
            }
            if (!any) continue;
            c.mention.type = MentionType::date;
            c.mention.letter = detail::letter::date;
            c.mention.span = date.span;
            c.mention.date = date.expression;
            for (std::size_t k = c.first; k < c.last; ++k) taken[k] = 1;
            found.push_back(std::move(c));
        }

        for (std::size_t i = 0; i < tokens.size();) {
            if (taken[i] || !tokens[i].word) {
                ++i;
                continue;
            }
            if (language == Language::german && compound_owners(text, tokens[i], i, found)) {
                taken[i] = 1;
                ++i;
                continue;
            }
            Candidate c;
            if (recognize_at(text, tokens, i, taken, language, state, c)) {
                refer_to_organisation(tokens, c, state);
                bool free = true;
                for (std::size_t k = c.first; k < c.last; ++k) free = free && !taken[k];
                if (free && c.last > i) {
                    for (std::size_t k = c.first; k < c.last; ++k) taken[k] = 1;
                    if (c.mention.type == MentionType::actor && c.mention.actor.kind == ActorKind::country &&
                        !c.mention.pronoun && !c.mention.actor.name.empty()) {
                        state.last_country = c.mention.actor;
                        state.last_country_sentence = state.sentence;
                        remember_country(c.mention.actor, state);
                    }
                    i = c.last;
                    found.push_back(std::move(c));
                    continue;
                }
            }
            ++i;
        }

        // By offset: the owners of one compound share a token.
        std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
            return a.mention.span.begin < b.mention.span.begin;
        });
        merge_appositions(text, tokens, found, state);
        if (language == Language::english) {
            take_possessive_owner_country(text, tokens, found);
            remember_english_speakers(tokens, found, state);
        } else {
            remember_german_speakers(tokens, found, state);
        }
        count_adjective_votes(tokens, found, language, state);
        build_shadow(text, sentence, found, out);
    }

    static bool is_honorific_token(std::string_view word) noexcept {
        return word == "Mr" || word == "Mrs" || word == "Ms" || word == "Miss" || word == "Dr" || word == "Sir" ||
               word == "Lord" || word == "Lady";
    }

    // "Mr Milburn said", "said Mr Bell", "Mr Pound, who is now married, said": the person a verb
    // of saying follows or precedes is the one speaking, whom a later '"...," he said' means.
    static void remember_english_speakers(const std::vector<SentenceToken>& tokens, const std::vector<Candidate>& found,
                                          DocumentState& state) {
        for (const Candidate& c : found) {
            if (c.mention.type != MentionType::actor || c.mention.actor.kind != ActorKind::person || c.mention.actor.name.empty())
                continue;
            // "Mr Milburn", "Foreign Secretary Jack Straw", "Alan Milburn"; not "Against Cruel
            // Sports said", which two capitals made a person.
            if (!c.mention.pronoun && c.mention.actor.role.empty() && !has_known_first_name(c.mention.actor.name) &&
                !is_honorific_token(tokens[c.first].text))
                continue;
            // "said Mr Bell." but not "said Muslim, Jewish and ... schools must".
            const bool inverted = c.first > 0 && english_reporting_verb_at(tokens, c.first - 1) &&
                                  (c.last >= tokens.size() || (!tokens[c.last].word && tokens[c.last].text != ","));
            bool speaks = inverted || english_reporting_verb_at(tokens, c.last);
            if (!speaks && c.last < tokens.size() && tokens[c.last].text == ",") {
                // An apposition or relative clause between the speaker and the verb.
                for (std::size_t k = c.last + 1; k < tokens.size() && k <= c.last + 15 && !speaks; ++k)
                    if (tokens[k].text == ",") speaks = english_reporting_verb_at(tokens, k + 1);
            }
            if (!speaks) continue;
            for (std::size_t k = 0; k < state.people.size(); ++k)
                if (state.people[k].name == c.mention.actor.name) {
                    state.last_speaker = k;
                    state.last_speaker_sentence = state.sentence;
                }
            // The first speaker of a sentence is its main clause's: "Mr Clarke said he had
            // supported the plans when Mr Blunkett argued for them".
            return;
        }
    }

    // Verbs that close German reported speech with their subject after them, beyond the
    // reporting verbs: ", unterstrich er", ", fügte sie hinzu", ", räumte er ein".
    static bool is_german_closing_verb(std::string_view word) noexcept {
        static constexpr std::string_view verbs[] = {
            "analysiert", "analysierte", "appelliert", "appellierte", "argumentiert",  "argumentierte", "bekräftigte",
            "beteuert",   "beteuerte",   "ergänzt",    "erläutert",   "erläuterte",    "fügte",         "mahnt",
            "mahnte",     "präzisierte", "resümierte", "räumte",      "unterstreicht", "unterstrich",   "versichert",
            "zeigte"};
        static_assert(detail::strictly_ascending(verbs), "sorted for the binary search");
        return detail::contains_sorted(verbs, word);
    }

    // Konjunktiv I forms that carry German reported speech on without a verb of saying of its
    // own: "Die Lage sei ernst. Man habe ... gewarnt."
    static bool is_konjunktiv_one(std::string_view word) noexcept {
        static constexpr std::string_view forms[] = {"bleibe", "brauche", "dürfe", "fehle",  "gebe",  "gehe",
                                                     "habe",   "komme",   "könne", "liege",  "müsse", "sei",
                                                     "seien",  "solle",   "stehe", "werde",  "wisse", "wolle"};
        static_assert(detail::strictly_ascending(forms), "sorted for the binary search");
        return detail::contains_sorted(forms, word);
    }

    // German counterpart of remember_english_speakers: "Merkel betonte", ", sagte Merkel", ",
    // versicherte am Freitag der Vizechef der Präsidialverwaltung Andej Taranow". The person a
    // verb of saying follows or precedes speaks; a later ", sagte er" or "Er betonte" after
    // reported speech that named others means that person (refer_back). Also notes whether the
    // sentence only carries reported speech on (Konjunktiv I, no verb of saying): the people it
    // names are what was said, not who said it.
    static void remember_german_speakers(const std::vector<SentenceToken>& tokens, const std::vector<Candidate>& found,
                                         DocumentState& state) {
        // A sentence in Konjunktiv I without a verb of saying reports what another said; the verbs
        // are looked for only where the Konjunktiv is, most sentences have none.
        bool konjunktiv = false, speech = false;
        for (const SentenceToken& token : tokens) konjunktiv = konjunktiv || (token.word && is_konjunktiv_one(token.text));
        for (const SentenceToken& token : tokens) {
            if (!konjunktiv || speech) break;
            speech = token.word && (is_reporting_verb(token.text) || is_statement_verb(token.text));
        }
        if (state.reported_sentences.size() < state.sentence) state.reported_sentences.resize(state.sentence, false);
        if (state.sentence > 0) state.reported_sentences[state.sentence - 1] = konjunktiv && !speech;
        std::size_t previous_end = 0;  // where the actor before this one ends
        for (const Candidate& c : found) {
            if (c.mention.type != MentionType::actor) continue;
            const std::size_t after_previous = previous_end;
            previous_end = c.last;
            if (c.mention.actor.kind != ActorKind::person || c.mention.actor.name.empty()) continue;
            bool speaks = c.last < tokens.size() && tokens[c.last].word && is_statement_verb(tokens[c.last].text);
            // The verb up to six words before, with no other actor between: "sagte am Montag der ...".
            // Only verbs that take no object, lest "Die SPD kritisierte Merkel" make Merkel speak.
            // A pronoun right after a verb is its subject whatever the verb ("kritisierte er").
            for (std::size_t k = c.first; !speaks && k-- > after_previous && c.first - k <= 6;) {
                if (!tokens[k].word) break;
                if (is_reporting_verb(tokens[k].text) || is_german_closing_verb(tokens[k].text) ||
                    (c.mention.pronoun && k + 1 == c.first && is_statement_verb(tokens[k].text))) {
                    speaks = true;
                    break;
                }
            }
            if (!speaks) continue;
            for (std::size_t k = 0; k < state.people.size(); ++k)
                if (state.people[k].name == c.mention.actor.name) {
                    state.last_speaker = k;
                    state.last_speaker_sentence = state.sentence;
                }
            return;  // the first speaker of a sentence is its main clause's
        }
    }

    // "the Palestinian militant group #39;s leaders", "Iraq's interim government": a title
    // without a country serves its owner's. AG News escapes the apostrophe ("#39;s"), which
    // leaves owner and title two mentions.
    // A lower-case word that may describe the person named after it ("entrepreneur", "aid
    // worker"), not a verb or a function word ("said", "and", "welcomes").
    static bool describes_a_person(const SentenceToken& token) noexcept {
        static constexpr std::string_view stop[] = {"and", "as", "at", "by", "for", "from", "in", "of", "on", "or",
                                                    "than", "that", "the", "to", "with"};
        const std::string_view w = token.text;
        if (!token.word || w.size() < 3 || w[0] < 'a' || w[0] > 'z' || is_speech_verb(w) || is_english_auxiliary(w) ||
            std::find(std::begin(stop), std::end(stop), w) != std::end(stop) || detail::ends_with(w, "ed") ||
            (detail::ends_with(w, "s") && !detail::ends_with(w, "ss")))
            return false;
        return std::all_of(w.begin(), w.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || ch == '-'; });
    }

    static bool is_possessive_between(std::string_view between) noexcept {
        return between == "#39;s" || between == "'s" || between == "\xE2\x80\x99s";
    }

    // "Prime Minister Tony Blair's official spokesman": an owner whose last word is the
    // possessive serves its country to the title after it as well; and a country's possessive
    // before a person names that person's country ("Iraq #39;s Ayad Allawi").
    void take_possessive_owner_country(std::string_view text, const std::vector<SentenceToken>& tokens,
                                       std::vector<Candidate>& found) const {
        for (std::size_t k = 1; k < found.size(); ++k) {
            const Mention& owner = found[k - 1].mention;
            Mention& owned = found[k].mention;
            // "the UN #39;s nuclear watchdog": an international body's office has no country.
            if (owner.type == MentionType::actor && is_international_body(owner.actor.name) &&
                owned.type == MentionType::actor && owned.actor.country.empty() &&
                !owned.actor.role.empty() && owner.span.end < owned.span.begin &&
                is_possessive_between(detail::text_between(text, owner.span, owned.span)))
                owned.country_known = true;
            if (owner.type != MentionType::actor || owner.actor.country.empty() || owned.type != MentionType::actor ||
                !owned.actor.country.empty() || owned.pronoun || owner.span.end >= owned.span.begin)
                continue;
            const bool person_of_country = owner.actor.kind == ActorKind::country && owned.actor.kind == ActorKind::person;
            if (owned.actor.role.empty() && owned.actor.kind != ActorKind::organisation && !person_of_country) continue;
            const std::string_view between = detail::text_between(text, owner.span, owned.span);
            const bool owner_possessive = !possessive_base(owner.span.of(text)).empty() &&
                                          between.find_first_not_of(" ") == std::string_view::npos;
            if (is_possessive_between(between) || owner_possessive) {
                owned.actor.country = owner.actor.country;
                owned.country_known = true;
            }
        }
        // "UK entrepreneur Richard Branson", "Iraqi kidnap victim Margaret Hassan": one or two
        // lower-case nouns between a country and a name describe the person as that country's.
        for (std::size_t k = 1; k < found.size(); ++k) {
            const Mention& owner = found[k - 1].mention;
            Mention& person = found[k].mention;
            if (owner.type != MentionType::actor || owner.actor.country.empty() || owner.pronoun ||
                !(owner.actor.kind == ActorKind::country || (owner.actor.kind == ActorKind::group && owner.actor.role.empty())) ||
                person.type != MentionType::actor || person.actor.kind != ActorKind::person || !person.actor.country.empty() ||
                person.pronoun || !person.actor.role.empty() || person.actor.name.empty())
                continue;
            const std::size_t gap = found[k].first - found[k - 1].last;
            bool describes = gap >= 1 && gap <= 2;
            for (std::size_t t = found[k - 1].last; describes && t < found[k].first; ++t)
                describes = describes_a_person(tokens[t]);
            if (describes) {
                person.actor.country = owner.actor.country;
                person.country_known = true;
            }
        }
        // "Iraq's Ayad Allawi", "Russia's Emergencies Ministry": the possessive is no mention of its own.
        for (Candidate& c : found) {
            Mention& owned = c.mention;
            if (owned.type != MentionType::actor || !owned.actor.country.empty() || owned.country_known || owned.pronoun || c.first == 0 ||
                (owned.actor.kind != ActorKind::person && owned.actor.kind != ActorKind::organisation && owned.actor.role.empty()))
                continue;
            if (const lexicon::CountryForm* form = possessive_country(tokens, c.first - 1)) {
                owned.actor.country = std::string(form->alpha3);
                owned.country_known = true;
            }
        }
    }

    // "German unemployment rose": an adjective of a country outside any mention says what the
    // report is about, as a mention would.
    void count_adjective_votes(const std::vector<SentenceToken>& tokens, const std::vector<Candidate>& found, Language language,
                               DocumentState& state) const {
        std::size_t next = 0;  // the first candidate that may cover token k
        for (std::size_t k = 0; k < tokens.size(); ++k) {
            while (next < found.size() && found[next].last <= k) ++next;
            if (next < found.size() && found[next].first <= k) continue;
            // German writes adjectives in lower case: a capitalised "Deutsch" is a name or a noun.
            if (!tokens[k].word || (language == Language::german && detail::is_upper_initial(tokens[k].text))) continue;
            const lexicon::CountryForm* adjective = country_adjective(tokens[k]);
            // "in Iraq's five-month-old hostage crisis": a country's possessive says it as well.
            if (adjective == nullptr && language == Language::english) adjective = possessive_country(tokens, k);
            if (adjective != nullptr) {
                auto vote = std::find_if(state.adjective_votes.begin(), state.adjective_votes.end(),
                                         [&](const auto& entry) { return entry.first == adjective->alpha3; });
                if (vote == state.adjective_votes.end())
                    state.adjective_votes.emplace_back(std::string(adjective->alpha3), 1);
                else
                    ++vote->second;
            }
        }
    }

    // The tokens of "Das Land", "The country", "The island state" opening a sentence, or 0. Not
    // an owner ("The country's central bank"), whose head noun is the actor.
    static std::size_t country_noun(const std::vector<SentenceToken>& tokens, Language language) noexcept {
        const auto at = [&](std::size_t k) { return k < tokens.size() ? tokens[k].text : std::string_view(); };
        std::size_t n = 0;
        if (language == Language::german) {
            if (at(0) == "Das" && at(1) == "Land") n = 2;
        } else if (at(0) == "The") {
            if (at(1) == "country" || at(1) == "nation") n = 2;
            else if (at(1) == "island" && (at(2) == "state" || at(2) == "nation")) n = 3;
        }
        if (n == 0 || at(n) == "'s" || at(n) == "'" || at(n) == "#" || at(n) == "-") return 0;
        return n;
    }

    // A sum of money at tokens[i], as the number of tokens it spans, or 0: "$320m", "Â£5.5bn",
    // "210 million dollars", "30m euros", "500 Millionen Euro", "72 Mrd. Dollar". What is asked for
    // is often only a sum ("asking for about $320m from the IMF"), so a sum is an aid item
    // (financial). A bare number ("500 Millionen") is not: it may count people.
    // `from` is set to the byte where the sum begins: a "$" before the number is punctuation, no
    // token of the sum.
    static std::size_t money_amount(const std::vector<SentenceToken>& tokens, std::size_t i, std::size_t& from) noexcept {
        // Sorted for a binary search: the number words are looked up at every token.
        static constexpr std::string_view currencies[] = {
            "dollar", "dollars", "euro", "euros", "francs", "franken", "pfund", "pound", "pounds",
            "roubles", "rubel", "rubles", "rupees", "rupien", "us-dollar", "yen", "yuan"};
        static constexpr std::string_view scales[] = {"billion", "billions", "bn", "m", "milliarde", "milliarden", "million",
                                                      "millionen", "millions", "mio", "mn", "mrd", "trillion"};
        static constexpr std::string_view number_words[] = {
            "acht", "drei", "eight", "einige", "five", "four", "fünf", "hundert", "hundred", "mehrere", "neun", "nine",
            "sechs", "seven", "several", "sieben", "six", "ten", "three", "twenty", "two", "vier", "zehn", "zwanzig",
            "zwei", "zwölf"};
        static_assert(detail::strictly_ascending(currencies) && detail::strictly_ascending(scales) &&
                      detail::strictly_ascending(number_words));
        static_assert([] {
            for (std::string_view scale : scales)
                if (scale[0] != 'b' && scale[0] != 'm' && scale[0] != 't') return false;
            return true;
        }(), "may_be_scale below tests these first letters");
        const auto in = [](std::string_view word, const auto& list) { return detail::contains_sorted(list, word); };
        const auto digit = [](std::string_view word, std::size_t at) {
            return at < word.size() && std::isdigit(static_cast<unsigned char>(word[at])) != 0;
        };
        std::size_t j = i;
        bool currency = false;
        std::string_view number;
        from = tokens[i].span.begin;
        if (i > 0 && tokens[i - 1].text == "$" && digit(tokens[i].text, 0)) {
            currency = true;
            from = tokens[i - 1].span.begin;
            number = tokens[i].lower;
        } else {
            static constexpr std::string_view signs[] = {"£", "Â£", "€"};  // "Â£": the BBC texts' mojibake
            number = tokens[j].lower;
            for (std::string_view sign : signs)
                if (tokens[j].text.substr(0, sign.size()) == sign && digit(number, sign.size())) {
                    currency = true;
                    number.remove_prefix(sign.size());
                }
        }
        const bool numeral = digit(number, 0);
        // A number in words is money only before a scale ("zwei Milliarden Euro"), and every scale
        // opens with b, m or t: most words end here without a lookup.
        const auto may_be_scale = [&](std::size_t at) {
            return at < tokens.size() && !tokens[at].lower.empty() &&
                   (tokens[at].lower[0] == 'b' || tokens[at].lower[0] == 'm' || tokens[at].lower[0] == 't');
        };
        if (!numeral && (!may_be_scale(j + 1) || !in(number, number_words))) return 0;
        ++j;
        // "1,7 Milliarden": the German decimal comma splits the number into three tokens.
        if (numeral && j + 1 < tokens.size() && tokens[j].text == "," && digit(tokens[j + 1].text, 0) &&
            number.find_first_not_of("0123456789") == std::string_view::npos) {
            number = tokens[j + 1].lower;
            j += 2;
        }
        // "320m", "5.5bn": the scale is part of the number.
        std::size_t k = 0;
        while (k < number.size() && (digit(number, k) || number[k] == '.' || number[k] == ',')) ++k;
        bool scaled = numeral && k < number.size() && in(number.substr(k), scales);
        if (numeral && k < number.size() && !scaled) return 0;
        if (!scaled && j < tokens.size() && in(tokens[j].lower, scales)) {
            scaled = true;
            ++j;
            if (j < tokens.size() && tokens[j].text == "." && (tokens[j - 1].lower == "mio" || tokens[j - 1].lower == "mrd")) ++j;
        }
        if (j < tokens.size() && in(tokens[j].lower, currencies)) {
            currency = true;
            ++j;
        }
        if (!currency || (!numeral && !scaled)) return 0;
        return j - i;
    }

    // "Israeli Forces Thrust Into Northern Gaza": an English headline in Title Case capitalises
    // verbs and prepositions, so two capitalised words there are no evidence of a name.
    static bool is_title_case(const std::vector<SentenceToken>& tokens) noexcept {
        std::size_t words = 0, capitalised = 0, capitalised_function_words = 0;
        for (const SentenceToken& token : tokens) {
            if (!token.word || token.text.empty() || !std::isalpha(static_cast<unsigned char>(token.text[0]))) continue;
            ++words;
            if (detail::is_upper_initial(token.text)) {
                ++capitalised;
                if (&token != &tokens.front() && detail::is_function_word(token.text)) ++capitalised_function_words;
            }
        }
        return words >= 4 && 4 * capitalised >= 3 * words &&
               (capitalised_function_words > 0 || capitalised == words);
    }

    bool recognize_at(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i,
                      const std::vector<char>& taken, Language language, DocumentState& state, Candidate& c) const {
        const SentenceToken& token = tokens[i];
        const std::string_view lowered = token.lower;
        (void)taken;

        if (plural_pair(text, tokens, i, language, state, c)) return true;
        if (visitor_possessive(text, tokens, i, language, state, c)) return true;

        // Aid items: multi-word forms first ("humanitäre Hilfe", "air defence systems").
        {
            const lexicon::AidItem* item = nullptr;
            std::size_t n = match_form(gazetteer_->items(), tokens, i, true, &item);
            const lexicon::AidItem* head = nullptr;
            if (n == 0 && language == Language::german && token.text.size() >= 6) head = gazetteer_->compound_item(lowered);
            if (n == 0 && head == nullptr) {
                std::string_view rest;
                if (country_prefix(token.text, &rest) != nullptr) {
                    std::string r = lower(rest);
                    const auto* b = gazetteer_->items().find(r);
                    if (b != nullptr && b->front().words.size() == 1) head = b->front().entry;
                    else if (language == Language::german) head = gazetteer_->compound_item(r);
                }
            }
            // A body named after an item is the body: "the Food and Agriculture Organisation".
            const lexicon::Organisation* org = nullptr;
            const bool body_named_after_item =
                n > 0 && detail::is_upper_initial(token.text) && organisation_form_at(tokens, i, &org) > n;
            if (n == 0 && head == nullptr) {
                std::size_t from = 0;
                if (const std::size_t sum = money_amount(tokens, i, from); sum > 0) {
                    c.first = i;
                    c.last = i + sum;
                    c.mention.type = MentionType::item;
                    c.mention.letter = detail::letter::item;
                    c.mention.span = Span{from, tokens[i + sum - 1].span.end};
                    c.mention.item = "money";
                    c.mention.category = AidCategory::financial;
                    return true;
                }
            }
            if (!body_named_after_item && (n > 0 || head != nullptr)) {
                if (n == 0) { item = head; n = 1; }
                c.first = i;
                c.last = i + n;
                c.mention.type = MentionType::item;
                c.mention.letter = detail::letter::item;
                c.mention.span = Span{tokens[i].span.begin, tokens[i + n - 1].span.end};
                c.mention.item = std::string(item->canonical);
                c.mention.category = static_cast<AidCategory>(item->category);
                return true;
            }
        }

        if (capitalised_dateline(text, tokens, i, language, c)) return true;
        if (language == Language::german) {
            // "der 72-Jährige" after its article; "sagte ein Betreuer" (see speaker_after_speech_verb).
            if (is_age_noun(token.text) && i > 0 &&
                (tokens[i - 1].text == "der" || tokens[i - 1].text == "Der" || tokens[i - 1].text == "die" ||
                 tokens[i - 1].text == "Die"))
                return refer_back(text, tokens, i, tokens[i - 1].text == "die" || tokens[i - 1].text == "Die", state, c);
            if (speaker_after_speech_verb(text, tokens, i, state, c)) return true;
            if (speaker_before_statement_verb(text, tokens, i, c)) return true;
            if (demonstrative_speaker(text, tokens, i, state, c)) return true;
            if (office_of_person(text, tokens, i, state, c)) return true;
        } else if (unknown_english_speaker(text, tokens, i, c) || source_after_according(text, tokens, i, state.title_case, c)) {
            return true;
        }

        // "Das Land hat ... beantragt", "The island state is asking for ...": a sentence that opens
        // with a definite noun for a country speaks of the country named last, within three sentences.
        if (i == 0 && !state.last_country.name.empty() && state.last_country_sentence + 3 >= state.sentence) {
            if (const std::size_t n = country_noun(tokens, language); n > 0) {
                start_actor(c, 0, n, detail::letter::pronoun, ActorKind::country);
                c.mention.actor = state.last_country;
                c.mention.pronoun = true;
                set_actor_text(text, tokens, 0, n, c.mention);
                return true;
            }
        }
        // "It said": a company or body named in the last three sentences.
        if ((token.text == "it" || token.text == "It") && next_is_speech_verb(tokens, i + 1) &&
            !state.last_organisation.name.empty() && state.last_organisation_sentence + 3 >= state.sentence) {
            start_actor(c, i, i + 1, detail::letter::pronoun, ActorKind::organisation);
            c.mention.actor = state.last_organisation;
            c.mention.pronoun = true;
            set_actor_text(text, tokens, i, i + 1, c.mention);
            return true;
        }
        // "GM said", "Continental also said": an acronym or the short form of a company named before.
        if (token.word && detail::is_upper_initial(token.text)) {
            const std::size_t verb = i + 1 < tokens.size() && (tokens[i + 1].text == "also" || tokens[i + 1].text == "auch") ? i + 2 : i + 1;
            // German: "Die NF streitet ... ab", "Der RH kritisierte": an article before, a verb of statements after.
            const bool german_subject = language == Language::german && i > 0 && verb < tokens.size() &&
                                        (tokens[i - 1].text == "Der" || tokens[i - 1].text == "Die" || tokens[i - 1].text == "Das" ||
                                         tokens[i - 1].text == "der" || tokens[i - 1].text == "die" || tokens[i - 1].text == "das") &&
                                        is_statement_verb(tokens[verb].text);
            const bool speaks = next_is_speech_verb(tokens, verb) || german_subject ||
                                (i > 0 && is_speech_verb(tokens[i - 1].text) && ends_clause(tokens, i + 1));
            if (auto known = state.organisations_by_word.find(std::string(token.text)); known != state.organisations_by_word.end()) {
                // The whole name again ("Grant Samuel said" after "investment firm Grant Samuel")
                // or its first word or initials alone ("GM said").
                const std::size_t n = name_spelled_at(tokens, i, known->second.name);
                start_actor(c, i, i + n, detail::letter::organisation, ActorKind::organisation);
                c.mention.actor = known->second;
                // "the EU said" after "the European Union": a body of states stays without a country.
                c.mention.country_known = !known->second.country.empty() || is_international_body(known->second.name);
                set_actor_text(text, tokens, i, i + n, c.mention);
                return true;
            }
            if (speaks && !detail::has_lower(token.text) && token.text.size() >= 2 && token.text.size() <= 6 &&
                std::all_of(token.text.begin(), token.text.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'); })) {
                const lexicon::CountryForm* form = nullptr;
                const lexicon::Organisation* org = nullptr;
                if (country_at(tokens, i, &form) == 0 && organisation_form_at(tokens, i, &org) == 0) {
                    start_actor(c, i, i + 1, detail::letter::organisation, ActorKind::organisation);
                    c.mention.actor.name = std::string(token.text);
                    set_actor_text(text, tokens, i, i + 1, c.mention);
                    return true;
                }
            }
        }

        // Pronouns resolve to the last person of matching gender.
        if (token.text == "er" || token.text == "Er" || token.text == "he" || token.text == "He" ||
            token.text == "sie" || token.text == "Sie" || token.text == "she" || token.text == "She") {
            return pronoun(text, tokens, i, state, c);
        }
        if (token.text == "ihn" || token.text == "ihm" || token.text == "him") return object_pronoun(text, tokens, i, state, c);

        // A multi-word organisation that opens with a title word: "General Motors", "General
        // Assembly" are not a general named Motors.
        {
            const lexicon::Organisation* org = nullptr;
            // Unless a person's title follows, whom the body qualifies: "a State Department spokesman".
            if (std::size_t n = organisation_form_at(tokens, i, &org);
                n >= 2 && is_title_at(tokens, i) && !(language == Language::english && is_person_title_at(tokens, i + n)))
                return organisation_at(text, tokens, i, n, *org, c);
        }

        if (language == Language::english && shared_title_after_and(text, tokens, i, c)) return true;

        // Country adjectives and modifiers before a title: "die stellvertretende Außenministerin",
        // "der russische Präsident", "ukrainische Diplomaten", "Ukrainisches Außenministerium".
        {
            std::size_t j = i;
            std::string country;
            bool international_owner = false;
            const lexicon::Organisation* owner_body = nullptr;  // "Hamas" of "Hamas militants"
            while (j < tokens.size() && tokens[j].word && j - i < 4) {
                if (std::size_t words = 0; language == Language::english) {
                    if (const auto* adjective = country_adjective_phrase(tokens, j, words)) {  // "a North Korean spokesman"
                        country = std::string(adjective->alpha3);
                        j += words;
                        continue;
                    }
                }
                if (auto* adjective = country_adjective(tokens[j])) {
                    country = std::string(adjective->alpha3);
                    ++j;
                    continue;
                }
                if (language == Language::german) {
                    // "Staats- und Regierungschefs": the first half of a coordinated compound, its
                    // hyphen a token of its own or not.
                    std::size_t k = j + 1;
                    if (tokens[j].text.back() != '-' && k < tokens.size() && tokens[k].text == "-") ++k;
                    const bool hyphenated = tokens[j].text.back() == '-' || k == j + 2;
                    if (hyphenated && k + 1 < tokens.size() && (tokens[k].text == "und" || tokens[k].text == "oder")) {
                        j = k + 1;
                        continue;
                    }
                }
                if (language == Language::english) {
                    // "US officials", "Electoral Commission spokeswoman", "Ofsted chief David Bell"
                    const lexicon::CountryForm* form = nullptr;
                    const lexicon::Organisation* org = nullptr;
                    std::size_t n = country_at(tokens, j, &form);
                    if (n > 0 && form->kind == lexicon::CountryFormKind::demonym) n = 0;
                    std::size_t m = n == 0 ? organisation_form_at(tokens, j, &org) : 0;
                    // "a North Korean Foreign Ministry spokesman": a body's title before a person's.
                    const lexicon::Title* body_title = nullptr;
                    std::string_view body_prefix;
                    if (n + m == 0 && detail::is_upper_initial(tokens[j].text)) {
                        if (const std::size_t k = title_at(tokens, j, &body_title, &body_prefix);
                            k > 0 && body_title->kind == lexicon::TitleKind::organisation && is_person_title_at(tokens, j + k)) {
                            j += k;
                            continue;
                        }
                    }
                    if (n + m > 0 && j + n + m < tokens.size() && is_title_at(tokens, j + n + m)) {
                        // "Russia's UN ambassador" serves Russia; "UN chief" no country.
                        if (country.empty()) {
                            country = n > 0 ? std::string(form->alpha3) : std::string(org->alpha3);
                            international_owner = n == 0 && is_international_body(org->canonical);
                        }
                        if (n == 0) owner_body = org;
                        j += n + m;
                        continue;
                    }
                }
                if (language == Language::english && j == i && j + 1 < tokens.size() && tokens[j].word &&
                    detail::is_upper_initial(tokens[j].text)) {
                    // "the Bush administration", "the Blair government": the leader's name says whose.
                    std::string owner;
                    const lexicon::Person* person = nullptr;
                    if (match_form(gazetteer_->people(), tokens, j, false, &person) == 1) owner = std::string(person->alpha3);
                    else if (auto known = state.by_surname.find(std::string(tokens[j].text)); known != state.by_surname.end())
                        owner = state.people[known->second].country;
                    const lexicon::Title* body = nullptr;
                    std::string_view prefix;
                    if (!owner.empty() && title_at(tokens, j + 1, &body, &prefix) == 1 &&
                        (body->canonical == "government" || body->canonical == "cabinet")) {
                        country = owner;
                        ++j;
                        continue;
                    }
                }
                if (language == Language::german && j == i) {
                    // "Syriens Führung", "Puerto Ricos Gouverneur", "Netanyahus Büro"
                    std::string owner;
                    if (std::size_t n = genitive_owner_at(tokens, j, state, owner);
                        n > 0 && j + n < tokens.size() && is_title_at(tokens, j + n)) {
                        country = owner;
                        j += n;
                        continue;
                    }
                }
                // Other modifiers ("die stellvertretende Außenministerin") only inside a noun
                // phrase that an article opens: "sagte Kanzler X" must not take "sagte" along.
                const bool in_noun_phrase = j > i || (i > 0 && detail::is_determiner(tokens[i - 1].text));
                // Not a verb that looks like one: "Das sagte Vizeparteichef X" ("Das" is no article here).
                if (language == Language::german && in_noun_phrase && detail::is_german_adjective_like(tokens[j].text) &&
                    !is_statement_verb(tokens[j].text)) {
                    ++j;
                    continue;
                }
                // "der Kiewer Politologe", "die Wiener Stadträtin": a town's adjective before a title.
                if (language == Language::german && in_noun_phrase && detail::is_upper_initial(tokens[j].text) &&
                    tokens[j].text.size() > 4 && detail::ends_with(tokens[j].text, "er") && j + 1 < tokens.size() &&
                    is_title_at(tokens, j + 1)) {
                    if (country.empty()) country = std::string(town_adjective_country(tokens[j].text));
                    ++j;
                    continue;
                }
                if (language == Language::english && j + 1 < tokens.size() && !detail::is_upper_initial(tokens[j].text) &&
                    (tokens[j].text == "deputy" || tokens[j].text == "former" || tokens[j].text == "acting" ||
                     tokens[j].text == "interim" || tokens[j].text == "new" || tokens[j].text == "top" ||
                     (tokens[j].text == "official" && is_title_at(tokens, j + 1)) ||  // "his official spokesman"
                     tokens[j].text == "senior" || (tokens[j].text == "chief" && is_title_at(tokens, j + 1)))) {
                    // "chief" is a title of its own before a name: "UN chief Kofi Annan".
                    ++j;
                    continue;
                }
                // "Iraq's electoral commission", "local officials": an adjective of scope before a title.
                if (language == Language::english && j + 1 < tokens.size() && is_english_scope_adjective(tokens[j].text) &&
                    !is_title_at(tokens, j) && is_title_at(tokens, j + 1)) {  // "central bank" is a title of its own
                    ++j;
                    continue;
                }
                // "Finland's consumer watchdog", "Russia's defence ministry": a noun that
                // qualifies the title after its owner.
                // "Russia's Emergencies Ministry": capitalised right after the owner's possessive.
                if (language == Language::english && j > i && !country.empty() && j + 1 < tokens.size() &&
                    tokens[j].word &&
                    (!detail::is_upper_initial(tokens[j].text) || (j == i + 1 && possessive_country(tokens, i) != nullptr)) &&
                    is_title_at(tokens, j + 1) && !is_title_at(tokens, j)) {
                    ++j;
                    continue;
                }
                if (language == Language::english && tokens[j].text.size() > 2 && detail::ends_with(tokens[j].text, "'s")) {
                    // "Russia's foreign minister"
                    const lexicon::CountryForm* form = nullptr;
                    std::string base(tokens[j].text.substr(0, tokens[j].text.size() - 2));
                    const auto* b = gazetteer_->countries().find(base);
                    if (b != nullptr) {
                        form = b->front().entry;
                        country = std::string(form->alpha3);
                        ++j;
                        continue;
                    }
                }
                break;
            }
            if (j < tokens.size() && tokens[j].word) {
                // A listed organisation that starts among the modifiers and runs past the title is
                // that organisation: "die (oppositionsnahe) Syrische Beobachtungsstelle für Menschenrechte".
                // The title's end is looked up only where a listed organisation starts (rare):
                // titled_actor looks the title up again, and this runs at most modifier words.
                bool listed_longer = false;
                std::size_t title_end = 0;  // 0: not looked up yet
                for (std::size_t k = i; k < j && !listed_longer; ++k) {
                    const lexicon::Organisation* org = nullptr;
                    const std::size_t n = organisation_form_at(tokens, k, &org);
                    if (n == 0) continue;
                    if (title_end == 0) {
                        const lexicon::Title* title = nullptr;
                        std::string_view prefix;
                        title_end = j + title_at(tokens, j, &title, &prefix);
                    }
                    if (k + n <= title_end) continue;
                    if (k == i) return organisation_at(text, tokens, i, n, *org, c);
                    listed_longer = true;  // the organisation is read from its first word
                }
                if (!listed_longer && titled_actor(text, tokens, i, j, country, state, c)) {
                    if (international_owner && c.mention.actor.country.empty()) c.mention.country_known = true;
                    // "Hamas militants ... the Islamic group": the body is named, and later "the
                    // group" is that body.
                    if (owner_body != nullptr && c.mention.actor.kind != ActorKind::organisation) {
                        Actor body;
                        body.name = std::string(owner_body->canonical);
                        body.country = std::string(owner_body->alpha3);
                        body.kind = ActorKind::organisation;
                        note_organisation(body, true, state);
                    }
                    return true;
                }
                if (j > i && !country.empty()) {
                    // A country adjective before an organisation name is unusual; stop here.
                }
            }
        }

        // Named organisations, possibly multi-word ("Vereinte Nationen", "White House").
        {
            const lexicon::Organisation* org = nullptr;
            if (std::size_t n = organisation_form_at(tokens, i, &org))
                return organisation_at(text, tokens, i, n, *org, c);
        }

        if (language == Language::german && named_body(text, tokens, i, c)) return true;
        if (language == Language::english && named_english_body(text, tokens, i, c)) return true;

        // "US-Vertreter", "EU-Kommission": a country or organisation prefix and a title head.
        {
            std::string_view head;
            if (const auto* form = country_prefix(token.text, &head)) {
                const lexicon::Title* title = nullptr;
                const auto* bucket = gazetteer_->titles().find(head);
                if (bucket != nullptr && bucket->front().words.size() == 1) title = bucket->front().entry;
                if (title != nullptr) {
                    start_actor(c, i, i + 1, letter_of(title->kind), actor_kind_of(title->kind));
                    c.mention.actor.role = std::string(token.text);
                    c.mention.actor.country = std::string(form->alpha3);
                    if (title->kind == lexicon::TitleKind::organisation) c.mention.actor.name = std::string(token.text);
                    set_actor_text(text, tokens, i, i + 1, c.mention);
                    return true;
                }
            }
        }

        // Countries, capitals as governments, abbreviations ("USA", "Kiew", "der Vereinigten Staaten").
        {
            const lexicon::CountryForm* form = nullptr;
            const std::size_t n = country_at(tokens, i, &form);
            if (n > 0) {
                if (company_named_after_country(text, tokens, i, n, c)) return true;
                c.first = i;
                c.last = i + n;
                c.mention.type = MentionType::actor;
                const bool people = form->kind == lexicon::CountryFormKind::demonym;
                c.mention.letter = people ? detail::letter::group : detail::letter::country;
                const bool dateline = !people && (is_dateline(tokens, i + n) ||
                                                  (i + n < tokens.size() && tokens[i + n].text == ":" && i == 0));
                if (!people && (after_locative_preposition(tokens, i) || dateline)) {
                    // "in Wien", "nach der Ukraine": a place here, not a government.
                    c.mention.type = MentionType::place;
                    c.mention.letter = detail::letter::place;
                    c.mention.dateline = dateline;
                }
                c.mention.actor.kind = people ? ActorKind::group : ActorKind::country;
                c.mention.actor.country = std::string(form->alpha3);
                if (const auto* country = lexicon::find_country(form->alpha3))
                    c.mention.actor.name = std::string(language == Language::german ? country->name_de : country->name_en);
                else
                    c.mention.actor.name = join(tokens, i, i + n);
                set_actor_text(text, tokens, i, i + n, c.mention);
                return true;
            }
        }

        if (capital_place(text, tokens, i, language, c)) return true;
        if (city_place(text, tokens, i, language, c)) return true;
        if (region_place(text, tokens, i, language, c)) return true;
        if (language == Language::german && unknown_abbreviation_body(text, tokens, i, c)) return true;

        // Companies by their legal or trade suffix: "Continental Airlines", "Royal Dutch Shell plc".
        if (is_name_token(token)) {
            const std::size_t n = name_at(tokens, i);
            std::size_t end = 0;
            if (n >= 2 && is_company_suffix(tokens[i + n - 1].text)) end = i + n;
            else if (n >= 1 && i + n < tokens.size() && is_company_suffix(tokens[i + n].text)) end = i + n + 1;
            if (end != 0) {
                start_actor(c, i, end, detail::letter::organisation, ActorKind::organisation);
                c.mention.actor.name = join(tokens, i, end);
                set_actor_text(text, tokens, i, end, c.mention);
                absorb_parenthesis(tokens, c);
                return true;
            }
        }

        // Person names: a surname seen before in this document (even one that is also a word of
        // another class: "Deutsch betonte" after "Oskar Deutsch"), or two or three name words.
        const bool name_token = is_name_token(token);
        const bool capitalised = detail::is_upper_initial(token.text) && !detail::is_function_word(token.text);
        auto known = name_token || capitalised ? state.by_surname.find(std::string(token.text)) : state.by_surname.end();
        // "der China-Besuch Gaucks", "das Treffen Merkels mit Putin": a surname seen before, in the
        // German genitive after a visit or meeting noun, is its party. Not after any noun: "Nach
        // der Absage Obamas kündigte die Firma ... an" would make Obama the speaker.
        if (known == state.by_surname.end() && language == Language::german && capitalised && token.text.size() > 4 &&
            token.text.back() == 's' && i > 1 && tokens[i - 1].word && detail::is_upper_initial(tokens[i - 1].text)) {
            static constexpr std::string_view meeting_nouns[] = {"besuch", "besuchs", "reise", "treffen", "treffens",
                                                                 "visite", "gespräch", "gespräche", "telefonat"};
            if (detail::ends_with_any(tokens[i - 1].lower, meeting_nouns))
                known = state.by_surname.find(std::string(token.text.substr(0, token.text.size() - 1)));
        }
        if (known != state.by_surname.end() || name_token) {
            const bool sentence_start = i == 0 || (i == 1 && !tokens[0].word);
            if (known != state.by_surname.end()) {
                std::size_t n = name_at(tokens, i);
                c.first = i;
                c.last = i + (n > 1 ? n : 1);
                c.mention.type = MentionType::actor;
                c.mention.letter = detail::letter::person;
                c.mention.actor = state.people[known->second];
                c.mention.feminine = state.people_feminine[known->second];
                touch(state, known->second);
                set_actor_text(text, tokens, c.first, c.last, c.mention);
                absorb_parenthesis(tokens, c);
                return true;
            }
            // A public figure from the gazetteer: a full name anywhere, a bare surname ("Merkel")
            // only inside a sentence, where a capital does not come from the sentence start.
            {
                const lexicon::Person* person = nullptr;
                const std::size_t n = match_form(gazetteer_->people(), tokens, i, false, &person);
                if (n > 0 && (!person->surname || !sentence_start || next_is_speech_verb(tokens, i + n) ||
                              verb_follows_surname(tokens, i + n))) {
                    start_actor(c, i, i + n, detail::letter::person, ActorKind::person);
                    c.mention.actor.name = std::string(person->canonical);
                    c.mention.actor.country = std::string(person->alpha3);
                    c.mention.feminine = person->feminine;
                    set_actor_text(text, tokens, i, i + n, c.mention);
                    absorb_parenthesis(tokens, c);
                    remember_person(c.mention, "", state);
                    return true;
                }
            }
            const bool after_determiner = i > 0 && detail::is_determiner(tokens[i - 1].text);
            // "der neue Kanzler": an adjective after an article; "sagte" before a name is a verb.
            const bool after_adjective = i > 1 && language == Language::german &&
                                         detail::is_german_adjective_like(tokens[i - 1].text) &&
                                         !is_reporting_verb(tokens[i - 1].text) && !is_statement_verb(tokens[i - 1].text) &&
                                         (detail::is_determiner(tokens[i - 2].text) ||
                                          detail::is_german_adjective_like(tokens[i - 2].text));
            std::size_t n = name_at(tokens, i);
            if (n >= 2 && language == Language::german && looks_like_common_noun(tokens[i + n - 1].text)) n = 0;
            // "Kinnock to urge reform in Lords Neil Kinnock has said": a BBC headline runs into the
            // first sentence, and a full name after a word that is no given name starts on its own.
            if (n == 3 && language == Language::english && state.sentence == 1 &&
                lexicon::first_name_gender(tokens[i].text) == lexicon::Gender::unknown &&
                lexicon::first_name_gender(tokens[i + 1].text) != lexicon::Gender::unknown &&
                lexicon::first_name_gender(tokens[i + 2].text) == lexicon::Gender::unknown)
                n = 0;
            // "France's Snecma has also said", "China's Baoshan": a lone name that a country owns.
            if (n == 1 && language == Language::english && !sentence_start && !after_determiner &&
                possessive_country(tokens, i - 1) != nullptr) {
                start_actor(c, i, i + 1, detail::letter::person, ActorKind::person);
                c.mention.actor.name = std::string(token.text);
                set_actor_text(text, tokens, i, i + 1, c.mention);
                remember_person(c.mention, "", state);
                return true;
            }
            // "Sources said", "Analysts said": a group word that opens a sentence is no one's
            // name, even where the group is too vague to be a speaker.
            if (n == 1 && sentence_start && capitalised_english_group(token) != nullptr) n = 0;
            if (n == 1 && !after_determiner && !looks_like_common_noun(token.text) &&
                ((i > 0 && is_speech_verb(tokens[i - 1].text) && ends_clause(tokens, i + 1)) ||
                 (next_is_speech_verb(tokens, i + 1) && (sentence_start || !tokens[i - 1].word)))) {
                // "..., erklärte Hiddink." / "Hiddink sagte": a lone name that a verb of saying
                // vouches for.
                start_actor(c, i, i + 1, detail::letter::person, ActorKind::person);
                c.mention.actor.name = std::string(token.text);
                set_actor_text(text, tokens, i, i + 1, c.mention);
                remember_person(c.mention, "", state);
                return true;
            }
            // "15,5 Millionen Euro", "drei Milliarden Dollar": amounts, not names.
            const bool after_number = i > 0 && !tokens[i - 1].text.empty() && tokens[i - 1].text[0] >= '0' &&
                                      tokens[i - 1].text[0] <= '9';
            if (n >= 2 && !after_determiner && !after_adjective && !after_number) {
                // Two capitalised words open many German sentences ("Neue Gespräche ..."); at the
                // start, accept them only when a verb-like lower-case word follows.
                const bool adjective_first = detail::is_german_adjective_like(tokens[i].lower);
                const bool known_first_name = lexicon::first_name_gender(tokens[i].text) != lexicon::Gender::unknown;
                // Mid-sentence too, an inflected adjective before a noun is no name: "Starke
                // Zunahme", "Neue Gespräche".
                const bool german_adjective_phrase = language == Language::german && n == 2 && !known_first_name &&
                                                     adjective_first && tokens[i].text.back() == 'e';
                if (!german_adjective_phrase && (!state.title_case || known_first_name) &&
                    (!sentence_start || known_first_name ||
                     (!adjective_first && i + n < tokens.size() && !detail::is_upper_initial(tokens[i + n].text)))) {
                    // "the Olympic Primary School", "World War Two", "Incapacity Benefit": capitalised
                    // words that end in such a noun name a place, an institution or a thing. An
                    // institution may speak, but no "he" ever points to it.
                    if (language == Language::english && !known_first_name) {
                        const NameHead head = english_name_head(tokens[i + n - 1].text);
                        if (head == NameHead::thing) return false;
                        if (head == NameHead::institution) {
                            start_actor(c, i, i + n, detail::letter::organisation, ActorKind::organisation);
                            c.mention.actor.name = join(tokens, i, i + n);
                            set_actor_text(text, tokens, i, i + n, c.mention);
                            return true;
                        }
                    }
                    start_actor(c, i, i + n, detail::letter::person, ActorKind::person);
                    c.mention.actor.name = join(tokens, i, i + n);
                    c.mention.feminine = lexicon::first_name_gender(tokens[i].text) == lexicon::Gender::feminine;
                    // "Recep Tayyip Erdogans": a public figure in the German genitive keeps
                    // their name and country, not the one the report is about.
                    if (language == Language::german && tokens[i + n - 1].text.back() == 's') {
                        if (const lexicon::Person* known = known_person(tokens, i, i + n)) {
                            c.mention.actor.name = std::string(known->canonical);
                            c.mention.actor.country = std::string(known->alpha3);
                            c.mention.feminine = c.mention.feminine || known->feminine;
                        }
                    }
                    set_actor_text(text, tokens, i, i + n, c.mention);
                    absorb_parenthesis(tokens, c);  // "Wolfgang Katzian (SPÖ)": the party gives the country
                    remember_person(c.mention, "", state);
                    return true;
                }
            }
        }
        return false;
    }

    enum class NameHead { person, institution, thing };
    // What the last of two or three capitalised English words makes of them: "Primary School" an
    // institution, "Downing Street", "World War Two" or "Billboard's Century Award" a thing,
    // anything else a person's name.
    static NameHead english_name_head(std::string_view word) noexcept {
        static constexpr std::string_view institutions[] = {
            "Academy", "Church", "Club", "College", "Conference", "Hospital", "Museum", "Online", "Police", "Prison", "Regiment",
            "School", "Schools", "University"};
        static constexpr std::string_view things[] = {
            "Act", "Avenue", "Award", "Awards", "Benefit", "Bill", "Bridge", "Cup", "Day", "Festival", "Island",
            "Islands", "Medal", "Park", "Prize", "Road", "Square", "Stadium", "Station", "Street", "Trophy", "Two", "War"};
        static_assert(detail::strictly_ascending(institutions) && detail::strictly_ascending(things),
                      "sorted for the binary search");
        if (detail::contains_sorted(institutions, word)) return NameHead::institution;
        if (detail::contains_sorted(things, word)) return NameHead::thing;
        return NameHead::person;
    }

    // "The company said", "der Konzern teilte mit": a bare company noun after an article is the
    // organisation the last three sentences name most; a named organisation becomes that one.
    // Whether `word` alone names a country ("China", "European"), not only its capital
    // ("London" Stock Exchange) or part of a longer name ("Virgin" of the Virgin Islands).
    bool names_country(std::string_view word) const {
        const auto* bucket = gazetteer_->countries().find(word);
        if (bucket != nullptr)
            for (const auto& form : *bucket)
                if (form.words.size() == 1 && form.entry->kind != lexicon::CountryFormKind::capital) return true;
        return gazetteer_->adjective(lower(word)) != nullptr;
    }

    // Counts a mention of a named organisation, which "it said" and "the firm" may point back to.
    static void note_organisation(const Actor& actor, bool country_known, DocumentState& state) {
        state.last_organisation = actor;
        state.last_organisation_sentence = state.sentence;
        state.last_organisation_country_known = country_known;
        const auto seen = std::find_if(state.organisations.begin(), state.organisations.end(),
                                       [&](const DocumentState::NamedOrganisation& o) { return o.actor.name == actor.name; });
        if (seen == state.organisations.end()) {
            state.organisations.push_back({actor, 1, state.sentence, country_known});
        } else {
            ++seen->mentions;
            seen->last_sentence = state.sentence;
        }
    }

    void refer_to_organisation(const std::vector<SentenceToken>& tokens, Candidate& c, DocumentState& state) const {
        Actor& actor = c.mention.actor;
        if (c.mention.type != MentionType::actor || actor.kind != ActorKind::organisation || c.mention.pronoun) return;
        if (!actor.name.empty() && actor.name != actor.role) {
            note_organisation(actor, c.mention.country_known, state);
            // Later mentions may use the first word alone: "Continental" for Continental Airlines.
            if (const std::size_t space = actor.name.find(' '); space != std::string::npos && c.last - c.first >= 2) {
                const std::string first_word = actor.name.substr(0, space);
                // Not for a body named by its head noun: the first word of "Islamic Party" or
                // "British Medical Association" names other things as well.
                // Nor a country's name: "China" in "China Aviation Oil" is still China.
                if (detail::is_upper_initial(first_word) && detail::has_lower(first_word) && !detail::is_function_word(first_word) &&
                    !named_by_head_noun(actor.name) && !names_country(first_word))
                    state.organisations_by_word.emplace(first_word, actor);
                // And by its initials: "GM" for General Motors.
                std::string initials;
                for (std::size_t k = 0; k < actor.name.size(); ++k)
                    if ((k == 0 || actor.name[k - 1] == ' ') && actor.name[k] >= 'A' && actor.name[k] <= 'Z') initials += actor.name[k];
                if (initials.size() >= 2) state.organisations_by_word.emplace(initials, actor);
            }
            return;
        }
        if (!refers_to_salient_organisation(actor.text)) return;
        const lexicon::Organisation* named_next = nullptr;
        // "the firm", and with one word between: "the Islamic group", "the militant group".
        const bool determined = (c.first > 0 && detail::is_determiner(tokens[c.first - 1].text)) ||
                                (c.first > 1 && tokens[c.first - 1].word && detail::is_determiner(tokens[c.first - 2].text));
        if (!determined) return;
        // "the charity Oxfam", "die Gewerkschaft ver.di": the name that follows is the referent.
        if (c.last < tokens.size() && tokens[c.last].word && organisation_form_at(tokens, c.last, &named_next) > 0) return;
        // Of the organisations named in the last three sentences, the one named most often in
        // the report; of equals, the last named. "China Aviation Oil ... CAO ... as well as South
        // Korean firm SK Energy. ... the firm - China's biggest jet fuel supplier - said": CAO.
        // "The airline declined to comment" is no union of states, however often the EU was named.
        const bool company = organisation_noun(actor.text)->company;
        // An agency the report is credited to ("berichtete Kathpress") is no "Kommission" or
        // "Organisation"; it may be the company or the media group a report is about.
        const bool agency_excluded = !company && actor.text != "group" && actor.text != "Gruppe";
        const DocumentState::NamedOrganisation* salient = nullptr;
        for (const DocumentState::NamedOrganisation& o : state.organisations)
            if (o.last_sentence + 3 >= state.sentence && !(company && is_international_body(o.actor.name)) &&
                !(agency_excluded && is_news_agency(o.actor.name)) &&
                (salient == nullptr || o.mentions > salient->mentions ||
                 (o.mentions == salient->mentions && o.last_sentence >= salient->last_sentence)))
                salient = &o;
        if (salient == nullptr && c.institution == nullptr) return;
        const std::string surface = actor.text;
        const Span span = actor.span;
        const bool country_known = salient != nullptr ? salient->country_known : true;
        actor = salient != nullptr ? salient->actor : *c.institution;
        actor.text = surface;
        actor.span = span;
        c.mention.pronoun = true;
        c.mention.country_known = country_known;
    }

    // Nouns for an organisation that the report names otherwise ("the firm", "die Partei"), and
    // whether they name a company, which no union of states is. Not "union", "Gewerkschaft": the
    // most-named body of a report about a strike is as often the firm or a party (measured on the
    // corpora: 4 of 8 such references wrong).
    struct OrganisationNoun {
        std::string_view noun;
        bool company;
    };
    static const OrganisationNoun* organisation_noun(std::string_view noun) noexcept {
        static constexpr OrganisationNoun nouns[] = {
            {"Airline", true},  {"Bank", true},          {"Bewegung", false},    {"Firma", true},     {"Fluggesellschaft", true},
            {"Gruppe", false},  {"Kommission", false},   {"Konzern", true},      {"Miliz", false},    {"Organisation", false},
            {"Partei", false},  {"Unternehmen", true},   {"airline", true},      {"bank", true},      {"carmaker", true},
            {"carrier", true},  {"charity", false},      {"company", true},      {"firm", true},      {"group", false},
            {"movement", false}, {"organisation", false}, {"party", false},      {"retailer", true}};
        constexpr auto key = [](const OrganisationNoun& entry) { return entry.noun; };
        static_assert(detail::strictly_ascending(nouns, key), "sorted for the binary search");
        return detail::find_sorted(nouns, key, noun);
    }
    static bool refers_to_salient_organisation(std::string_view noun) noexcept { return organisation_noun(noun) != nullptr; }
    // The agencies a report is credited to ("berichtete Kathpress", "sagte er der APA"): named
    // often, but not what "die Kommission" or "die Organisation" of the report stands for.
    static bool is_news_agency(std::string_view canonical) noexcept {
        static constexpr std::string_view agencies[] = {
            "Agence France-Presse", "Anadolu Agency", "Associated Press", "Austria Presse Agentur",
            "Deutsche Presse-Agentur", "Interfax", "Kathpress", "Reuters", "TASS", "Xinhua"};
        static_assert(detail::strictly_ascending(agencies), "sorted for the binary search");
        return detail::contains_sorted(agencies, canonical);
    }

    bool organisation_at(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, std::size_t n,
                         const lexicon::Organisation& org, Candidate& c) const {
        start_actor(c, i, i + n, detail::letter::organisation, ActorKind::organisation);
        c.mention.actor.name = std::string(org.canonical);
        c.mention.actor.country = std::string(org.alpha3);
        c.mention.country_known = true;
        c.mention.dateline = (is_dateline(tokens, i + n) && i == 0) || is_agency_credit(tokens, i, i + n);  // "Reuters - ..."
        set_actor_text(text, tokens, i, i + n, c.mention);
        absorb_parenthesis(tokens, c);
        return true;
    }

    // "die Unabhängige Opferschutzkommission", "die Österreichische Bischofskonferenz": German
    // capitalises an adjective only inside a name, so capitalised adjectives before the noun of a
    // body name one. At a sentence's start every word is capitalised, so there only a country's
    // adjective counts.
    bool named_body(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, Candidate& c) const {
        const bool sentence_start = i == 0 || (!tokens[i - 1].word && tokens[i - 1].text != ",");
        std::string country;
        std::size_t j = i;
        while (j < tokens.size() && j < i + 2 && tokens[j].word && detail::is_upper_initial(tokens[j].text)) {
            const std::string_view lowered = tokens[j].lower;
            if (const auto* adjective = country_adjective(tokens[j])) {
                country = std::string(adjective->alpha3);
            } else if (sentence_start || !detail::is_german_adjective_like(lowered) || tokens[j].text.back() == 's') {
                break;
            }
            ++j;
        }
        if (j == i || j >= tokens.size() || !tokens[j].word || !detail::is_upper_initial(tokens[j].text) ||
            !names_a_body(tokens[j].text) || gazetteer_->titles().find(tokens[j].text) != nullptr)
            return false;
        start_actor(c, i, j + 1, detail::letter::organisation, ActorKind::organisation);
        c.mention.actor.name = join(tokens, i, j + 1);
        c.mention.actor.country = country;
        c.mention.country_known = !country.empty();
        set_actor_text(text, tokens, i, j + 1, c.mention);
        absorb_parenthesis(tokens, c);
        return true;
    }

    // "the Islamic Party", "the British Medical Association", "the Muslim Council of Britain": an
    // English body no lexicon knows is named by capitalised words that end in a noun only names
    // of bodies end in, with an "of" or "for" phrase after it. One capitalised word at least
    // before that noun: "Council" alone is a sentence's first word as often as a name. Not in
    // a headline in Title Case, where every word is capitalised.
    bool named_english_body(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, Candidate& c) const {
        // Most words open no such name: look for a head noun in the run of capitalised words
        // (or "and", or an owner's possessive) that starts here, before anything else.
        bool head_ahead = false;
        for (std::size_t k = i; k < tokens.size() && k < i + 7 && !head_ahead; ++k) {
            const std::string_view word = tokens[k].text;
            if (word.empty() || ((word[0] < 'A' || word[0] > 'Z') && word != "and")) break;
            head_ahead = is_english_body_head(word);
        }
        if (!head_ahead) return false;
        // "Iraq's Islamic Party": the name starts after its owner; "the US Environmental Protection
        // Agency" after the country's abbreviation, which is no part of the name ("EPA").
        std::size_t first = !possessive_base(tokens[i].text).empty() ? i + 1 : i;
        const lexicon::CountryForm* form = nullptr;
        if (const std::size_t n = country_at(tokens, i, &form); n > 0 && form->kind == lexicon::CountryFormKind::abbreviation)
            first = i + n;
        std::string country;
        const std::size_t n = first < tokens.size() ? english_body_at(tokens, first, country) : 0;
        if (n == 0) return false;
        if (form != nullptr && first > i && country.empty()) country = std::string(form->alpha3);
        start_actor(c, first, first + n, detail::letter::organisation, ActorKind::organisation);
        c.mention.actor.name = join(tokens, first, first + n);
        c.mention.actor.country = country;
        c.mention.country_known = !country.empty();
        set_actor_text(text, tokens, first, first + n, c.mention);
        absorb_parenthesis(tokens, c);
        return true;
    }

    // "Iraq" of "Iraq's" (or "Iraq’s"); "" for a word that is no possessive.
    static std::string_view possessive_base(std::string_view word) noexcept {
        if (detail::ends_with(word, "'s")) return word.substr(0, word.size() - 2);
        if (detail::ends_with(word, "\xE2\x80\x99s")) return word.substr(0, word.size() - 4);
        return {};
    }
    // The word without its possessive ending: "Blair" of "Blair's", "Blair" of "Blair".
    static std::string_view without_possessive(std::string_view word) noexcept {
        const std::string_view base = possessive_base(word);
        return base.empty() ? word : base;
    }

    // The country whose possessive token i is ("Iraq's", "Russia’s"), or nullptr: the owner of
    // what follows, never part of a name.
    // The same for token k of a sentence, unless it ends a longer name: "South America's" is no
    // one country's.
    const lexicon::CountryForm* possessive_country(const std::vector<SentenceToken>& tokens, std::size_t k) const {
        if (k > 0 && tokens[k - 1].word && detail::is_upper_initial(tokens[k - 1].text) &&
            !detail::is_function_word(tokens[k - 1].text))
            return nullptr;
        return possessive_country(tokens[k]);
    }
    const lexicon::CountryForm* possessive_country(const SentenceToken& token) const {
        const std::string_view base = possessive_base(token.text);
        if (base.empty() || !detail::is_upper_initial(base)) return nullptr;
        if (const auto* bucket = gazetteer_->countries().find(base))
            for (const auto& form : *bucket)
                if (form.words.size() == 1 && form.entry->kind != lexicon::CountryFormKind::demonym &&
                    form.entry->kind != lexicon::CountryFormKind::adjective)
                    return form.entry;
        return nullptr;
    }

    // The tokens of such a name at token i (0: none), and the country its words name.
    std::size_t english_body_at(const std::vector<SentenceToken>& tokens, std::size_t i, std::string& country) const {
        const auto capitalised_word = [&](std::size_t k) {
            return k < tokens.size() && tokens[k].word && detail::is_upper_initial(tokens[k].text) &&
                   !detail::is_function_word(tokens[k].text);
        };
        if (!capitalised_word(i)) return 0;
        // A head noun opens the name only before its "of" phrase: "the Department of Health".
        const bool head_first = is_english_body_head(tokens[i].text) && !is_company_head(tokens[i].text);
        // "Food and Agriculture Organisation": "and" between two words of the name.
        const auto joins_words = [&](std::size_t k) {
            return k > i && tokens[k].text == "and" && capitalised_word(k - 1) && capitalised_word(k + 1);
        };
        std::size_t head = head_first ? i : i + 1;
        for (; head < tokens.size() && head < i + 6 && (capitalised_word(head) || joins_words(head)) &&
               !is_english_body_head(tokens[head].text);
             ++head) {}
        if (head >= tokens.size() || !capitalised_word(head) || !is_english_body_head(tokens[head].text)) return 0;
        if (head_first && !(head + 2 < tokens.size() && (tokens[head + 1].text == "of" || tokens[head + 1].text == "for") &&
                            capitalised_word(head + 2)))
            return 0;
        std::string found_country;
        std::size_t countries = 0, plain_words = 0;  // among the words before the head
        // "Iraq's Islamic Party": the owner is no part of the name, but its country is the body's.
        if (i > 0) {
            if (const std::string_view owner = possessive_base(tokens[i - 1].text); !owner.empty()) {
                if (const auto* bucket = gazetteer_->countries().find(owner); bucket != nullptr && bucket->front().words.size() == 1)
                    found_country = std::string(bucket->front().entry->alpha3);
            }
        }
        for (std::size_t k = i; k <= head; ++k) {
            if (!possessive_base(tokens[k].text).empty()) return 0;
            const lexicon::Organisation* org = nullptr;
            // A known body or a title inside is the lexicon's to read ("Foreign Office"). (The
            // heads are no English titles; "Bank" is a German one.)
            if (k < head && is_title_at(tokens, k)) return 0;
            if (organisation_form_at(tokens, k, &org) > 0) {
                // "Social Democratic Party" is a name of its own around the known "Democratic
                // Party"; "British Labour Party" is the known one with its country's adjective.
                bool only_adjectives_before = true;
                for (std::size_t m = i; m < k; ++m) only_adjectives_before = only_adjectives_before && country_adjective(tokens[m]);
                if (only_adjectives_before) return 0;
            }
            if (k == head) break;
            if (tokens[k].text == "and") continue;
            if (const auto* adjective = country_adjective(tokens[k])) {
                if (found_country.empty()) found_country = std::string(adjective->alpha3);
            } else if (const lexicon::CountryForm* form = nullptr; country_at(tokens, k, &form) > 0) {
                // "Korea Development Bank", "South China Morning Post"; but "Iraq Council", a
                // country and a head alone, is no name we can read.
                if (found_country.empty()) found_country = std::string(form->alpha3);
                ++countries;
            } else {
                ++plain_words;
            }
        }
        if (countries > 0 && plain_words == 0) return 0;
        // "Blair and Green Party": an "and" after a given name or surname lists two actors.
        for (std::size_t k = i + 1; k < head; ++k)
            if (tokens[k].text == "and" && (lexicon::first_name_gender(tokens[k - 1].text) != lexicon::Gender::unknown ||
                                            gazetteer_->people().find(tokens[k - 1].text) != nullptr))
                return 0;
        std::size_t end = head + 1;
        if (end + 1 < tokens.size() && (tokens[end].text == "of" || tokens[end].text == "for") && capitalised_word(end + 1)) {
            std::size_t k = end + 1;
            for (; k < tokens.size() && k < end + 5 && (capitalised_word(k) || joins_words(k)); ++k) {
                const lexicon::CountryForm* form = nullptr;
                if (country_at(tokens, k, &form) > 0 && found_country.empty()) found_country = std::string(form->alpha3);
            }
            end = k;
        }
        if (is_title_case(tokens)) return 0;
        country = std::move(found_country);
        return end - i;
    }

    // Whether a word of `name` is a noun that ends bodies' names ("Party", "-kommission"). A
    // company's trade counts only after two words: "Continental" is Continental Airlines, but
    // "European" is not European Low-fare Airlines.
    static bool named_by_head_noun(std::string_view name) noexcept {
        const bool two_words = std::count(name.begin(), name.end(), ' ') == 1;
        while (!name.empty()) {
            const std::size_t space = name.find(' ');
            const std::string_view word = name.substr(0, space);
            if ((is_english_body_head(word) && !(two_words && is_company_head(word))) || names_a_body(word)) return true;
            if (space == std::string_view::npos) break;
            name.remove_prefix(space + 1);
        }
        return false;
    }

    static bool is_english_body_head(std::string_view word) noexcept {
        if (is_company_head(word)) return true;
        if (word.size() < 4 || word[0] < 'A' || word[0] > 'Z') return false;  // every head below is so
        static constexpr std::string_view heads[] = {
            "Agency", "Alliance", "Assembly", "Association", "Authority", "Bank", "Brigade", "Brigades", "Bureau",
            "Centre", "Chronicle", "Coalition", "Commission", "Committee", "Confederation", "Congress", "Council",
            "Department", "Federation", "Forum", "Foundation", "Front", "Gazette", "Herald", "Institute", "Journal",
            "League", "Movement", "Network", "Organisation", "Organization", "Party", "Post", "Service", "Society",
            "Times", "Tribune", "Trust", "Union"};
        static_assert(detail::strictly_ascending(heads), "sorted for the binary search");
        return detail::contains_sorted(heads, word);
    }

    // Companies named by their trade: "China Aviation Oil", "Continental Airlines". Unlike a
    // body's head, the name's first word alone still names the company ("Continental said"),
    // and such a word opens no name ("Telecom Regulatory Authority of India").
    static bool is_company_head(std::string_view word) noexcept {
        static constexpr std::string_view heads[] = {"Airlines", "Airways", "Holdings", "Insurance", "Motors",
                                                     "Oil",      "Petroleum", "Steel",  "Telecom"};
        static_assert(detail::strictly_ascending(heads), "sorted for the binary search");
        return detail::contains_sorted(heads, word);
    }

    // The nouns that end the name of a body: "-kommission", "-konferenz", "-stiftung".
    static bool names_a_body(std::string_view word) noexcept {
        static constexpr std::string_view endings[] = {
            "akademie", "allianz", "bewegung", "gemeinde", "gemeinschaft", "gesellschaft", "kommission", "konferenz",
            "organisation", "stiftung", "union", "universität", "verein", "vereinigung"};
        return names_an_institution(word) || detail::ends_with_any(word, endings, 1);
    }

    // "EU-Gipfel", "EU-Türkei-Gipfel", "Pentagon-Angaben", "US-Informationen": a compound whose
    // head is a meeting or a source names its owners in its first parts. Each part that is a
    // country or an organisation becomes a mention of its own, and the rest stays text, so rules
    // read "[O0]-[C1]-Gipfel". Other heads ("EU-Bürger", "US-Dollar") keep the compound whole:
    // a gap would otherwise carry "[O0]-Bürger sagten" to a speaker.
    bool compound_owners(std::string_view text, const SentenceToken& token, std::size_t i, std::vector<Candidate>& found) const {
        if (closed_source_compound(text, token, i, found)) return true;
        const std::size_t last_hyphen = token.text.rfind('-');
        if (last_hyphen == std::string_view::npos || last_hyphen == 0 || last_hyphen + 1 >= token.text.size()) return false;
        if (!is_owned_head(token.lower.substr(last_hyphen + 1))) return false;
        std::vector<Candidate> owners;
        std::size_t part_begin = 0;
        while (part_begin < last_hyphen) {
            const std::size_t part_end = token.text.find('-', part_begin);
            const std::string part(token.text.substr(part_begin, part_end - part_begin));
            Candidate c;
            c.first = i;
            c.last = i + 1;
            c.mention.type = MentionType::actor;
            if (const auto* bucket = gazetteer_->organisations().find(part); bucket != nullptr && bucket->front().words.size() == 1) {
                const lexicon::Organisation* org = bucket->front().entry;
                c.mention.letter = detail::letter::organisation;
                c.mention.actor.kind = ActorKind::organisation;
                c.mention.actor.name = std::string(org->canonical);
                c.mention.actor.country = std::string(org->alpha3);
            } else if (const auto* countries = gazetteer_->countries().find(part); countries != nullptr &&
                       countries->front().words.size() == 1 &&
                       countries->front().entry->kind != lexicon::CountryFormKind::demonym) {
                const lexicon::CountryForm* form = countries->front().entry;
                c.mention.letter = detail::letter::country;
                c.mention.actor.kind = ActorKind::country;
                c.mention.actor.country = std::string(form->alpha3);
                if (const auto* country = lexicon::find_country(form->alpha3)) c.mention.actor.name = std::string(country->name_de);
            } else {
                part_begin = part_end + 1;
                continue;
            }
            const std::size_t begin = token.span.begin + part_begin;
            c.mention.span = Span{begin, begin + part.size()};
            c.mention.actor.span = c.mention.span;
            c.mention.actor.text = std::string(c.mention.span.of(text));
            owners.push_back(std::move(c));
            part_begin = part_end + 1;
        }
        if (owners.empty()) return false;
        for (Candidate& c : owners) found.push_back(std::move(c));
        return true;
    }

    // "nach Gewerkschaftsangaben", "laut Polizeiinformationen": the body before the head, with
    // its linking "s" kept in the mention's span so that rules read "[O0]angaben".
    bool closed_source_compound(std::string_view text, const SentenceToken& token, std::size_t i, std::vector<Candidate>& found) const {
        std::size_t head = 0;
        for (std::string_view ending : {std::string_view("angaben"), std::string_view("informationen")})
            if (token.text.size() > ending.size() + 3 && detail::ends_with(token.text, ending)) head = ending.size();
        if (head == 0 || token.text.find('-') != std::string_view::npos) return false;
        std::string_view prefix = token.text.substr(0, token.text.size() - head);
        std::string owner(prefix);
        const lexicon::Title* title = nullptr;
        const auto* bucket = gazetteer_->titles().find(owner);
        if ((bucket == nullptr || bucket->front().words.size() != 1) && owner.back() == 's') {
            owner.pop_back();  // the linking "s" of "Regierungs|angaben"
            bucket = gazetteer_->titles().find(owner);
        }
        if (bucket == nullptr || bucket->front().words.size() != 1) return false;
        title = bucket->front().entry;
        if (title->kind != lexicon::TitleKind::organisation) return false;
        Candidate c;
        c.first = i;
        c.last = i + 1;
        c.mention.type = MentionType::actor;
        c.mention.letter = detail::letter::organisation;
        c.mention.actor.kind = ActorKind::organisation;
        c.mention.actor.role = owner;
        c.mention.actor.name = owner;
        c.mention.span = Span{token.span.begin, token.span.begin + prefix.size()};
        c.mention.actor.span = Span{token.span.begin, token.span.begin + owner.size()};
        c.mention.actor.text = std::string(c.mention.actor.span.of(text));
        found.push_back(std::move(c));
        return true;
    }

    // Heads of compounds whose first parts are their owners: meetings and sources of information.
    static bool is_owned_head(std::string_view head) noexcept {
        static constexpr std::string_view endings[] = {
            "angaben", "besuch", "besuchs", "gespräche", "gesprächen", "gipfel", "gipfels", "gipfeltreffen",
            "informationen", "konferenz", "kreise", "kreisen", "ministerrat", "ministerrats", "parteitag", "parteitags",
            "treffen", "treffens", "verhandlungen"};
        return detail::ends_with_any(head, endings);
    }

    // Finite verbs of saying in the singular that vouch for a lone capitalised word next to them
    // being a name ("Hiddink sagte", "..., erklärte Hiddink").
    static bool is_speech_verb(std::string_view word) noexcept {
        static constexpr std::string_view verbs[] = {
            "added", "argued", "berichtet", "berichtete", "betont", "betonte", "ergänzte", "erklärt", "erklärte",
            "forderte", "insisted", "kritisierte", "meint", "meinte", "meldet", "meldete", "sagt", "sagte", "said",
            "says", "schreibt", "schrieb", "so", "teilt", "teilte", "told", "warned", "warnte", "wrote"};
        static_assert(detail::strictly_ascending(verbs), "sorted for the binary search");
        return detail::contains_sorted(verbs, word);
    }
    // Verbs of saying, singular and plural, that take no object: the article after them opens
    // their subject ("sagte ein Betreuer", "meinen die Staatsschuldenwächter").
    static bool is_reporting_verb(std::string_view word) noexcept {
        static constexpr std::string_view verbs[] = {
            "added", "argued", "berichten", "berichtet", "berichtete", "berichteten", "betont", "betonte", "ergänzte",
            "erklären", "erklärt", "erklärte", "erklärten", "forderte", "insisted", "kritisierte", "meinen", "meint",
            "meinte", "meinten", "melden", "meldet", "meldete", "meldeten", "sagen", "sagt", "sagte", "sagten",
            "said", "says", "schreibt", "schrieb", "schrieben", "so", "teilt", "teilte", "teilten", "told",
            "versicherte", "versicherten", "warned", "warnen", "warnte", "warnten", "wrote"};
        static_assert(detail::strictly_ascending(verbs), "sorted for the binary search");
        return detail::contains_sorted(verbs, word);
    }
    // Whether a capitalised German noun that no lexicon knows names a person by its form: the
    // endings of agents, inhabitants and professions ("Segler", "Rektorin", "Biologe",
    // "Drehbuchautor", "Familienvater"), not a firm's agent noun ("der Hersteller") nor a body,
    // a medium or a charge ("der Naturschutzbund", "der Spiegel", "der Vorwurf", "der Palast").
    static bool is_person_noun(const SentenceToken& noun) noexcept {
        if (!detail::has_lower(noun.text)) return false;  // "der ÖNB": an acronym is a body
        static constexpr std::string_view endings[] = {"chef", "e", "er", "eur", "in", "ist", "loge", "mann", "or", "ent"};
        static constexpr std::string_view firms[] = {"anbieter", "autobauer", "betreiber", "discounter", "erzeuger",
                                                     "hersteller", "produzent", "sender", "veranstalter", "vermieter",
                                                     "versender", "versicherer", "zulieferer"};
        if (noun.lower == "mann" || noun.lower == "frau") return true;
        return detail::ends_with_any(noun.lower, endings, 1) && !detail::ends_with_any(noun.lower, firms);
    }

    // Whether "der"/"die" + noun at i after a reporting verb is one person: "der" always (a
    // nominative after the verb), "die" only with a verb in the singular ("sagte die Ärztin", not
    // "sagten die Anwohner") or, after "so", a feminine noun in -in ("so die Sprecherin").
    static bool names_one_known_person(const std::vector<SentenceToken>& tokens, std::size_t i, std::size_t noun) noexcept {
        if (!is_person_noun(tokens[noun])) return false;
        const std::string_view article = tokens[i].text;
        if (article == "der") return true;
        if (article != "die") return false;
        const std::string_view verb = tokens[i - 1].text;
        if (verb == "so") return detail::ends_with(tokens[noun].text, "in");
        return !verb.empty() && verb.back() != 'n';
    }

    // Finite verbs of statements, singular and plural, that an unknown noun may be the subject of
    // when it opens the clause ("Die Untersuchungsbehörden sprechen von ...").
    static bool is_statement_verb(std::string_view word) noexcept {
        static constexpr std::string_view verbs[] = {
            "appellierte", "appellierten", "argumentiert", "argumentierte", "bedauerte", "beklagen", "beklagt",
            "beklagte", "beklagten", "berichten", "berichtet", "berichtete", "berichteten", "bestreiten",
            "bestreitet", "bestritt", "bestätigt", "bestätigte", "bestätigten", "betonen", "betont", "betonte",
            "betonten", "bezeichnete", "bezeichneten", "danken", "dankt", "dankte", "dankten", "dementierte",
            "drohen", "droht", "drohte", "ergänzte", "erklären", "erklärt", "erklärte", "erklärten", "fordern",
            "fordert", "forderte", "forderten", "kritisieren", "kritisiert", "kritisierte", "kritisierten",
            "kündigte", "kündigten", "lehnen", "lehnt", "lehnte", "lehnten", "mahnt", "mahnte", "meinen", "meint",
            "meinte", "meinten", "meldet", "meldete", "meldeten", "räumte", "räumten", "sagen", "sagt", "sagte",
            "sagten", "schreibt", "schrieb", "schrieben", "sprach", "sprachen", "sprechen", "spricht", "streitet",
            "stritt", "teilt", "teilte", "teilten", "verlangen", "verlangt", "verlangte", "versicherte", "verweist",
            "verwies", "warf", "warnen", "warnt", "warnte", "warnten", "weisen", "weist", "wies", "wiesen", "wirft"};
        static_assert(detail::strictly_ascending(verbs), "sorted for the binary search");
        return detail::contains_sorted(verbs, word);
    }
    static bool next_is_speech_verb(const std::vector<SentenceToken>& tokens, std::size_t i) noexcept {
        return i < tokens.size() && tokens[i].word && is_speech_verb(tokens[i].text) && tokens[i].text != "so";
    }
    // Whether a known surname that opens a sentence is its subject: a verb follows ("Merkel
    // empfängt", "Kurz hat"), or "und" and another name. Not "Kurz nach Mitternacht".
    static bool verb_follows_surname(const std::vector<SentenceToken>& tokens, std::size_t next) noexcept {
        if (next >= tokens.size() || !tokens[next].word) return false;
        const std::string_view word = tokens[next].text;
        static constexpr std::string_view not_verbs[] = {"bevor", "bis", "danach", "darauf", "gesagt", "hinter",
                                                         "nach", "nachdem", "oder", "vor", "vorher", "zu", "zuvor"};
        static_assert(detail::strictly_ascending(not_verbs), "sorted for the binary search");
        if (word == "und" || word == "and")
            return next + 1 < tokens.size() && tokens[next + 1].word && detail::is_upper_initial(tokens[next + 1].text) &&
                   !detail::is_function_word(tokens[next + 1].text);
        return !detail::is_upper_initial(word) && word[0] >= 'a' && word[0] <= 'z' && !detail::contains_sorted(not_verbs, word);
    }
    // Whether token i ends the clause: punctuation, the end, or a lower-case word ("am", "vom").
    static bool ends_clause(const std::vector<SentenceToken>& tokens, std::size_t i) noexcept {
        return i >= tokens.size() || !tokens[i].word || !detail::is_upper_initial(tokens[i].text);
    }

    static bool is_sentence_end(std::string_view token) noexcept { return token == "." || token == "!" || token == "?"; }

    // Appositions make one actor of a name and a title that a comma separates, and the comma
    // that closes them is part of the mention, so that the verb follows it in the shadow:
    //   "Der Vizevorsitzende der Linksfraktion, Jan Korte, forderte" -> "Der [P0] forderte"
    //   "Andreas Schoo, Chef der Bauer Media Group, sagte"          -> "[P0] sagte"
    //   "John Smith, the foreign minister, said"                    -> "[P0] said"
    // The actor's own span stays on the name and title.
    void merge_appositions(std::string_view text, const std::vector<SentenceToken>& tokens, std::vector<Candidate>& found,
                           DocumentState& state) const {
        auto is_person = [](const Candidate& c) {
            return c.mention.type == MentionType::actor && c.mention.letter == detail::letter::person && !c.mention.pronoun;
        };
        auto named = [&](const Candidate& c) { return is_person(c) && !c.mention.actor.name.empty(); };
        auto bare_title = [&](const Candidate& c) {
            return is_person(c) && c.mention.actor.name.empty() && !c.mention.actor.role.empty();
        };
        auto is_comma = [&](std::size_t k) { return k < tokens.size() && tokens[k].text == ","; };
        // The end of a complement after a title ("der Linksfraktion", "of the panel"): the token
        // index of the comma that closes it, or `from` when none follows.
        auto complement_end = [&](std::size_t from) {
            if (from >= tokens.size() || is_comma(from)) return from;
            const std::string_view w = tokens[from].text;
            if (w != "der" && w != "des" && w != "von" && w != "im" && w != "in" && w != "bei" && w != "beim" &&
                w != "für" && w != "of" && w != "at" && w != "for")
                return from;
            // Up to twelve tokens: "der oppositionellen Kommission für Menschenrechte und Nationale
            // Versöhnung (CCDHRN),".
            for (std::size_t k = from + 1; k < tokens.size() && k <= from + 12; ++k) {
                if (is_comma(k)) return k;
                if (!tokens[k].word && tokens[k].text != "-" && tokens[k].text != "(" && tokens[k].text != ")") break;
            }
            return from;
        };
        for (std::size_t a = 0; a + 1 < found.size(); ++a) {
            Candidate& first = found[a];
            if (!is_person(first)) continue;
            const std::size_t comma = complement_end(first.last);
            if (!is_comma(comma)) continue;
            // The next candidate after the comma, skipping those inside the complement.
            std::size_t b = a + 1;
            while (b < found.size() && found[b].first < comma) ++b;
            if (b >= found.size()) continue;
            // An article may open the second part: "John Smith, the foreign secretary,".
            const bool article_between = found[b].first == comma + 2 && detail::is_determiner(tokens[comma + 1].text);
            // Or lower-case adjectives, the head of a German apposition without its article:
            // "Nikolaus Scherak, stellvertretender Klubchef der Neos,".
            bool adjectives_between = found[b].first > comma + 1 && found[b].first <= comma + 3;
            for (std::size_t k = comma + 1; adjectives_between && k < found[b].first; ++k)
                adjectives_between = tokens[k].word && detail::is_german_adjective_like(tokens[k].text);
            if (found[b].first != comma + 1 && !article_between && !adjectives_between) continue;
            Candidate& second = found[b];
            std::size_t closing = 0;
            Candidate* named_one = nullptr;
            Candidate* titled_one = nullptr;
            // The end of the sentence closes an apposition as a comma does: "..., sagte der
            // Chefunterhändler der Regierung, Humberto de la Calle." The name must follow the
            // comma: in "unser Cheftrainer, sagte Gruber." a verb stands between.
            const bool ends_sentence =
                second.first == comma + 1 && second.last + 1 >= tokens.size() &&
                (second.last == tokens.size() || is_sentence_end(tokens[second.last].text));
            // "dem Alterspräsidenten des Parlaments, dem CHP-Abgeordneten Deniz Baykal,": the
            // second part may have a title of its own, which it keeps.
            if (bare_title(first) && named(second) && (is_comma(second.last) || ends_sentence)) {
                closing = second.last;  // "Der Vizevorsitzende der Linksfraktion, Jan Korte,"
                named_one = &second;
                titled_one = &first;
            } else if (named(first) && bare_title(second)) {
                closing = complement_end(second.last);  // "Andreas Schoo, Chef der Bauer Media Group,"
                if (!is_comma(closing)) continue;
                named_one = &first;
                titled_one = &second;
            } else {
                continue;
            }
            // A second apposition after a name and its title ("..., chairman of the Duma, the
            // lower house, told") is the rules' to read; merging the first would leave it without
            // its opening comma. After a title and its name ("der Sprecher der X, Elizardo Sanchez,
            // der dpa") the name closes the phrase. A preposition fused with its article ("am
            // Mittwoch", "im Interview") opens no apposition.
            // The mention takes the closing comma along, not the sentence's full stop.
            const std::size_t after = is_comma(closing) ? closing + 1 : closing;
            if (closing + 1 < tokens.size() && detail::is_determiner(tokens[closing + 1].text)) {
                const std::string_view next = tokens[closing + 1].text;
                const bool fused_preposition = next == "am" || next == "im" || next == "beim" || next == "vom" ||
                                               next == "zum" || next == "zur" || next == "ins";
                if (!fused_preposition && titled_one != &first) continue;
            }
            const std::size_t role_end = titled_one == &first ? comma : closing;
            Mention merged = named_one->mention;
            const std::size_t role_first = titled_one == &second && adjectives_between ? comma + 1 : titled_one->first;
            const std::size_t role_begin = tokens[role_first].span.begin;
            if (merged.actor.role.empty())
                merged.actor.role = std::string(text.substr(role_begin, tokens[role_end - 1].span.end - role_begin));
            if (merged.actor.country.empty()) merged.actor.country = titled_one->mention.actor.country;
            merged.feminine = merged.feminine || titled_one->mention.feminine;
            merged.span = Span{tokens[first.first].span.begin, tokens[after - 1].span.end};
            merged.actor.span = Span{tokens[first.first].span.begin, tokens[closing - 1].span.end};
            merged.actor.text = std::string(merged.actor.span.of(text));
            remember_person(merged, std::string(titled_one->title_key), state);
            first.mention = std::move(merged);
            first.last = after;
            // Drop the second and whatever the complement held.
            std::size_t drop_end = a + 1;
            while (drop_end < found.size() && found[drop_end].first < after) ++drop_end;
            found.erase(found.begin() + static_cast<std::ptrdiff_t>(a + 1), found.begin() + static_cast<std::ptrdiff_t>(drop_end));
        }
    }

    // "die Küstenwache", "das Krankenhaus", "die Staatsholding": nouns of bodies, not people.
    static bool names_an_institution(std::string_view word) noexcept {
        static constexpr std::string_view endings[] = {
            "agentur", "amt",  "bank",   "behörde", "dienst",    "firma",       "gericht", "gruppe",  "haus",
            "holding", "institut", "klinik", "kommission", "konzern", "ministerium", "partei", "polizei", "rat",
            "spital",  "unternehmen", "verband", "verwaltung", "wache", "zentrale"};
        return detail::ends_with_any(word, endings, 1);
    }

    // "Singapore Airlines", "British Airways", "China Telecom": a company that bears a country's
    // name, whose home the text has not said and whose words are not the government's.
    static bool company_named_after_country(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i,
                                            std::size_t country_tokens, Candidate& c) {
        const std::size_t end = i + country_tokens;
        if (end >= tokens.size() || !is_company_suffix(tokens[end].text)) return false;
        start_actor(c, i, end + 1, detail::letter::organisation, ActorKind::organisation);
        c.mention.actor.name = join(tokens, i, end + 1);
        c.mention.country_known = true;
        set_actor_text(text, tokens, i, end + 1, c.mention);
        return true;
    }

    static bool is_company_suffix(std::string_view word) noexcept {
        static constexpr std::string_view suffixes[] = {
            "AG",       "Airlines", "Airways",  "Bank",     "Corp",     "Corporation", "GmbH", "Group",
            "Holding",  "Holdings", "Inc",      "Industries", "Ltd",    "Motors",      "Pharma", "SE",
            "Technologies", "Telecom", "plc"};
        return std::find(std::begin(suffixes), std::end(suffixes), word) != std::end(suffixes);
    }

    // Nouns for texts and abstractions, which say things only figuratively.
    static bool names_a_text(std::string_view word) noexcept {
        // Events one calls off ("sagte die Reise ab") are no speakers either.
        static constexpr std::string_view nouns[] = {
            "Analyse", "Auftritt", "Bericht", "Besuch",    "Brief",  "Dokument", "Gespräch", "Gipfel", "Konferenz",
            "Konzert", "Motto",    "Papier",  "Reise",     "Schreiben", "Spiel", "Sprichwort", "Statistik",
            "Studie",  "Teilnahme", "Termin", "Text",      "Treffen", "Urteil"};
        static_assert(detail::strictly_ascending(nouns), "sorted for the binary search");
        if (detail::contains_sorted(nouns, word)) return true;
        static constexpr std::string_view endings[] = {"heit", "ismus", "keit", "nahme", "tion", "tät", "ung"};
        return detail::ends_with_any(word, endings, 3);
    }

    static bool looks_like_common_noun(std::string_view word) noexcept {
        static constexpr std::string_view endings[] = {"ung", "ungen", "heit", "keit", "schaft", "tion", "tionen",
                                                       "tät", "ismus", "partner", "nahme", "ment", "ierung",
                                                       "chef", "leiter", "sprecher", "minister", "gesetz",
                                                       "politik", "kammer", "verband", "institut", "zentrum"};
        return detail::ends_with_any(word, endings, 3);
    }

    // Extends a person or organisation mention over a following "(SPÖ)" / "(OPCW)" / "(61)".
    void absorb_parenthesis(const std::vector<SentenceToken>& tokens, Candidate& c) const {
        if (std::size_t n = parenthesis_at(tokens, c.last, c.mention.actor.country)) {
            c.last += n;
            c.mention.span.end = tokens[c.last - 1].span.end;
        }
    }

    // "(AP)" closing a headline, "BAGHDAD (Reuters) -": the agency credited with the report,
    // which says nothing about the country the report is about.
    static bool is_agency_credit(const std::vector<SentenceToken>& tokens, std::size_t first, std::size_t end) {
        if (first == 0 || end >= tokens.size() || tokens[first - 1].text != "(" || tokens[end].text != ")") return false;
        return end + 1 == tokens.size() || is_dash(tokens[end + 1].text);
    }
    static bool is_dash(std::string_view word) noexcept {
        return word == "-" || word == "\xE2\x80\x93" || word == "\xE2\x80\x94";
    }
    static bool is_all_capitals(std::string_view word) noexcept {
        return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == '.'; });
    }

    // The place name of tokens [i, end) as the gazetteers spell it: words in capitals in title
    // case ("NEW DELHI" -> "New Delhi"), a full stop joined to its word ("St. Pölten").
    static std::string place_name(const std::vector<SentenceToken>& tokens, std::size_t i, std::size_t end) {
        std::string name;
        for (std::size_t k = i; k < end; ++k) {
            if (k > i && tokens[k].word) name += ' ';
            if (tokens[k].word && is_all_capitals(tokens[k].text)) {
                name += tokens[k].text[0];
                name.append(tokens[k].lower.substr(1));
            } else {
                name.append(tokens[k].text);
            }
        }
        return name;
    }

    // The city named by tokens [i, i + n) with n as large as it goes (three tokens: "St. Pölten",
    // "Frankfurt am Main"); sets *city and returns n, or 0.
    static std::size_t city_at(const std::vector<SentenceToken>& tokens, std::size_t i, const lexicon::City** city) {
        if (!tokens[i].word || !(detail::is_upper_initial(tokens[i].text) || is_all_capitals(tokens[i].text))) return 0;
        // Every name of more words starts with the name of its first: no city starts so, no lookups.
        if (!lexicon::city_starts_with(place_name(tokens, i, i + 1))) return 0;
        for (std::size_t n = std::min<std::size_t>(3, tokens.size() - i); n > 0; --n) {
            if (!tokens[i + n - 1].word && tokens[i + n - 1].text != ".") continue;
            if (const lexicon::City* found = lexicon::find_city(place_name(tokens, i, i + n))) {
                *city = found;
                return n;
            }
        }
        return 0;
    }

    // Datelines, in both languages: "SEOUL (Reuters) -", "NEW DELHI -", "BUCHAREST:", "GRAZ. ...",
    // "MUNICH (Reuters) -", "GENEVA, Switzerland -", "GROZNY, Russia (Reuters) -". The capital or
    // city in capitals, or the country after a town, is where the report was filed (a place,
    // weighed like "Wien –"), not a government that acts.
    bool capitalised_dateline(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, Language language,
                              Candidate& c) const {
        if (i != 0) return false;
        std::size_t town_end = 0;
        while (town_end < tokens.size() && town_end < 4 && tokens[town_end].word && is_all_capitals(tokens[town_end].text)) ++town_end;
        if (town_end == 0 || town_end >= tokens.size()) return false;
        std::size_t first = 0, last = town_end;  // the tokens of the place that names the country
        std::string_view alpha3;
        std::vector<std::string> spelled;        // the town as a gazetteer spells it: "New Delhi"
        std::vector<SentenceToken> place(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(town_end));
        spelled.reserve(town_end);
        for (SentenceToken& word : place) {
            std::string form(word.text);
            for (std::size_t k = 1; k < form.size(); ++k) form[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(form[k])));
            spelled.push_back(std::move(form));
            word.respell(spelled.back(), word.lower);
        }
        const lexicon::CountryForm* form = nullptr;
        const lexicon::City* city = nullptr;
        const std::string_view next = tokens[town_end].text;
        if (country_at(place, 0, &form) == town_end && form->kind == lexicon::CountryFormKind::capital) {
            alpha3 = form->alpha3;
        } else if (city_at(tokens, 0, &city) == town_end) {
            alpha3 = city->alpha3;
        } else if (town_end == 1 && country_at(place, 0, &form) == 1 && form->kind != lexicon::CountryFormKind::demonym &&
                   form->kind != lexicon::CountryFormKind::adjective && tokens[0].text.size() >= 3 &&
                   (next == "(" || next == ":")) {
            alpha3 = form->alpha3;  // "USA (Reuters) -", "IRAK:"
        } else {
            // "GROZNY, Russia": a town the gazetteer does not know, and its country.
            if (next != "," || town_end + 1 >= tokens.size()) return false;
            first = town_end + 1;
            last = first + country_at(tokens, first, &form);
            if (last == first || form->kind == lexicon::CountryFormKind::demonym) return false;
            alpha3 = form->alpha3;
        }
        if (last == town_end && next == "," && town_end + 1 < tokens.size()) {
            // "GENEVA, Switzerland -": the country after the city is part of the dateline.
            const lexicon::CountryForm* country = nullptr;
            const std::size_t m = country_at(tokens, town_end + 1, &country);
            if (m > 0 && country->kind == lexicon::CountryFormKind::name) first = town_end + 1, last = first + m, alpha3 = country->alpha3;
        }
        std::size_t after = last;
        if (after + 2 < tokens.size() && tokens[after].text == "(" && tokens[after + 2].text == ")") after += 3;
        const bool marked = after < tokens.size() &&
                            (is_dash(tokens[after].text) || tokens[after].text == ":" ||
                             (after == last && last == town_end && tokens[after].text == "(") ||
                             (after == last && last == town_end && tokens[after].text == "." && tokens[0].text.size() >= 3));
        if (!marked) return false;
        start_actor(c, first, last, detail::letter::place, ActorKind::country);
        c.mention.type = MentionType::place;
        c.mention.dateline = true;
        c.mention.actor.country = std::string(alpha3);
        if (const auto* country = lexicon::find_country(alpha3))
            c.mention.actor.name = std::string(language == Language::german ? country->name_de : country->name_en);
        set_actor_text(text, tokens, first, last, c.mention);
        return true;
    }

    // A city not in capitals where a place is: "Graz – ...", "Linz (APA) –", "München/Berlin –",
    // "Salzburg: ...", or after a locative preposition ("in Graz", "from Geneva"). A city is never
    // a government the way a capital is. Names that are also words or names ("Essen", "Mobile",
    // first names like "Florence") count only in a dateline; after a preposition they must not
    // run on into a capitalised word ("from Boston College").
    // "gab die PMDB bekannt", "Der RH hatte ... beziffert": in German an abbreviation of capitals
    // after a nominative article is a body even when no gazetteer lists it. Known ones ("die EU")
    // are found before; a digit ("die CO2") or a lower-case letter makes no abbreviation.
    static bool unknown_abbreviation_body(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i,
                                          Candidate& c) {
        if (i == 0 || !tokens[i].word) return false;
        const std::string_view article = tokens[i - 1].text;
        if (article != "der" && article != "Der" && article != "die" && article != "Die" && article != "das" &&
            article != "Das")
            return false;
        const std::string_view word = tokens[i].text;
        if (word.size() < 2 || word.size() > 6) return false;
        for (char ch : word)
            if (ch < 'A' || ch > 'Z') return false;
        // Not the start of a longer name or a compound ("die ÖVP-Spitze" is one token already).
        if (i + 1 < tokens.size() && tokens[i + 1].word && detail::is_upper_initial(tokens[i + 1].text)) return false;
        start_actor(c, i, i + 1, detail::letter::organisation, ActorKind::organisation);
        c.mention.actor.name = std::string(word);
        set_actor_text(text, tokens, i, i + 1, c.mention);
        return true;
    }

    bool city_place(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, Language language,
                    Candidate& c) const {
        const lexicon::City* city = nullptr;
        const std::size_t n = city_at(tokens, i, &city);
        if (n == 0) return false;
        // The full stop inside "St. Pölten" is part of the name: judge the dateline from its start.
        const bool dateline = (i == 0 && i + n < tokens.size() && (tokens[i + n].text == ":" || is_dash(tokens[i + n].text) ||
                                                                  tokens[i + n].text == "(" || tokens[i + n].text == "/")) ||
                              (i > 0 && is_dateline(tokens, i + n));
        if (!dateline) {
            if (city->kind == lexicon::CityKind::homograph || !after_locative_preposition(tokens, i)) return false;
            if (city->kind == lexicon::CityKind::city && lexicon::find_first_name(tokens[i].text) != nullptr) return false;
            if (i + n < tokens.size() && tokens[i + n].word && detail::is_upper_initial(tokens[i + n].text)) return false;
            if (i + n < tokens.size() && tokens[i + n].text == "-") return false;  // "in Graz-Umgebung"
        }
        start_actor(c, i, i + n, detail::letter::place, ActorKind::country);
        c.mention.type = MentionType::place;
        c.mention.dateline = dateline;
        c.mention.city = true;
        c.mention.actor.country = std::string(city->alpha3);
        if (const auto* country = lexicon::find_country(city->alpha3))
            c.mention.actor.name = std::string(language == Language::german ? country->name_de : country->name_en);
        set_actor_text(text, tokens, i, i + n, c.mention);
        return true;
    }

    // "in der polnischen Hauptstadt", "the Iraqi capital": the capital that a country adjective
    // names, a place of that country like the city's own name (never its government).
    bool capital_place(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, Language language,
                       Candidate& c) const {
        if (i == 0 || i + 1 >= tokens.size() || !tokens[i].word) return false;
        const std::string_view article = tokens[i - 1].lower;
        const std::string_view noun = tokens[i + 1].text;
        const bool german = language == Language::german && noun == "Hauptstadt" &&
                            (article == "der" || article == "die");
        const bool english = language == Language::english && noun == "capital" && article == "the";
        if (!german && !english) return false;
        const lexicon::CountryForm* adjective = country_adjective(tokens[i]);
        if (adjective == nullptr || adjective->kind != lexicon::CountryFormKind::adjective) return false;
        start_actor(c, i, i + 2, detail::letter::place, ActorKind::country);
        c.mention.type = MentionType::place;
        c.mention.city = true;
        c.mention.actor.country = std::string(adjective->alpha3);
        if (const auto* country = lexicon::find_country(adjective->alpha3))
            c.mention.actor.name = std::string(german ? country->name_de : country->name_en);
        set_actor_text(text, tokens, i, i + 2, c.mention);
        return true;
    }

    // "during his recent visit to India", "during her trip to Moscow", "bei seinem Besuch in Peking":
    // the possessive before a visit names the visitor, the person of its gender named last (within
    // three sentences: "ihrem" is also "their", which no woman named long before should take).
    // So does the possessive before talks with someone: "nach seinen Gesprächen mit Merkel",
    // "after his talks with Putin".
    bool visitor_possessive(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, Language language,
                            DocumentState& state, Candidate& c) const {
        const std::string_view w = tokens[i].lower;
        bool feminine = false;
        if (language == Language::german) {
            static constexpr std::string_view his[] = {"sein", "seine", "seinem", "seinen", "seiner", "seines"};
            static constexpr std::string_view her[] = {"ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres"};
            feminine = std::find(std::begin(her), std::end(her), w) != std::end(her);
            if (!feminine && std::find(std::begin(his), std::end(his), w) == std::end(his)) return false;
        } else {
            feminine = w == "her";
            if (!feminine && w != "his") return false;
        }
        // The visit within two words: "seinem dreitägigen Besuch", "his second official visit".
        bool visit = false;
        for (std::size_t k = i + 1; k < tokens.size() && k <= i + 3 && tokens[k].word && !visit; ++k) {
            const std::string_view noun = tokens[k].lower;
            if (language == Language::german) {
                visit = detail::is_upper_initial(tokens[k].text) &&
                        (detail::ends_with(noun, "besuch") || detail::ends_with(noun, "besuchs") || noun == "reise" ||
                         detail::ends_with(noun, "-reise") || noun == "visite" || noun == "aufenthalt" || noun == "aufenthalts");
            } else {
                visit = noun == "visit" || noun == "visits" || noun == "trip" || noun == "tour" || noun == "arrival" || noun == "stay";
            }
            // Talks count only with their partner after them: "seine Gespräche" alone may be any.
            if (!visit && k + 1 < tokens.size() && (tokens[k + 1].text == "mit" || tokens[k + 1].text == "with"))
                visit = language == Language::german
                            ? detail::is_upper_initial(tokens[k].text) &&
                                  (detail::ends_with(noun, "gespräch") || detail::ends_with(noun, "gesprächen") ||
                                   detail::ends_with(noun, "gespräche") || noun == "treffen" || noun == "unterredung" ||
                                   noun == "telefonat" || noun == "verhandlungen" || noun == "begegnung")
                            : noun == "talks" || noun == "meeting" || noun == "meetings" || noun == "call" ||
                                  noun == "conversation" || noun == "negotiations";
        }
        if (!visit) return false;
        // After a preposition only ("bei seinem Besuch", "during his visit"): "sagt seine Reise ab"
        // cancels a trip, and "said his visit" must not make the possessive a speaker.
        static constexpr std::string_view prepositions[] = {"After", "Before", "Bei",  "During", "Nach",   "On",     "Vor",  "Während", "after",
                                                            "auf",  "bei",    "before", "during", "nach", "of",      "on",
                                                            "seit", "since",  "vor",    "während", "zu"};
        if (i == 0 || std::find(std::begin(prepositions), std::end(prepositions), tokens[i - 1].text) == std::end(prepositions))
            return false;
        bool named = false;
        for (std::size_t k = 0; k < state.people.size() && !named; ++k)
            named = state.people_feminine[k] == feminine && state.people_last_sentence[k] + 3 >= state.sentence;
        if (!named) return false;
        // The possessive names no one anew: "On the fourth day of his tour, the UK chancellor
        // predicted" may still give the title to the man just named, which a person named in
        // this sentence would not get.
        const std::vector<std::size_t> mentions = state.people_mentions, last = state.people_last_sentence,
                                       order = state.people_order;
        const bool resolved = refer_back(text, tokens, i, feminine, state, c);
        state.people_mentions = mentions;
        state.people_last_sentence = last;
        state.people_order = order;
        return resolved;
    }

    static void remember_country(const Actor& country, DocumentState& state) {
        auto& seen = state.countries;
        seen.erase(std::remove_if(seen.begin(), seen.end(), [&](const auto& entry) { return entry.first.name == country.name; }),
                   seen.end());
        seen.emplace_back(country, state.sentence);
    }

    // "die beiden Minister", "der beiden Politiker", "beide Seiten", "the two leaders", "both men",
    // "the two countries": a pair, never one person. It stands for the last two people (countries,
    // for sides) named in this or the two sentences before, who become its members (a meeting's
    // participants); the mention itself is a group ("Lawrow und Kerry"), one speaker for a
    // statement. With fewer than two named, it is a group no one resolves.
    bool plural_pair(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, Language language,
                     const DocumentState& state, Candidate& c) const {
        const std::string_view w = tokens[i].text;
        const std::string_view before = i > 0 ? tokens[i - 1].text : std::string_view();
        bool opens = false;
        if (language == Language::german) {
            // "die beiden Minister", "der beiden Politiker", "Beide Seiten"; not "beide" as a pronoun.
            opens = (w == "beiden" && (before == "die" || before == "Die" || before == "der" || before == "den")) ||
                    w == "Beide" || (w == "beide" && (i == 0 || !tokens[i - 1].word || before == "und" || before == "dass"));
        } else {
            opens = ((w == "two" || w == "Two") && (before == "the" || before == "The")) || w == "both" || w == "Both";
        }
        if (!opens || i + 1 >= tokens.size() || !tokens[i + 1].word) return false;
        std::size_t end = i + 2;
        std::string_view noun = tokens[i + 1].text;
        // "the two foreign ministers", "die beiden Außenminister"; "the two prime ministers".
        if (language == Language::english && (noun == "foreign" || noun == "prime" || noun == "finance" || noun == "defence" ||
                                              noun == "defense") && end < tokens.size()) {
            noun = tokens[end].text;
            ++end;
        }
        enum class Pair { none, people, countries, sides } pair = Pair::none;
        static constexpr std::string_view german_people[] = {
            "Amtskollegen", "Außenminister", "Chefs", "Frauen", "Kandidaten", "Kanzler", "Minister", "Männer",
            "Parteichefs", "Politiker", "Politikerinnen", "Premierminister", "Präsidenten", "Regierungschefs",
            "Spitzenpolitiker", "Staatschefs", "Staatsmänner"};
        static constexpr std::string_view english_people[] = {"chiefs", "counterparts", "leaders", "men", "ministers",
                                                              "politicians", "premiers", "presidents", "women"};
        static_assert(detail::strictly_ascending(german_people) && detail::strictly_ascending(english_people),
                      "sorted for the binary search");
        if (language == Language::german) {
            if (detail::contains_sorted(german_people, noun)) pair = Pair::people;
            else if (noun == "Länder" || noun == "Staaten" || noun == "Regierungen") pair = Pair::countries;
            else if (noun == "Seiten") pair = Pair::sides;
        } else {
            if (detail::contains_sorted(english_people, noun)) pair = Pair::people;
            else if (noun == "countries" || noun == "nations" || noun == "governments") pair = Pair::countries;
            else if (noun == "sides") pair = Pair::sides;
        }
        if (pair == Pair::none) return false;
        // "beide Seiten des Konflikts", "both sides of the border": a place, not two parties.
        if (end < tokens.size() && (tokens[end].text == "of" || tokens[end].text == "des" || tokens[end].text == "der"))
            return false;

        std::vector<Actor> members;
        constexpr std::size_t window = 2;
        const auto recent = [&](std::size_t sentence) { return sentence + window >= state.sentence; };
        if (pair == Pair::countries || pair == Pair::sides) {
            for (auto it = state.countries.rbegin(); it != state.countries.rend() && members.size() < 2; ++it)
                if (recent(it->second)) members.push_back(it->first);
            if (members.size() < 2) members.clear();
        }
        // Sides are parties to a conflict or a deal, which a pair of people named nearby often is not.
        if (pair == Pair::people) {
            std::vector<std::size_t> order;  // the people named within the window, most salient first
            for (std::size_t k = 0; k < state.people.size(); ++k)
                if (recent(state.people_last_sentence[k]) && !state.people[k].name.empty()) order.push_back(k);
            std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                return state.people_last_sentence[a] != state.people_last_sentence[b]
                           ? state.people_last_sentence[a] > state.people_last_sentence[b]
                           : state.people_order[a] > state.people_order[b];
            });
            for (std::size_t k = 0; k < order.size() && k < 2; ++k) members.push_back(state.people[order[k]]);
            if (members.size() < 2) members.clear();
            else std::swap(members[0], members[1]);  // in the order they were named
        } else if (members.size() == 2) {
            std::swap(members[0], members[1]);
        }

        start_actor(c, i, end, detail::letter::group, ActorKind::group);
        set_actor_text(text, tokens, i, end, c.mention);
        if (members.empty()) {
            c.mention.actor.name = c.mention.actor.text;
            return true;
        }
        c.mention.pronoun = true;
        c.mention.actor.name = members[0].name + (language == Language::german ? " und " : " and ") + members[1].name;
        if (members[0].country == members[1].country) c.mention.actor.country = members[0].country;
        c.mention.country_known = true;
        for (Actor& member : members) {
            member.text = c.mention.actor.text;
            member.span = c.mention.span;
            c.mention.members.push_back(std::move(member));
        }
        return true;
    }

    // A region, province or territory after a locative preposition: "in Darfur", "nach
    // Tschetschenien", "to Kashmir", "in Kärnten". Like a city it is where something happens, not
    // a government; its actor is the country it lies in where that is clear ("Kashmir" has none).
    // It must not run on into a capitalised word ("in Bayern München") or a compound ("in Tirol-Nord").
    bool region_place(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, Language language,
                      Candidate& c) const {
        if (!tokens[i].word || !detail::is_upper_initial(tokens[i].text) || !after_locative_preposition(tokens, i)) return false;
        const lexicon::Region* region = nullptr;
        std::size_t n = std::min<std::size_t>(3, tokens.size() - i);
        for (; n > 0; --n) {
            if (!tokens[i + n - 1].word) continue;
            if ((region = lexicon::find_region(place_name(tokens, i, i + n))) != nullptr) break;
        }
        if (region == nullptr) return false;
        if (i + n < tokens.size() && tokens[i + n].word && detail::is_upper_initial(tokens[i + n].text)) return false;
        if (i + n < tokens.size() && tokens[i + n].text == "-") return false;
        start_actor(c, i, i + n, detail::letter::place, ActorKind::country);
        c.mention.type = MentionType::place;
        c.mention.city = true;  // evidence of the home country no more than a city is
        c.mention.actor.country = std::string(region->alpha3);
        const lexicon::Country* country = region->alpha3.empty() ? nullptr : lexicon::find_country(region->alpha3);
        c.mention.actor.name = country != nullptr ? std::string(language == Language::german ? country->name_de : country->name_en)
                                                  : place_name(tokens, i, i + n);
        set_actor_text(text, tokens, i, i + n, c.mention);
        return true;
    }

    // "Wien – Die Regierung ...", "Kiew (APA) –": the place a report was filed from, not a
    // government. `end` is the token after the place name, which opens the sentence.
    static bool is_dateline(const std::vector<SentenceToken>& tokens, std::size_t end) {
        if (end >= tokens.size() || end > 4) return false;
        for (std::size_t k = 0; k < end; ++k)  // "Frankfurt/Wien –"
            if (!tokens[k].word && tokens[k].text != "/") return false;
        const std::string_view next = tokens[end].text;
        return next == "\xE2\x80\x93" || next == "\xE2\x80\x94" || next == "-" || next == "(" || next == "/";
    }

    static bool after_locative_preposition(const std::vector<SentenceToken>& tokens, std::size_t i) {
        if (i == 0) return false;
        std::size_t k = i - 1;
        const std::string_view w = tokens[k].text;
        if ((w == "der" || w == "den" || w == "dem" || w == "die" || w == "the") && k > 0) --k;
        static constexpr std::string_view prepositions[] = {"in", "In", "nach", "Nach", "aus", "Aus", "im", "Im",
                                                            "from", "From", "into", "to", "at", "At"};
        // "according to Iraq", "thanks to Britain": a source or a cause, no destination.
        if (tokens[k].text == "to" && k > 0) {
            const std::string_view before = tokens[k - 1].text;
            if (before == "according" || before == "According" || before == "thanks" || before == "Thanks") return false;
        }
        for (std::string_view p : prepositions)
            if (tokens[k].text == p) return true;
        return false;
    }

    bool pronoun(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, DocumentState& state,
                 Candidate& c) const {
        const std::string_view w = tokens[i].text;
        const bool feminine = w == "sie" || w == "Sie" || w == "she" || w == "She";
        const bool german = w == "sie" || w == "Sie" || w == "er" || w == "Er";
        if (german && feminine && i + 1 < tokens.size()) {
            // "sie warnten" is plural (they); "Sie warnte" singular (she).
            const std::string_view next = tokens[i + 1].text;
            // After a singular auxiliary or verb of saying, the word that follows says nothing
            // of number: "In ihrer Aussage hatte sie bestritten", "Zudem fordert sie Reformen".
            static constexpr std::string_view singular_aux[] = {"habe", "hat", "hatte", "hätte", "ist", "kann", "konnte",
                                                                "muss", "musste", "sei", "soll", "sollte", "war", "wird",
                                                                "will", "wollte", "wurde", "würde"};
            const std::string_view before = i > 0 ? tokens[i - 1].text : std::string_view();
            const bool after_singular_aux =
                w == "sie" && i > 0 &&
                (std::find(std::begin(singular_aux), std::end(singular_aux), before) != std::end(singular_aux) ||
                 (is_statement_verb(before) && !detail::ends_with(before, "en")));
            if (!after_singular_aux && (detail::ends_with(next, "en") || next == "sind" || next == "haben" || next == "werden"))
                return false;
        }
        return refer_back(text, tokens, i, feminine, state, c);  // "sie" with no woman named: they, or you
    }

    // "Gauck, der ihn zum Mittagessen empfing", "Obama met him", "Souness said ... after Bellamy
    // accused him": a masculine object pronoun is a man of the last sentences, but not the
    // clause's subject, the person the sentence named last before it.
    // Only the unambiguous forms: "sie" and "ihr" are also "they", "her" also a possessive. Its
    // own placeholder letter keeps it out of the slots of speakers and requesters.
    static bool object_pronoun(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i,
                               const DocumentState& state, Candidate& c) {
        constexpr std::size_t window = 3;
        const std::size_t none = state.people.size();
        std::size_t subject = none;
        for (std::size_t k = 0; k < state.people.size(); ++k)
            if (state.people_last_sentence[k] == state.sentence &&
                (subject == none || state.people_order[k] > state.people_order[subject]))
                subject = k;
        // The man named last before the subject in this sentence ("Frisk says Rijkaard greeted
        // him"), or else the most salient man of the last sentences.
        std::size_t best = none;
        for (std::size_t k = 0; k < state.people.size(); ++k)
            if (k != subject && !state.people_feminine[k] && state.people_last_sentence[k] == state.sentence &&
                (best == none || state.people_order[k] > state.people_order[best]))
                best = k;
        for (std::size_t k = 0; best == none && k < state.people.size(); ++k) {
            if (k == subject || state.people_feminine[k] || state.people_last_sentence[k] + window < state.sentence) continue;
            if (more_salient(state, k, best)) best = k;
        }
        if (best == none) return false;
        // Not touched: an object is no antecedent that a following "he" would prefer.
        point_back(text, tokens, i, state.people[best], detail::letter::object_pronoun, c);
        return true;
    }

    // Token i as a pronoun for `antecedent`.
    static void point_back(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, const Actor& antecedent,
                           char letter, Candidate& c) {
        c.first = i;
        c.last = i + 1;
        c.mention.type = MentionType::actor;
        c.mention.letter = letter;
        c.mention.actor = antecedent;
        name_unnamed_antecedent(c.mention.actor);
        c.mention.pronoun = true;
        set_actor_text(text, tokens, i, i + 1, c.mention);
    }

    // An English verb of saying at token i, after up to two auxiliaries or adverbs: "said",
    // "also warned", "will say", "has since claimed". Returns the verb's token, or 0.
    static std::size_t english_reporting_verb_after(const std::vector<SentenceToken>& tokens, std::size_t i) noexcept {
        for (std::size_t k = i; k < tokens.size() && k < i + 3 && tokens[k].word; ++k) {
            const std::string_view word = tokens[k].text;
            // Verbs that follow a known subject; after unknown words ("the party's declared
            // candidate", "the Oscar-nominated Owen told") some are no statement of theirs.
            if (is_english_statement_verb(word) || is_english_verb_after_subject(word) ||
                (k > i && (word == "say" || word == "add" || word == "argue")))
                return k;
            if (!is_english_auxiliary(word) && word != "since" && word != "quickly") return 0;
        }
        return 0;
    }
    static bool is_english_verb_after_subject(std::string_view word) noexcept {
        static constexpr std::string_view verbs[] = {
            "accused",   "acknowledged", "admitted", "asked",     "attacked", "branded",   "conceded", "condemned",
            "confirmed", "criticised",   "criticized", "declared", "defended", "dismissed", "explained", "predicted",
            "promised",  "questioned",   "rejected",  "replied",   "told",     "vowed",     "welcomed"};
        static_assert(detail::strictly_ascending(verbs), "sorted for the binary search");
        return detail::contains_sorted(verbs, word);
    }
    static bool english_reporting_verb_at(const std::vector<SentenceToken>& tokens, std::size_t i) noexcept {
        return english_reporting_verb_after(tokens, i) != 0;
    }

    // Whether the pronoun at i is the subject of a reporting clause after what was said:
    // ", he said", "\" she added", ", sagte er", ", so sie".
    static bool closes_reported_speech(const std::vector<SentenceToken>& tokens, std::size_t i) noexcept {
        if (i == 0) return false;
        // "X verspricht keine Wunder: Ich kann ..., betonte er": X, before the colon, speaks.
        for (std::size_t k = 0; k < i; ++k)
            if (tokens[k].text == ":") return false;
        const std::string_view before = tokens[i - 1].text;
        auto ends_quote_or_comma = [](std::string_view t) {
            return t == "," || t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" || t == "'";
        };
        if (ends_quote_or_comma(before))
            return i + 1 < tokens.size() && (is_reporting_verb(tokens[i + 1].text) || is_statement_verb(tokens[i + 1].text) ||
                                             english_reporting_verb_at(tokens, i + 1));
        return i >= 2 && ends_quote_or_comma(tokens[i - 2].text) &&
               (is_reporting_verb(before) || is_german_closing_verb(before));  // also ", so er"
    }

    // Token i refers to the most salient person of that gender: among those named in the last
    // three sentences, the one in the latest sentence, and there the one named first (the
    // subject, as a rule: "Howard attacked Blair. He said ..."), else the last one named at all.
    // Measured on the labelled sets: recency before frequency took en_dev full match from 0.639
    // to 0.658, the first-named tie-break to 0.694 (de_meet2 0.458 -> 0.470, de_dev 0.634 -> 0.625).
    //
    // The speaker of a closing reporting clause (", he said", ", sagte er") is not a person named
    // inside the quote before it: "Tony Blair will lead the campaign, he said" is someone else.
    static bool refer_back(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i, bool feminine,
                           DocumentState& state, Candidate& c) {
        constexpr std::size_t window = 3;
        const bool closing_report = closes_reported_speech(tokens, i);
        const std::string_view w = tokens[i].text;
        const bool german = w == "er" || w == "Er" || w == "sie" || w == "Sie";
        std::size_t best = state.people.size();

        for (int pass = closing_report ? 0 : 1; pass < 2 && best == state.people.size(); ++pass) {
            for (std::size_t k = 0; k < state.people.size(); ++k) {
                if (state.people_feminine[k] != feminine) continue;
                // Past the window only for a closing report, whose speaker often opened the
                // paragraph several quoted sentences before.
                if (pass == 1 && state.people_last_sentence[k] + window < state.sentence) continue;
                // German indirect speech names its speaker with a pronoun before the closing
                // report ("Er rechne mit Hilfe, sagte er"): only a name inside it is someone else.
                if (pass == 0 && (german ? state.people_named_sentence[k] : state.people_last_sentence[k]) == state.sentence)
                    continue;
                if (more_salient(state, k, best)) best = k;
            }
        }
        if (best == state.people.size()) {
            for (std::size_t k = state.people.size(); k-- > 0;) {
                if (state.people_feminine[k] == feminine) {
                    best = k;
                    break;
                }
            }
        }
        // '"...," he said' after a run of reported speech whose sentences name others ("They could
        // picture Michael Howard or Tony Blair doing it"): the one seen speaking last. A person
        // named later than that speaker, in the sentence right before, is the one quoted now.
        if (closing_report && state.last_speaker < state.people.size() && state.people_feminine[state.last_speaker] == feminine &&
            state.last_speaker_sentence < state.sentence && state.last_speaker_sentence + window >= state.sentence &&
            (best == state.people.size() || state.people_last_sentence[best] + 1 < state.sentence ||
             state.people_last_sentence[best] <= state.last_speaker_sentence))
            best = state.last_speaker;
        // German: "..., sagte Merkel. Putin habe ... gedroht. Das sei falsch, betonte sie" or
        // "Sie betonte": a person named only in the reported speech since the speaker (a sentence
        // in Konjunktiv I without a verb of saying) is what was said, not a new speaker.
        if (german && best < state.people.size() && state.last_speaker < state.people.size() && best != state.last_speaker &&
            state.people_feminine[state.last_speaker] == feminine && state.last_speaker_sentence + window >= state.sentence &&
            state.people_named_sentence[best] < state.sentence && state.people_named_sentence[best] > state.last_speaker_sentence &&
            state.people_named_sentence[best] > 0 && state.people_named_sentence[best] <= state.reported_sentences.size() &&
            state.reported_sentences[state.people_named_sentence[best] - 1])
            best = state.last_speaker;
        if (best == state.people.size()) return false;
        touch(state, best, false);
        if (closing_report) {
            state.last_speaker = best;
            state.last_speaker_sentence = state.sentence;
        }
        point_back(text, tokens, i, state.people[best], detail::letter::pronoun, c);
        c.mention.feminine = feminine;
        return true;
    }

    // "A spokeswoman for the Electoral Commission said ... She said": a pronoun that points back
    // to someone the text never names is known only by that first description, which becomes its
    // name; with the pronoun's own text alone nobody could tell who "She" is.
    static void name_unnamed_antecedent(Actor& actor) {
        if (!actor.name.empty() || actor.role.empty() || actor.text.empty()) return;
        std::string_view description = actor.text;
        for (std::string_view article : {"the ", "The ", "a ", "A ", "an ", "An "})
            if (description.substr(0, article.size()) == article) description.remove_prefix(article.size());
        actor.name = std::string(description);
    }

    // "der 72-Jährige", "die 45-Jährige": German news names a person by age once introduced.
    static bool is_age_noun(std::string_view word) noexcept {
        return detail::ends_with(word, "-J\xC3\xA4hrige") || detail::ends_with(word, "-J\xC3\xA4hriger") ||
               detail::ends_with(word, "-J\xC3\xA4hrigen");
    }

    // "..., sagte ein Betreuer", "sagt die Sozioökonomin Karin Heitzmann": after a verb of
    // saying, an article opens the speaker even when its noun is in no gazetteer. Token i is the
    // article; the mention starts after it, so that rules read the article themselves.
    bool speaker_after_speech_verb(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i,
                                   DocumentState& state, Candidate& c) const {
        if (i == 0 || !is_reporting_verb(tokens[i - 1].text)) return false;
        const std::string_view article = tokens[i].text;
        const bool feminine_article = article == "die" || article == "eine";
        if (!feminine_article && article != "der" && article != "ein" && article != "das") return false;
        std::size_t j = i + 1;
        while (j < tokens.size() && j - i <= 3 && tokens[j].word && !detail::is_upper_initial(tokens[j].text) &&
               (detail::is_german_adjective_like(tokens[j].text) || std::isdigit(static_cast<unsigned char>(tokens[j].text[0]))))
            ++j;
        if (j >= tokens.size() || !tokens[j].word || !detail::is_upper_initial(tokens[j].text) ||
            detail::is_function_word(tokens[j].text))
            return false;
        const std::string_view noun = tokens[j].text;
        // "der Kiewer Politologe Alexander Kawa": a modifier of a title that follows.
        if (j + 1 < tokens.size() && is_title_at(tokens, j + 1)) return false;
        // Known titles, organisations and countries are recognised at j, with their names.
        const lexicon::Organisation* org = nullptr;
        const lexicon::CountryForm* form = nullptr;
        // "sagt der Wissenschafter": a group's word that is also singular, after "der" or "ein", is
        // one person, where the title on its own would be nobody in particular.
        const lexicon::Title* title = nullptr;
        std::string_view prefix;
        const bool one_of_a_group = title_at(tokens, j, &title, &prefix) == 1 && title->kind == lexicon::TitleKind::group &&
                                    is_vague(title->canonical) && (article == "der" || article == "ein") &&
                                    (j + 1 >= tokens.size() || !tokens[j + 1].word || !detail::is_upper_initial(tokens[j + 1].text));
        if ((title != nullptr && !one_of_a_group) || organisation_form_at(tokens, j, &org) > 0)
            return false;
        if (country_at(tokens, j, &form) > 0) {
            // "meinte der 69-jährige Niederländer": one person of that country; other forms of
            // countries are recognised at j.
            if (form->kind != lexicon::CountryFormKind::demonym || j == i + 1 || tokens[i].text == "die") return false;
            start_actor(c, i + 1, j + 1, detail::letter::person, ActorKind::person);
            c.mention.actor.role = std::string(noun);
            c.mention.actor.country = std::string(form->alpha3);
            set_actor_text(text, tokens, c.first, c.last, c.mention);
            return true;
        }
        if (!detail::has_lower(noun)) {
            // "so die VIG", "teilte die OMV mit": an acronym that speaks is an organisation.
            if (noun.size() < 2 || noun.size() > 6 || !std::all_of(noun.begin(), noun.end(), [](char ch) {
                    return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
                }))
                return false;
            start_actor(c, i + 1, j + 1, detail::letter::organisation, ActorKind::organisation);
            c.mention.actor.name = std::string(noun);
            set_actor_text(text, tokens, c.first, c.last, c.mention);
            return true;
        }
        if (names_a_text(noun)) return false;  // "so der Bericht": a source, not a speaker
        if (article == "das" && !names_an_institution(noun)) return false;  // "sagte das Treffen ab"
        if (is_age_noun(noun)) {
            if (!refer_back(text, tokens, j, feminine_article, state, c)) return false;
            c.first = i + 1;
            set_actor_text(text, tokens, c.first, c.last, c.mention);
            return true;
        }
        const std::size_t name = j + 1 < tokens.size() ? name_at(tokens, j + 1) : 0;
        const std::size_t last = name >= 2 ? j + 1 + name : j + 1;
        if (name < 2 && names_an_institution(noun)) {
            start_actor(c, i + 1, last, detail::letter::organisation, ActorKind::organisation);
            c.mention.actor.role = std::string(text.substr(tokens[i + 1].span.begin, tokens[j].span.end - tokens[i + 1].span.begin));
            c.mention.actor.name = c.mention.actor.role;
            set_actor_text(text, tokens, c.first, c.last, c.mention);
            return true;
        }
        start_actor(c, i + 1, last, detail::letter::person, ActorKind::person);
        c.mention.actor.role = std::string(text.substr(tokens[i + 1].span.begin, tokens[j].span.end - tokens[i + 1].span.begin));
        if (name >= 2) c.mention.actor.name = join(tokens, j + 1, last);
        c.mention.feminine = feminine_article;
        set_actor_text(text, tokens, c.first, c.last, c.mention);
        if (name >= 2) {
            remember_person(c.mention, "", state);
        } else if (names_one_known_person(tokens, i, j)) {
            // "sagt der Segler", "meinte der Ortschef": a definite description of someone the
            // report introduced; a new person comes with a name or "ein".
            if (const std::size_t earlier = person_in_view(state, feminine_article, "", "", true); earlier < state.people.size())
                refer_to_person(state, earlier, c.mention);
        }
        return true;
    }

    // "Dieser lehnt die Entsendung ab", "Diese kritisierte": a demonstrative that opens a clause
    // before a verb of statements is the person the sentences before were about.
    static bool demonstrative_speaker(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i,
                                      DocumentState& state, Candidate& c) {
        const std::string_view word = tokens[i].text;
        const bool masculine = word == "Dieser" || word == "dieser";
        if ((!masculine && word != "Diese" && word != "diese") || i + 1 >= tokens.size()) return false;
        if (i > 0 && tokens[i - 1].word && tokens[i - 1].text != "und" && tokens[i - 1].text != "aber") return false;
        const std::string_view verb = tokens[i + 1].text;
        // "Diese forderten": a plural, not a woman.
        if (!is_statement_verb(verb) || detail::ends_with(verb, "en") || detail::ends_with(verb, "rn")) return false;
        return refer_back(text, tokens, i, !masculine, state, c);
    }

    // "sein Büro teilte mit", "hieß es aus ihrem Büro": the office of the person a possessive
    // points back to speaks for that person.
    static bool office_of_person(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i,
                                 DocumentState& state, Candidate& c) {
        if (tokens[i].text != "B\xC3\xBCro" || i == 0) return false;
        const std::string_view owner = tokens[i - 1].text;
        const bool his = owner == "sein" || owner == "seinem" || owner == "seines" || owner == "Sein";
        const bool her = owner == "ihr" || owner == "ihrem" || owner == "ihres" || owner == "Ihr";
        if (!his && !her) return false;
        if (!refer_back(text, tokens, i, her, state, c)) return false;
        const std::string person = c.mention.actor.name;
        c.mention.letter = detail::letter::organisation;
        c.mention.actor.kind = ActorKind::organisation;
        c.mention.actor.role = "B\xC3\xBCro";
        c.mention.actor.name = "B\xC3\xBCro " + person;
        c.mention.pronoun = false;
        c.mention.feminine = false;
        return true;
    }

    // "Die Untersuchungsbehörden sprechen von ...", "Der Ex-Gewerkschafter wies ... zurück": an
    // article and an unknown noun that open a clause, with a verb of statements right after,
    // are its subject. Known titles, bodies and countries are recognised on their own.
    bool speaker_before_statement_verb(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i,
                                       Candidate& c) const {
        const std::string_view article = tokens[i].text;
        // "Ein Behördenvertreter sagte": an indefinite article opens one speaker too.
        const bool indefinite = article == "ein" || article == "Ein" || article == "eine" || article == "Eine";
        const bool plural_or_feminine = article == "die" || article == "Die" || article == "eine" || article == "Eine";
        if (!plural_or_feminine && !indefinite && article != "der" && article != "Der") return false;
        if (i > 0 && tokens[i - 1].word) {
            const std::string_view before = tokens[i - 1].text;
            if (before != "und" && before != "aber" && before != "doch" && before != "auch" && before != "Auch" &&
                before != "zudem" && before != "Zudem")
                return false;
        }
        std::size_t j = i + 1;
        while (j < tokens.size() && j - i <= 3 && tokens[j].word && !detail::is_upper_initial(tokens[j].text) &&
               detail::is_german_adjective_like(tokens[j].text))
            ++j;
        if (j + 1 >= tokens.size() || !tokens[j].word || !detail::is_upper_initial(tokens[j].text) ||
            !detail::has_lower(tokens[j].text) || detail::is_function_word(tokens[j].text) ||
            !is_statement_verb(tokens[j + 1].text))
            return false;
        const std::string_view noun = tokens[j].text;
        const lexicon::Organisation* org = nullptr;
        const lexicon::CountryForm* form = nullptr;
        if (is_title_at(tokens, j) || organisation_form_at(tokens, j, &org) > 0 ||
            country_at(tokens, j, &form) > 0 || names_a_text(noun) || is_age_noun(noun))
            return false;
        // "Ein Behördenvertreter sagte" names someone by office; "Ein Mann sagt", "Ein Nutzer
        // schreibt" name nobody one could identify, and "ein Fossilfund" nobody at all.
        static constexpr std::string_view offices[] = {"beamte", "beamter", "diplomat", "experte", "funktionär", "kommandeur",
                                                       "mitarbeiter", "offizier", "polizist", "sprecher", "sprecherin",
                                                       "vertreter", "vertreterin", "verantwortliche", "verantwortlicher"};
        if (indefinite && !detail::ends_with_any(tokens[j].lower, offices)) return false;
        const bool institution = names_an_institution(noun);
        const std::string_view verb = tokens[j + 1].text;
        const bool plural_verb = !indefinite && (detail::ends_with(verb, "en") || detail::ends_with(verb, "rn"));
        if (person_after_verb(tokens, j + 2)) return false;
        start_actor(c, i + 1, j + 1, institution ? detail::letter::organisation
                                     : plural_verb ? detail::letter::group : detail::letter::person,
                    institution ? ActorKind::organisation : plural_verb ? ActorKind::group : ActorKind::person);
        c.mention.actor.role = std::string(text.substr(tokens[i + 1].span.begin, tokens[j].span.end - tokens[i + 1].span.begin));
        if (institution) c.mention.actor.name = c.mention.actor.role;
        c.mention.feminine = plural_or_feminine && !plural_verb;
        set_actor_text(text, tokens, c.first, c.last, c.mention);
        return true;
    }

    // "Die Vorwürfe wies der Minister zurück", "Die Pläne kritisierte Peter Pilz": a person
    // right after the verb is the subject, so what opens the clause is its object. Only a
    // person counts: "Die Sprecherin sagte der Zeitung" has a dative after the verb.
    bool person_after_verb(const std::vector<SentenceToken>& tokens, std::size_t k) const {
        if (k >= tokens.size() || !tokens[k].word) return false;
        const bool article = tokens[k].text == "der" || tokens[k].text == "die";
        if (article && ++k >= tokens.size()) return false;
        while (k < tokens.size() && k + 1 < tokens.size() && detail::is_german_adjective_like(tokens[k].text)) ++k;
        const lexicon::Title* title = nullptr;
        std::string_view prefix;
        if (title_at(tokens, k, &title, &prefix) > 0 && title->kind == lexicon::TitleKind::person) return true;
        if (article) return false;
        const std::size_t n = name_at(tokens, k);
        return n >= 2 || (n == 1 && lexicon::first_name_gender(tokens[k].text) != lexicon::Gender::unknown);
    }

    // "The select committee found", "the programme makers suggest", "The report warns": in
    // English, "the" and up to four words right before a verb of saying are its subject, even
    // when the words are in no gazetteer. Known titles and names are recognised on their own.
    bool unknown_english_speaker(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i,
                                 Candidate& c) const {
        if (tokens[i].text != "the" && tokens[i].text != "The") return false;
        if (i > 0 && tokens[i - 1].word && tokens[i - 1].text != "and" && tokens[i - 1].text != "but" &&
            tokens[i - 1].text != "But" && tokens[i - 1].text != "And")
            return false;
        std::size_t j = i + 1;
        while (j < tokens.size() && j <= i + 4 && tokens[j].word && !is_english_statement_verb(tokens[j].text) &&
               !is_english_auxiliary(tokens[j].text) && !(j > i + 1 && is_english_manner_adverb(tokens[j].text)))
            ++j;
        const std::size_t noun_end = j;
        // "The commission also says", "The European Union has said", "The document reportedly said";
        // not the passive "will be announced".
        while (j < tokens.size() && j < noun_end + 3 &&
               (is_english_auxiliary(tokens[j].text) || is_english_manner_adverb(tokens[j].text))) {
            if (tokens[j].text == "be" || tokens[j].text == "been" || tokens[j].text == "is" || tokens[j].text == "was" ||
                tokens[j].text == "are" || tokens[j].text == "were")
                return false;
            ++j;
        }
        if (noun_end == i + 1 || j >= tokens.size() || !is_english_statement_verb(tokens[j].text)) return false;
        j = noun_end;
        for (std::size_t k = i + 1; k < j; ++k) {
            const lexicon::Organisation* org = nullptr;
            const lexicon::CountryForm* form = nullptr;
            if (organisation_form_at(tokens, k, &org) > 0 || country_at(tokens, k, &form) > 0)
                return false;
            if (detail::is_function_word(tokens[k].text) || is_title_at(tokens, k) || tokens[k].text == "who" ||
                tokens[k].text == "which" || tokens[k].text == "that" || tokens[k].text == "of")
                return false;
        }
        // "The British Medical Association said": a name of a body, read with its country there.
        if (std::string country; english_body_at(tokens, i + 1, country) == j - i - 1) return false;
        const std::string_view noun = tokens[j - 1].text;
        // "the referee isn't told" is a passive.
        for (std::size_t k = i + 1; k < j; ++k)
            if (detail::ends_with(tokens[k].text, "n't") || detail::ends_with(tokens[k].text, "n\xE2\x80\x99t")) return false;
        const bool plural = noun.size() > 3 && noun.back() == 's' && noun[noun.size() - 2] != 's';
        start_actor(c, i + 1, j, plural ? detail::letter::group : detail::letter::organisation,
                    plural ? ActorKind::group : ActorKind::organisation);
        c.mention.actor.role = std::string(text.substr(tokens[i + 1].span.begin, tokens[j - 1].span.end - tokens[i + 1].span.begin));
        // "The German giant said": its words may say whose it is.
        for (std::size_t k = i + 1; k < j && c.mention.actor.country.empty(); ++k)
            if (const lexicon::CountryForm* adjective = country_adjective(tokens[k])) c.mention.actor.country = std::string(adjective->alpha3);
        set_actor_text(text, tokens, c.first, c.last, c.mention);
        return true;
    }

    // "according to Gartner", "according to The Conference Board": the source after "according
    // to" speaks even where no gazetteer knows its name. Only a capitalised name that ends the
    // clause: "according to the Nielsen ratings system" names data, and in "according to Defra's
    // lawyers" the possessive's head speaks. Known bodies, countries, titles and first names are
    // left to their own recognisers.
    // `title_case`: the sentence is a headline in title case (DocumentState::title_case), where
    // every word is capitalised.
    bool source_after_according(std::string_view text, const std::vector<SentenceToken>& tokens, std::size_t i,
                                bool title_case, Candidate& c) const {
        if (!tokens[i].word || !detail::is_upper_initial(tokens[i].text) || i < 2) return false;
        std::size_t to = i - 1;
        if ((tokens[to].text == "the" || tokens[to].text == "The") && to > 1) --to;
        if (tokens[to].text != "to" || (tokens[to - 1].text != "according" && tokens[to - 1].text != "According")) return false;
        if (title_case || lexicon::find_first_name(tokens[i].text) != nullptr) return false;
        if (std::string country; english_body_at(tokens, i, country) > 0) return false;  // "the Equal Opportunities Commission"
        std::size_t j = i, possessive = tokens.size();
        while (j < tokens.size() && j < i + 6) {
            const std::string_view w = tokens[j].text;
            const bool name_word = tokens[j].word && detail::is_upper_initial(w) && !detail::is_function_word(w);
            const bool joint = (w == "&" || w == "of" || w == "on" || w == "for") && j > i && j + 1 < tokens.size() &&
                               tokens[j + 1].word && detail::is_upper_initial(tokens[j + 1].text);
            if (!name_word && !joint) break;
            // "according to Iraq's Islamic Party": the owner's body speaks, read elsewhere; a
            // possessive may only end the name ("according to Standard & Poor's,").
            if (w.find('\'') != std::string_view::npos || w.find("\xE2\x80\x99") != std::string_view::npos)
                possessive = j;
            const lexicon::Organisation* org = nullptr;
            const lexicon::CountryForm* form = nullptr;
            if (name_word && (organisation_form_at(tokens, j, &org) > 0 ||
                              country_at(tokens, j, &form) > 0 || is_title_at(tokens, j)))
                return false;
            ++j;
        }
        if (j == i || j == i + 6 || (possessive < tokens.size() && possessive + 1 != j)) return false;
        if (j < tokens.size()) {
            const std::string_view next = tokens[j].text;
            if (next != "," && next != "." && next != ";" && next != ":" && next != "(" && next != "...") return false;
        }
        start_actor(c, i, j, detail::letter::organisation, ActorKind::organisation);
        set_actor_text(text, tokens, i, j, c.mention);
        c.mention.actor.name = c.mention.actor.text;
        return true;
    }

    static bool is_english_scope_adjective(std::string_view word) noexcept {
        static constexpr std::string_view words[] = {
            "Shiite",    "Sunni",     "business",  "caretaker", "central",  "clan",          "community",
            "electoral", "federal",   "independent", "judicial", "local",   "military",      "municipal",
            "national",  "outgoing",  "parliamentary", "presidential", "provincial", "regional", "religious",
            "transitional", "tribal"};
        static_assert(detail::strictly_ascending(words), "sorted for the binary search");
        return detail::contains_sorted(words, word);
    }

    // "reportedly", "previously", "recently", "publicly": adverbs between a subject and its verb.
    // By ending, as -ly alone would take nouns ("assembly", "family", "ally").
    static bool is_english_manner_adverb(std::string_view word) noexcept {
        static constexpr std::string_view endings[] = {"edly", "ously", "ntly", "tely", "ially", "ically", "icly"};
        return !word.empty() && word[0] >= 'a' && word[0] <= 'z' && detail::ends_with_any(word, endings, 3);
    }
    static bool is_english_auxiliary(std::string_view word) noexcept {
        static constexpr std::string_view words[] = {
            "already", "also", "are",  "be",    "been", "can",  "could", "did",   "does",  "had", "has",   "have",
            "is",      "just", "later", "may",  "might", "must", "not",  "now",   "should", "still", "then", "was",
            "were",    "will", "would"};
        static_assert(detail::strictly_ascending(words), "sorted for the binary search");
        return detail::contains_sorted(words, word);
    }

    static bool is_english_statement_verb(std::string_view word) noexcept {
        static constexpr std::string_view verbs[] = {
            "added",   "announced", "argued",  "claimed", "concluded", "denied",   "found",  "insisted", "noted",
            "said",    "says",      "stated",  "stressed", "suggest",  "suggested", "suggests", "urged", "warned",
            "warns"};
        static_assert(detail::strictly_ascending(verbs), "sorted for the binary search");
        return detail::contains_sorted(verbs, word);
    }

    static void build_shadow(std::string_view text, Span sentence, std::vector<Candidate>& found, AnalyzedSentence& out) {
        out.shadow.clear();
        out.pieces.clear();
        out.mentions.clear();
        out.shadow.reserve(sentence.size() + 8);
        out.pieces.reserve(2 * found.size() + 1);  // a piece per mention and per text around them
        out.mentions.reserve(found.size());
        std::size_t cursor = sentence.begin;
        auto copy_text = [&](std::size_t until) {
            if (until <= cursor) return;
            out.pieces.push_back(AnalyzedSentence::Piece{out.shadow.size(), cursor, -1});
            for (std::size_t k = cursor; k < until; ++k) {
                const char ch = text[k];
                // Placeholder bytes in the input would confuse the rules; and line breaks inside a
                // sentence are spaces to them.
                out.shadow += (ch == detail::placeholder_open || ch == detail::placeholder_close || ch == '\n' || ch == '\r') ? ' ' : ch;
            }
            cursor = until;
        };
        for (Candidate& c : found) {
            if (c.mention.span.begin < cursor) continue;  // overlapping: keep the earlier
            copy_text(c.mention.span.begin);
            const int index = static_cast<int>(out.mentions.size());
            out.pieces.push_back(AnalyzedSentence::Piece{out.shadow.size(), c.mention.span.begin, index});
            out.shadow += detail::placeholder_open;
            out.shadow += c.mention.letter;
            out.shadow += std::to_string(index);
            out.shadow += detail::placeholder_close;
            cursor = c.mention.span.end;
            out.mentions.push_back(std::move(c.mention));
        }
        copy_text(sentence.end);
    }

    std::shared_ptr<const lexicon::Gazetteer> gazetteer_;
};

}  // namespace eventex
