#pragma once
/// Default English rules. English coverage is the subject of a later milestone; these rules
/// cover the commonest reporting, meeting and request verbs.
#include <string_view>  // std::string_view

namespace eventex::rules {

inline constexpr std::string_view english_rules = R"eventex(
lexicon en.say = said says say told stated added noted explained insisted ;

rule en.statement.say
  type Statement
  lang en
  set kind = say
  match {actor:speaker} <en.say> [","] [that] {clause:content}
  match "," <en.say> {actor:speaker}
  example + "Foreign Minister Sergei Lavrov said the talks were useful." speaker="Sergei Lavrov"
  example - "The talks were useful."
end
)eventex";

}  // namespace eventex::rules
