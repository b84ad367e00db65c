#pragma once
/// eventex: event extraction from German and English news. Include this header for everything.
#include "config.hpp"     // feature tests, version
#include "error.hpp"      // Error, RuleError, DocumentError
#include "document.hpp"   // Document
#include "events.hpp"     // Meeting, AidRequest, Statement, Actor, Date, Span, Modality
#include "cameo.hpp"      // default_cameo
#include "explanation.hpp" // Explanation, SlotFill
#include "ruleset.hpp"    // RuleBook
#include "extractor.hpp"  // Extractor<Event>
#include "pipeline.hpp"   // Pipeline
#include "json.hpp"       // JSON Lines output
#include "format.hpp"     // fmt formatters
