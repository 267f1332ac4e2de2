#pragma once

#include "core/io/jsondocument.h"
#include "core/scoring/scorereport.h"

namespace mixplanner::core {

// The score report as JSON, the shape `mixplanner-cli score --json` prints and
// docs/scoring-model.md documents. Numbers are rounded to 4 decimals, enough
// for the findings' points to add up to 100 - total within 0.01.
Json scoreReportToJson(const ScoreReport &report);

} // namespace mixplanner::core
