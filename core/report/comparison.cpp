#include "core/report/comparison.h"

#include "core/report/planreport.h"
#include "core/scoring/scorer.h"
#include "core/text/format.h"

#include <algorithm>

namespace mixplanner::core {

ComparedPlan comparePlan(std::string label, Plan plan)
{
    ComparedPlan compared{std::move(label), std::move(plan), {}, {}};
    compared.score = scorePlan(compared.plan);
    compared.projection = projectPlan(compared.plan);
    return compared;
}

ComparisonTable comparisonTable(const std::vector<ComparedPlan> &plans)
{
    ComparisonTable table;
    for (const ComparedPlan &plan : plans)
        table.columns.push_back(plan.label);
    const auto row = [&](std::string label, bool numeric, const auto &cell) {
        ComparisonTable::Row r{std::move(label), {}, numeric};
        for (const ComparedPlan &plan : plans)
            r.cells.push_back(cell(plan));
        table.rows.push_back(std::move(r));
    };
    row("Plan", false, [](const ComparedPlan &p) { return p.plan.title; });
    row("Total", true, [](const ComparedPlan &p) { return text::decimal(p.score.total, 1); });
    row("Brand strength", true, [](const ComparedPlan &p) { return text::decimal(p.score.brandStrength.value, 1); });
    row("Suitability", true, [](const ComparedPlan &p) { return text::percent(p.score.suitability); });
    if (!plans.empty()) {
        for (std::size_t c = 0; c < plans.front().score.components.size(); ++c)
            row(componentName(plans.front().score.components[c].id), true,
                [c](const ComparedPlan &p) { return text::decimal(p.score.components[c].score, 1); });
    }
    row("Cost", true, [](const ComparedPlan &p) { return text::money(p.score.totalCost, p.plan.currency); });
    row("Account share", true, [](const ComparedPlan &p) {
        return p.score.overallPlanned ? text::percent(*p.score.overallPlanned) : std::string("-");
    });
    std::size_t maxPhases = 0;
    for (const ComparedPlan &plan : plans)
        maxPhases = std::max(maxPhases, plan.score.phases.size());
    for (std::size_t i = 0; i < maxPhases; ++i) {
        row("Phase " + std::to_string(i + 1) + " planned/rec.", true, [i](const ComparedPlan &p) {
            if (i >= p.score.phases.size())
                return std::string();
            const PhaseMix &phase = p.score.phases[i];
            return (phase.planned ? text::percent(*phase.planned) : std::string("-")) + " / "
                   + text::percent(phase.recommended);
        });
    }
    row("Findings", true, [](const ComparedPlan &p) { return std::to_string(p.score.findings.size()); });
    row("Followers start -> end", true, [](const ComparedPlan &p) {
        return text::wholeNumber(p.projection.startFollowers) + " -> " + text::wholeNumber(p.projection.endFollowers);
    });
    row("Projected reach", true, [](const ComparedPlan &p) {
        return text::wholeNumber(p.projection.contentReach + p.projection.accountReach);
    });
    row("Projected engagements", true, [](const ComparedPlan &p) { return text::wholeNumber(p.projection.engagements); });
    return table;
}

} // namespace mixplanner::core
