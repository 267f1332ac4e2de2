#include "core/report/timeline.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace mixplanner::core {

namespace {

const PhaseMix *mixOf(const ScoreReport &score, const Phase &phase, std::size_t index)
{
    // The score lists phases in plan order; look the id up only if not.
    if (index < score.phases.size() && score.phases[index].id == phase.id)
        return &score.phases[index];
    const auto found = std::find_if(score.phases.begin(), score.phases.end(),
                                    [&](const PhaseMix &mix) { return mix.id == phase.id; });
    return found == score.phases.end() ? nullptr : &*found;
}

} // namespace

std::vector<WeekSpan> joinSpans(std::vector<WeekSpan> spans)
{
    std::sort(spans.begin(), spans.end(), [](const WeekSpan &x, const WeekSpan &y) { return x.first < y.first; });
    std::vector<WeekSpan> joined;
    joined.reserve(spans.size());
    for (const WeekSpan &span : spans) {
        if (!joined.empty() && span.first <= joined.back().last + 1)
            joined.back().last = std::max(joined.back().last, span.last);
        else
            joined.push_back(span);
    }
    return joined;
}

Timeline buildTimeline(const Plan &plan, const ScoreReport &score)
{
    Timeline timeline;
    std::unordered_map<std::string, std::size_t> phaseIndex;
    phaseIndex.reserve(plan.phases.size());
    for (std::size_t p = 0; p < plan.phases.size(); ++p) {
        phaseIndex.emplace(plan.phases[p].id, p);
        timeline.lastWeek = std::max(timeline.lastWeek, plan.phases[p].endWeek());
    }

    // Each activity goes under the earliest of its phases; its bars cover
    // every phase it is in.
    constexpr std::size_t kNoPhase = std::numeric_limits<std::size_t>::max();
    std::vector<std::vector<std::size_t>> byPhase(plan.phases.size());
    std::vector<std::size_t> unscheduled;
    std::vector<std::vector<std::size_t>> phasesOf(plan.activities.size());
    for (std::size_t a = 0; a < plan.activities.size(); ++a) {
        std::vector<std::size_t> &own = phasesOf[a];
        for (const std::string &id : plan.activities[a].phases)
            if (const auto found = phaseIndex.find(id); found != phaseIndex.end())
                own.push_back(found->second);
        std::sort(own.begin(), own.end());
        own.erase(std::unique(own.begin(), own.end()), own.end());
        const std::size_t first = own.empty() ? kNoPhase : own.front();
        if (first == kNoPhase)
            unscheduled.push_back(a);
        else
            byPhase[first].push_back(a);
    }

    const auto activityRow = [&](std::size_t a) {
        const Activity &activity = plan.activities[a];
        TimelineRow row;
        row.kind = TimelineRow::Kind::Activity;
        row.index = a;
        row.name = activity.name;
        std::vector<WeekSpan> spans;
        spans.reserve(phasesOf[a].size());
        for (std::size_t p : phasesOf[a])
            spans.push_back({plan.phases[p].startWeek, plan.phases[p].endWeek()});
        row.spans = joinSpans(std::move(spans));
        row.phases = std::move(phasesOf[a]);
        row.accountShare = activity.accountShare;
        row.cost = activity.budget + activity.hours * plan.hourlyRate;
        return row;
    };

    timeline.rows.reserve(plan.phases.size() + plan.activities.size() + 1);
    for (std::size_t p = 0; p < plan.phases.size(); ++p) {
        const Phase &phase = plan.phases[p];
        TimelineRow row;
        row.kind = TimelineRow::Kind::Phase;
        row.index = p;
        row.name = phase.name;
        row.spans = {{phase.startWeek, phase.endWeek()}};
        if (const PhaseMix *mix = mixOf(score, phase, p)) {
            row.accountShare = mix->planned;
            row.cost = mix->cost;
        }
        timeline.rows.push_back(std::move(row));
        for (std::size_t a : byPhase[p])
            timeline.rows.push_back(activityRow(a));
    }
    if (!unscheduled.empty()) {
        TimelineRow heading;
        heading.kind = TimelineRow::Kind::Unscheduled;
        timeline.rows.push_back(std::move(heading));
        for (std::size_t a : unscheduled)
            timeline.rows.push_back(activityRow(a));
    }
    return timeline;
}

} // namespace mixplanner::core
