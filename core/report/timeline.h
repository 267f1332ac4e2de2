#pragma once

#include "core/model/plan.h"
#include "core/scoring/scorereport.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// The plan laid out in time, as the timeline page draws it and lists its
// numbers: each phase as a band over its weeks, followed by the activities
// that start in it, each as bars over the weeks of its phases. Activities in
// no phase come last, under their own heading, with no bars: the projection
// leaves them out, and the timeline says so rather than guessing weeks.
namespace mixplanner::core {

struct WeekSpan {
    int first = 1;
    int last = 1;
    bool operator==(const WeekSpan &) const = default;
};

struct TimelineRow {
    enum class Kind { Phase, Activity, Unscheduled };
    Kind kind = Kind::Phase;
    std::size_t index = 0;             // into plan.phases or plan.activities (not for Unscheduled)
    std::string name;
    std::vector<WeekSpan> spans;       // a phase: its weeks; an activity: its phases' weeks, joined where they touch
    std::vector<std::size_t> phases;   // an activity: its phases (indices into plan.phases), in plan order
    std::optional<double> accountShare;   // 0..1; a phase: cost-weighted, as the score has it; none without costed work
    double cost = 0;                   // budget + hours x rate; a phase: its share of its activities' cost
};

struct Timeline {
    std::vector<TimelineRow> rows;
    int lastWeek = 0;   // the last week any phase runs to; 0 without phases
};

// Spans in week order, joined where they overlap or touch.
std::vector<WeekSpan> joinSpans(std::vector<WeekSpan> spans);

// `score` is the plan's current score: phases take their account share and
// cost from it, so the timeline and the score never disagree.
Timeline buildTimeline(const Plan &plan, const ScoreReport &score);

} // namespace mixplanner::core
