// A user-defined event type: who imposed which sanctions on whom. Rules are written in the
// eventex DSL; events are printed as JSON Lines.
//   sanction [article.txt]     (a built-in German sentence when no file is given)
#include <cstdio>      // std::fputs
#include <fstream>     // std::ifstream
#include <sstream>     // std::ostringstream
#include <string>      // std::string

#include <eventex/eventex.hpp>  // Extractor, RuleBook, event_traits, append_json

struct Sanction : eventex::EventBase {
    eventex::Actor imposer;
    eventex::Actor target;
    std::string measure;
};

template <>
struct eventex::event_traits<Sanction> {
    static constexpr std::string_view name = "Sanction";
    static constexpr std::string_view roles[] = {"imposer", "target", "measure"};
    static void fill(Sanction& event, const eventex::RuleMatch& match) {
        if (auto imposer = match.actor("imposer")) event.imposer = std::move(*imposer);
        if (auto target = match.actor("target")) event.target = std::move(*target);
        event.measure = match.text("measure");
    }
    // The fields after the common ones (doc, type, rule, span, text, date, modality).
    static void write_json(eventex::JsonObjectWriter& json, const Sanction& event) {
        json.field("imposer", event.imposer).field("target", event.target).field("measure", event.measure);
    }
};

constexpr const char* rules = R"(
lexicon de.impose = verhängt{e,en,} ;
rule de.sanction
  type Sanction
  lang de
  match {actor:imposer} <de.impose> [ am {date} | {date} ] {phrase:measure} gegen {actor:target}
  example + "Die EU verhängte neue Sanktionen gegen den Iran." measure="Sanktionen"
end
rule en.sanction
  type Sanction
  lang en
  match {actor:imposer} imposed ~2 {phrase:measure} on {actor:target}
end
)";

int main(int argc, char** argv) {
    std::string text = "Die USA verhängten am Montag neue Sanktionen gegen Russland.";
    if (argc > 1) {
        std::ifstream in(argv[1], std::ios::binary);
        if (!in) return std::fputs("sanction: cannot read the article\n", stderr), 1;
        std::ostringstream content;
        content << in.rdbuf();
        text = content.str();
    }
    const eventex::Extractor<Sanction> extractor(eventex::RuleBook::from_string(rules, "sanction.rules"));
    const eventex::Document document{argc > 1 ? argv[1] : "builtin", text, eventex::Date{2025, 7, 3},
                                     eventex::Language::german};
    std::string out;
    for (const Sanction& event : extractor.extract(document)) {
        eventex::append_json(out, event, document.id, document.text);
        out += '\n';
    }
    std::fputs(out.c_str(), stdout);
}
