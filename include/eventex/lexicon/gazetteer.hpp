#pragma once
/// Hash indexes over the lexicon tables: built once, shared read-only, looked up per token.
#include <cstddef>          // std::size_t
#include <deque>            // std::deque
#include <string>           // std::string
#include <string_view>      // std::string_view
#include <vector>           // std::vector

#include "../detail/word_table.hpp"  // WordTable
#include "../text/lowered_tokens.hpp" // lower_in_place
#include "aid_items.hpp"      // aid_items
#include "countries.hpp"      // country_forms
#include "organisations.hpp"  // organisations
#include "people.hpp"         // people
#include "titles.hpp"         // titles

namespace eventex::lexicon {

/// Lower-cases ASCII and the German umlauts; other bytes stay as they are.
inline void lower_into(std::string_view word, std::string& out) {
    out.assign(word.begin(), word.end());
    lower_in_place(out.data(), out.size());
}

/// A multi-word form split into words, with what it stands for.
template <class Entry>
struct IndexedForm {
    std::vector<std::string_view> words;
    const Entry* entry = nullptr;
};

/// Forms indexed by their first word; `lower` keys are lower-cased (for items and adjectives).
template <class Entry>
class FormIndex {
public:
    void add(std::string_view form, const Entry* entry, bool lower) {
        IndexedForm<Entry> indexed;
        indexed.entry = entry;
        std::size_t start = 0;
        while (start < form.size()) {
            std::size_t space = form.find(' ', start);
            if (space == std::string_view::npos) space = form.size();
            if (space > start) indexed.words.push_back(form.substr(start, space - start));
            start = space + 1;
        }
        if (indexed.words.empty()) return;
        std::string key;
        if (lower) lower_into(indexed.words.front(), key);
        else key = std::string(indexed.words.front());
        if (lower) {
            // Lower-cased keys need lower-cased words for the comparison of the following ones.
            for (std::size_t i = 1; i < indexed.words.size(); ++i) {
                std::string lowered;
                lower_into(indexed.words[i], lowered);
                if (lowered != indexed.words[i]) storage_.push_back(std::move(lowered)), indexed.words[i] = storage_.back();
            }
        }
        index_[key].push_back(std::move(indexed));
    }
    const std::vector<IndexedForm<Entry>>* find(std::string_view first_word) const {
        return index_.find(first_word);
    }
    /// Calls `f(first_word, forms)` for every key.
    template <class F>
    void for_each(F f) const {
        index_.for_each(f);
    }

private:
    detail::WordTable<std::vector<IndexedForm<Entry>>> index_;
    std::deque<std::string> storage_;  // a deque: growing it never moves the strings views point into

public:
    FormIndex() = default;
    FormIndex(const FormIndex&) = delete;  // views point into storage_
    FormIndex& operator=(const FormIndex&) = delete;
};

/// All gazetteers, indexed. Building takes a few milliseconds; build once and share.
class Gazetteer {
public:
    Gazetteer() {
        for (const CountryForm& form : lexicon::country_forms) {
            if (form.kind == CountryFormKind::adjective) {
                std::string key;
                lower_into(form.form, key);
                if (const CountryForm*& adjective = adjectives_[key]; adjective == nullptr) adjective = &form;  // the first stays
                if (const std::size_t space = key.find(' '); space != std::string::npos) adjective_phrase_starts_[key.substr(0, space)] = 1;
            } else {
                countries_.add(form.form, &form, false);
            }
        }
        for (const Title& title : lexicon::titles) titles_.add(title.form, &title, false);
        for (const Person& person : lexicon::people) people_.add(person.form, &person, false);
        for (const Organisation& organisation : lexicon::organisations) organisations_.add(organisation.form, &organisation, false);
        for (const AidItem& item : lexicon::aid_items) {
            items_.add(item.form, &item, true);
            if (item.compound_head) {
                std::string key;
                lower_into(item.form, key);
                if (key.size() > longest_head_) longest_head_ = key.size();
                if (const AidItem*& head = heads_[key]; head == nullptr) head = &item;  // the first stays
            }
        }
        index_name_blockers();
    }

    /// Whether a capitalised word cannot be part of a person's name: it opens a title, is a
    /// country or organisation of one word, opens an aid item or is a country adjective. One
    /// or two lookups instead of the six to ten the separate tables take: the recogniser asks
    /// this of every capitalised token. `lower` is `word` lower-cased (lower_into).
    bool blocks_name(std::string_view word, std::string_view lower) const {
        return name_blockers_.contains(word) || lower_name_blockers_.contains(lower);
    }

    const FormIndex<CountryForm>& countries() const noexcept { return countries_; }
    const FormIndex<Title>& titles() const noexcept { return titles_; }
    const FormIndex<Organisation>& organisations() const noexcept { return organisations_; }
    const FormIndex<AidItem>& items() const noexcept { return items_; }
    const FormIndex<Person>& people() const noexcept { return people_; }

    /// A country adjective in any inflection ("ukrainischen" -> UKR); `lower` is lower-cased.
    const CountryForm* adjective(std::string_view lower) const {
        if (const CountryForm* const* found = adjectives_.find(lower)) return *found;
        static constexpr std::string_view endings[] = {"e", "en", "er", "es", "em"};
        for (std::string_view ending : endings) {
            if (lower.size() > ending.size() + 3 && lower.substr(lower.size() - ending.size()) == ending) {
                const CountryForm* const* found = adjectives_.find(lower.substr(0, lower.size() - ending.size()));
                if (found != nullptr && (*found)->language == Language::german) return *found;
            }
        }
        return nullptr;
    }

    /// Whether a country adjective of several words opens with this lower-cased word ("north"
    /// of "north korean"); adjective() looks the whole phrase up, its words joined by spaces.
    bool opens_adjective_phrase(std::string_view lower) const { return adjective_phrase_starts_.contains(lower); }
    /// The aid item a German compound ends with ("artilleriemunition" -> munition), if any.
    const AidItem* compound_item(std::string_view lower) const {
        for (std::size_t length = lower.size() > longest_head_ ? longest_head_ : lower.size(); length >= 4; --length)
            if (const AidItem* const* found = heads_.find(lower.substr(lower.size() - length))) return *found;
        return nullptr;
    }

private:
    // What blocks_name answers, gathered from the tables; adjective() also reads a German
    // adjective with an ending ("ukrainischen"), so those forms are listed here too.
    void index_name_blockers() {
        auto one_word = [](const auto& forms) {
            for (const auto& form : forms)
                if (form.words.size() == 1) return true;
            return false;
        };
        titles_.for_each([&](const std::string& key, const auto&) { name_blockers_[key] = 1; });
        countries_.for_each([&](const std::string& key, const auto& forms) {
            if (one_word(forms)) name_blockers_[key] = 1;
        });
        organisations_.for_each([&](const std::string& key, const auto& forms) {
            if (one_word(forms)) name_blockers_[key] = 1;
        });
        items_.for_each([&](const std::string& key, const auto&) { lower_name_blockers_[key] = 1; });
        static constexpr std::string_view endings[] = {"e", "en", "er", "es", "em"};
        adjectives_.for_each([&](const std::string& key, const CountryForm* form) {
            lower_name_blockers_[key] = 1;
            if (form->language != Language::german || key.size() <= 3) return;
            for (std::string_view ending : endings) lower_name_blockers_[key + std::string(ending)] = 1;
        });
    }

    FormIndex<CountryForm> countries_;
    FormIndex<Title> titles_;
    FormIndex<Organisation> organisations_;
    FormIndex<AidItem> items_;
    FormIndex<Person> people_;
    detail::WordTable<const CountryForm*> adjectives_;
    detail::WordTable<const AidItem*> heads_;
    std::size_t longest_head_ = 0;
    detail::WordTable<char> adjective_phrase_starts_;  ///< first words of adjectives of several words, lower-cased
    detail::WordTable<char> name_blockers_;        ///< as written
    detail::WordTable<char> lower_name_blockers_;  ///< lower-cased
};

}  // namespace eventex::lexicon
