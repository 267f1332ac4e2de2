#pragma once

#include "core/report/planreport.h"

#include <cstddef>

namespace mixplanner::core {

// What a printed summary (PDF, printing) holds at most. Paper has to lay out
// every line, so an unbounded plan would take minutes and gigabytes (a 1 MiB
// activity name took 15 minutes, 100,000 activities 5 minutes and 1 GB). The
// file exports (CSV, JSON, Markdown, HTML) keep everything; docs/exports.md
// says so and names these numbers.
struct PrintLimits {
    // Names, tags, channel and cluster texts, quoted names in findings.
    static constexpr std::size_t kMaxTextCharacters = 200;
    // The plan's own notes, which may be a paragraph or two.
    static constexpr std::size_t kMaxNotesCharacters = 2000;
    // Activity rows over all phases; each phase shows its largest activities
    // by cost in the phase, at least kMinRowsPerPhase of them (a plan of 500
    // one-week phases shows one activity each).
    static constexpr std::size_t kMaxActivityRows = 500;
    static constexpr std::size_t kMinRowsPerPhase = 1;
    // Rows of the channel and cluster tables, and findings, each.
    static constexpr std::size_t kMaxTableRows = 200;
    static constexpr std::size_t kMaxFindings = 100;
};

// The report as it is printed: texts cut with "...", long lists cut to their
// largest entries with the count (and cost) of what was left out recorded in
// the report, so the printed page says what it does not show.
PlanReport condenseForPrint(PlanReport report);

} // namespace mixplanner::core
