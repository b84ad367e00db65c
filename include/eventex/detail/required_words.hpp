#pragma once
/// The word prefilter's scan of a sentence: which of the words the rules require it holds, and
/// where each occurrence ends. Done once per sentence for all extractors of a pipeline.
#include <cstddef>      // std::size_t
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include "recased_word.hpp"  // RecasedWord
#include "word_table.hpp"    // WordTable

namespace eventex::detail {

/// A byte that belongs to a word as the rules' word boundaries see it: ASCII letters, digits,
/// '-', '_' and every byte of a non-ASCII UTF-8 letter.
inline bool is_word_run_byte(char c) noexcept {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' ||
           c == '_';
}

/// Calls `f(run)` for each run of word bytes of `text` and, before a hyphenated run, for each of
/// its parts (a rule may write "[EU]" "-" "Gipfel"). Parts come before their run, and runs in
/// text order, so the last call for a word is its last end in the text.
template <class F>
void for_each_word_run(std::string_view text, F f) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_word_run_byte(text[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        std::size_t part = i;
        bool hyphenated = false;
        for (; i < text.size() && is_word_run_byte(text[i]); ++i) {
            if (text[i] != '-') continue;
            hyphenated = true;
            if (i > part) f(text.substr(part, i - part));
            part = i + 1;
        }
        if (hyphenated && i > part) f(text.substr(part, i - part));
        f(text.substr(begin, i - begin));
    }
}

/// The words the prefilter looks for, folded as dsl::fold_first_letter folds them (the first
/// letter lower-cased, Ä Ö Ü included), so that "Sagte" at a sentence start finds "sagte".
/// Runs longer than every word are rejected before hashing; a capitalised run is folded in a
/// RecasedWord.
template <class T>
class FoldedWordTable {
public:
    /// The value of `folded`, added (value-initialised) if absent.
    T& operator[](std::string_view folded) {
        if (folded.size() > longest_) longest_ = folded.size();
        return table_[folded];
    }

    /// The value of `run` folded, or nullptr.
    const T* find_run(std::string_view run) const {
        if (run.empty() || run.size() > longest_) return nullptr;
        const char first = run[0];
        const bool ascii_capital = first >= 'A' && first <= 'Z';
        const bool umlaut_capital =
            run.size() >= 2 && first == '\xC3' && (run[1] == '\x84' || run[1] == '\x96' || run[1] == '\x9C');
        if (!ascii_capital && !umlaut_capital) return table_.find(run);
        const RecasedWord folded(run, ascii_capital ? 0 : 1,
                                 ascii_capital ? static_cast<char>(first | 0x20) : static_cast<char>(run[1] + 0x20));
        return table_.find(folded.view());
    }

    bool empty() const noexcept { return longest_ == 0; }

private:
    WordTable<T> table_;
    std::size_t longest_ = 0;
};

/// One occurrence of a required word in a sentence's shadow text.
struct RequiredWordHit {
    std::string_view run;  ///< the run as written in the shadow (not folded)
    std::size_t end = 0;   ///< where the run ends in the shadow
};

/// The occurrences of required words in each sentence of a document, for every extractor that
/// shares the vocabulary they were found with.
struct RequiredWordHits {
    std::vector<RequiredWordHit> hits;     ///< all sentences', in order
    std::vector<std::size_t> first;        ///< first[s]: sentence s's first hit; first[s + 1] ends it

    void clear() {
        hits.clear();
        first.assign(1, 0);
    }
};

/// The union of the required words of several extractors: one scan of a sentence finds the runs
/// any of them looks for, and each extractor then looks up only those.
class RequiredWordVocabulary {
public:
    void add(std::string_view folded) { words_[folded] = 1; }

    /// Appends the runs of `shadow` that are vocabulary words to `out`, in the order
    /// for_each_word_run gives them, and closes the sentence in `out.first`.
    void scan(std::string_view shadow, RequiredWordHits& out) const {
        if (!words_.empty())
            for_each_word_run(shadow, [&](std::string_view run) {
                if (words_.find_run(run) != nullptr)
                    out.hits.push_back(RequiredWordHit{run, static_cast<std::size_t>(run.data() - shadow.data()) + run.size()});
            });
        out.first.push_back(out.hits.size());
    }

private:
    FoldedWordTable<char> words_;
};

}  // namespace eventex::detail
