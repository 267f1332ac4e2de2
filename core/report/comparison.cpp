#include "core/report/comparison.h"

#include "core/report/planreport.h"
#include "core/scoring/scorer.h"
#include "core/text/language.h"

#include <algorithm>

namespace mixplanner::core {

ComparedPlan comparePlan(std::string label, Plan plan)
{
    ComparedPlan compared{std::move(label), std::move(plan), {}, {}};
    compared.score = scorePlan(compared.plan);
    compared.projection = projectPlan(compared.plan);
    return compared;
}

ComparisonTable comparisonTable(const std::vector<ComparedPlan> &plans, const text::Language &lang)
{
    using text::Arg;
    ComparisonTable table;
    for (const ComparedPlan &plan : plans)
        table.columns.push_back(plan.label);
    const auto row = [&](std::string label, bool numeric, const auto &cell) {
        ComparisonTable::Row r{std::move(label), {}, numeric};
        for (const ComparedPlan &plan : plans)
            r.cells.push_back(cell(plan));
        table.rows.push_back(std::move(r));
    };
    const auto words = [&](text::Source source) { return lang.words(source); };
    row(words(MP_TR("compare", "Plan")), false, [](const ComparedPlan &p) { return p.plan.title; });
    row(words(MP_TR("compare", "Total")), true, [&](const ComparedPlan &p) { return lang.decimal(p.score.total, 1); });
    row(words(MP_TR("compare", "Brand strength")), true,
        [&](const ComparedPlan &p) { return lang.decimal(p.score.brandStrength.value, 1); });
    row(words(MP_TR("compare", "Suitability")), true, [&](const ComparedPlan &p) { return lang.percent(p.score.suitability); });
    if (!plans.empty()) {
        for (std::size_t c = 0; c < plans.front().score.components.size(); ++c)
            row(words(componentName(plans.front().score.components[c].id)), true,
                [&, c](const ComparedPlan &p) { return lang.decimal(p.score.components[c].score, 1); });
    }
    row(words(MP_TR("compare", "Cost")), true,
        [&](const ComparedPlan &p) { return lang.money(p.score.totalCost, p.plan.currency); });
    row(words(MP_TR("compare", "Account share")), true, [&](const ComparedPlan &p) {
        return p.score.overallPlanned ? lang.percent(*p.score.overallPlanned) : std::string("-");
    });
    std::size_t maxPhases = 0;
    for (const ComparedPlan &plan : plans)
        maxPhases = std::max(maxPhases, plan.score.phases.size());
    for (std::size_t i = 0; i < maxPhases; ++i) {
        row(lang.render(text::message(MP_TR("compare", "Phase %1 planned/rec."), {Arg::count(static_cast<double>(i + 1))})),
            true, [&, i](const ComparedPlan &p) {
                if (i >= p.score.phases.size())
                    return std::string();
                const PhaseMix &phase = p.score.phases[i];
                return (phase.planned ? lang.percent(*phase.planned) : std::string("-")) + " / "
                       + lang.percent(phase.recommended);
            });
    }
    row(words(MP_TR("compare", "Findings")), true,
        [&](const ComparedPlan &p) { return lang.count(static_cast<double>(p.score.findings.size())); });
    row(words(MP_TR("compare", "Followers start -> end")), true, [&](const ComparedPlan &p) {
        return lang.count(p.projection.startFollowers) + " -> " + lang.count(p.projection.endFollowers);
    });
    row(words(MP_TR("compare", "Projected reach")), true, [&](const ComparedPlan &p) {
        return lang.count(p.projection.contentReach + p.projection.accountReach);
    });
    row(words(MP_TR("compare", "Projected engagements")), true,
        [&](const ComparedPlan &p) { return lang.count(p.projection.engagements); });
    return table;
}

} // namespace mixplanner::core
