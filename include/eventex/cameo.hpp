#pragma once
/// The CAMEO bridge: the nearest CAMEO event code (Conflict and Mediation Event Observations,
/// codebook 1.1b3, the codes PETRARCH and TABARI emit) for each built-in event.
///
/// A rule may name its code itself (`set cameo = 042` in a rule for visits); otherwise the code
/// follows from the event's type, kind, modality and category:
///
/// | event                                   | code | CAMEO name                                   |
/// | --------------------------------------- | ---- | -------------------------------------------- |
/// | Meeting, asserted or reported           | 040  | Consult, not specified                       |
/// | Meeting, planned                        | 036  | Express intent to meet or negotiate          |
/// | Meeting, negated (called off)           | 125  | Reject proposal to meet, discuss, negotiate  |
/// | AidRequest, military                    | 0232 | Appeal for military aid                      |
/// | AidRequest, humanitarian                | 0233 | Appeal for humanitarian aid                  |
/// | AidRequest, financial                   | 0231 | Appeal for economic aid                      |
/// | AidRequest, other                       | 023  | Appeal for aid, not specified                |
/// | Statement say, stress, confirm, announce| 010  | Make statement, not specified                |
/// | Statement, negated (declines to comment)| 011  | Decline comment                              |
/// | Statement deny                          | 016  | Deny responsibility                          |
/// | Statement appeal                        | 020  | Make an appeal or request, not specified     |
/// | Statement promise                       | 030  | Express intent to cooperate, not specified   |
/// | Statement thank, praise                 | 051  | Praise or endorse                            |
/// | Statement demand                        | 100  | Demand, not specified                        |
/// | Statement criticise                     | 111  | Criticize or denounce                        |
/// | Statement reject                        | 120  | Reject, not specified                        |
/// | Statement warn, threaten                | 130  | Threaten, not specified                      |
///
/// Warnings go to 130 because that is where the CAMEO verb dictionaries put "warn"; a user who
/// reads them as pessimistic comments (012) can set the code in the warn rules.
#include <string_view>  // std::string_view

#include "events.hpp"   // Meeting, AidRequest, Statement

namespace eventex {

inline std::string_view default_cameo(const Meeting& event) noexcept {
    switch (event.modality) {
        case Modality::planned: return "036";
        case Modality::negated: return "125";
        default: return "040";
    }
}

inline std::string_view default_cameo(const AidRequest& event) noexcept {
    switch (event.category) {
        case AidCategory::military: return "0232";
        case AidCategory::humanitarian: return "0233";
        case AidCategory::financial: return "0231";
        default: return "023";
    }
}

inline std::string_view default_cameo(const Statement& event) noexcept {
    const std::string_view kind = event.kind;
    if (event.modality == Modality::negated && (kind == "say" || kind.empty())) return "011";
    if (kind == "deny") return "016";
    if (kind == "appeal") return "020";
    if (kind == "promise") return "030";
    if (kind == "thank" || kind == "praise") return "051";
    if (kind == "demand") return "100";
    if (kind == "criticise") return "111";
    if (kind == "reject") return "120";
    if (kind == "warn" || kind == "threaten") return "130";
    return "010";
}

}  // namespace eventex
