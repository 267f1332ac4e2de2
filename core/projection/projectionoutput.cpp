#include "core/projection/projectionoutput.h"

#include "core/text/escape.h"
#include "core/text/language.h"

#include <cmath>
#include <cstdio>

namespace mixplanner::core {

namespace {

// Whole people; beyond 2^53 a double is already whole and an integer could overflow.
Json people(double value)
{
    if (!std::isfinite(value))
        return Json(0);
    if (std::fabs(value) >= 9.0e15)
        return Json(std::round(value));
    return Json(static_cast<std::int64_t>(std::llround(value)));
}

Json share(double value) { return Json(std::round(value * 10000.0) / 10000.0); }

std::string phaseName(const Plan &plan, int phase)
{
    return phase >= 0 && phase < static_cast<int>(plan.phases.size()) ? plan.phases[static_cast<std::size_t>(phase)].name
                                                                      : std::string();
}

} // namespace

Json projectionToJson(const Plan &plan, const Projection &projection)
{
    Json root = Json::object();
    root["startFollowers"] = people(projection.startFollowers);
    root["endFollowers"] = people(projection.endFollowers);
    root["contentReach"] = people(projection.contentReach);
    root["accountReach"] = people(projection.accountReach);
    root["reach"] = people(projection.contentReach + projection.accountReach);
    root["uniqueReach"] = people(projection.uniqueReach);
    root["engagements"] = people(projection.engagements);
    root["value"] = people(projection.value);
    root["currencyKnown"] = projection.currencyKnown;
    Json weeks = Json::array();
    for (const ProjectedWeek &week : projection.weeks)
        weeks.push_back(Json{{"week", week.week}, {"phase", phaseName(plan, week.phase)},
                             {"contentReach", people(week.contentReach)}, {"accountReach", people(week.accountReach)},
                             {"newPeople", people(week.newPeople)}, {"engagements", people(week.engagements)},
                             {"newFollowers", people(week.newFollowers)}, {"lostFollowers", people(week.lostFollowers)},
                             {"followers", people(week.followers)}, {"brandPower", std::round(week.brandPower * 10) / 10},
                             {"value", people(week.value)}});
    root["weeks"] = std::move(weeks);
    return root;
}

std::string projectionToCsv(const Plan &plan, const Projection &projection)
{
    std::string out = "\xEF\xBB\xBFWeek,Phase,Content reach,Account reach,Engagements,New followers,Followers,Value,New people,Lost followers,Brand power\r\n";
    const auto n = [](double v) {
        char digits[400];
        std::snprintf(digits, sizeof digits, "%.0f", std::isfinite(v) ? v : 0.0);
        return std::string(digits);
    };
    for (const ProjectedWeek &week : projection.weeks)
        out += std::to_string(week.week) + "," + text::csvField(phaseName(plan, week.phase)) + "," + n(week.contentReach)
               + "," + n(week.accountReach) + "," + n(week.engagements) + "," + n(week.newFollowers) + ","
               + n(week.followers) + "," + n(week.value) + "," + n(week.newPeople) + "," + n(week.lostFollowers) + ","
               + n(week.brandPower) + "\r\n";
    return out;
}

Json suggestionToJson(const MixSuggestion &suggestion)
{
    const text::Language &english = text::Language::english();
    Json root = Json::object();
    root["planValue"] = people(suggestion.planValue);
    root["boundedValue"] = people(suggestion.boundedValue);
    root["unboundedValue"] = people(suggestion.unboundedValue);
    root["boundedGain"] = share(suggestion.boundedGain());
    root["unboundedGain"] = share(suggestion.unboundedGain());
    const auto score = [](double value) { return std::round(value * 100) / 100; };
    root["planScore"] = score(suggestion.planScore);
    root["applied"] = Json{{"boundedScore", score(suggestion.appliedBoundedScore)},
                           {"boundedValue", people(suggestion.appliedBoundedValue)},
                           {"unboundedScore", score(suggestion.appliedUnboundedScore)},
                           {"unboundedValue", people(suggestion.appliedUnboundedValue)}};
    Json phases = Json::array();
    for (const PhaseSuggestion &phase : suggestion.phases)
        phases.push_back(Json{{"id", phase.id}, {"name", phase.name}, {"costed", phase.costed},
                              {"planned", share(phase.planned)}, {"bounded", share(phase.bounded)},
                              {"unbounded", share(phase.unbounded)}, {"achievedByApply", share(phase.achieved)},
                              {"reason", english.sentences({phase.reason, phase.applyNote})}});
    root["phases"] = std::move(phases);
    root["summary"] = english.render(suggestion.summary);
    return root;
}

} // namespace mixplanner::core
