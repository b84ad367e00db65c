#pragma once
/// How recognised mentions stand in the text that rules are matched against.
///
/// Rules do not see raw text: each mention the recogniser finds (an actor, a date, an aid item)
/// is replaced by a placeholder "\x01" LETTER INDEX "\x02", where LETTER is the mention's type and
/// INDEX its position in the sentence's mention list. A rule's `{actor:speaker}` slot then
/// compiles to a regex over placeholders, which keeps patterns short and the matching linear.
#include <string_view>  // std::string_view

namespace eventex::detail {

constexpr char placeholder_open = '\x01';
constexpr char placeholder_close = '\x02';

/// Placeholder letters, one per mention type.
namespace letter {
constexpr char person = 'P';
constexpr char organisation = 'O';
constexpr char country = 'C';
constexpr char group = 'G';
constexpr char pronoun = 'R';  ///< a pronoun resolved to an earlier actor
constexpr char object_pronoun = 'B';  ///< "ihn", "ihm", "him": an object pronoun resolved to an earlier person
constexpr char place = 'L';    ///< a city or region that is not a government
constexpr char date = 'D';
constexpr char item = 'I';
}  // namespace letter

/// Regex fragments for the letters each slot type accepts. An object pronoun fills only the
/// slots of someone acted upon: never a subject slot, nor the role of an event's agent
/// (dsl::is_agent_role), so "erklärte ihm" has no speaker "ihm" while "traf ihn" has a guest.
constexpr std::string_view actor_letters = "[POCGR]";
constexpr std::string_view object_actor_letters = "[POCGRB]";
constexpr std::string_view place_letters = "[CL]";

}  // namespace eventex::detail
