#include "core/scoring/scorejson.h"

#include "core/text/language.h"

#include <cmath>

namespace mixplanner::core {

namespace {

Json rounded(double value)
{
    if (!std::isfinite(value))
        return Json(nullptr);   // never produced by the scorer; kept safe for callers
    const double r = std::round(value * 10000.0) / 10000.0;
    if (r == std::floor(r) && std::fabs(r) < 1e15)
        return Json(static_cast<std::int64_t>(r));
    return Json(r);
}

Json optionalRounded(const std::optional<double> &value)
{
    return value ? rounded(*value) : Json(nullptr);
}

} // namespace

Json scoreReportToJson(const ScoreReport &report)
{
    Json root = Json::object();
    root["total"] = rounded(report.total);
    root["rawTotal"] = rounded(report.rawTotal);

    Json parts = Json::array();
    for (const BrandStrengthPart &part : report.brandStrength.parts) {
        parts.push_back(Json{{"id", part.id}, {"input", rounded(part.input)},
                             {"score", rounded(part.score)}, {"weight", rounded(part.weight)},
                             {"contribution", rounded(part.contribution)}});
    }
    root["brandStrength"] = Json{{"value", rounded(report.brandStrength.value)},
                                 {"override", optionalRounded(report.brandStrength.override)},
                                 {"parts", std::move(parts)}};
    root["suitability"] = Json{{"value", rounded(report.suitability)},
                               {"cap", rounded(report.suitabilityCap)}};

    Json components = Json::array();
    for (const ComponentScore &component : report.components)
        components.push_back(Json{{"id", component.id}, {"weight", rounded(component.weight)},
                                  {"score", rounded(component.score)}});
    root["components"] = std::move(components);

    Json phases = Json::array();
    for (const PhaseMix &phase : report.phases) {
        phases.push_back(Json{{"id", phase.id}, {"name", phase.name}, {"weeks", phase.weeks},
                              {"cost", rounded(phase.cost)}, {"planned", optionalRounded(phase.planned)},
                              {"brandPower", rounded(phase.brandPower)},
                              {"projectedFollowers", std::round(phase.projectedFollowers)},
                              {"recommended", rounded(phase.recommended)}, {"low", rounded(phase.low)},
                              {"high", rounded(phase.high)}, {"fit", rounded(phase.fit)}});
    }
    root["phases"] = std::move(phases);
    root["overall"] = Json{{"cost", rounded(report.totalCost)},
                           {"planned", optionalRounded(report.overallPlanned)}};
    const BudgetUse &budget = report.budget;
    root["budget"] = Json{{"money", rounded(budget.money)}, {"hours", rounded(budget.hours)},
                          {"hoursCost", rounded(budget.hoursCost)}, {"committed", rounded(budget.committed())},
                          {"cap", optionalRounded(budget.cap)},
                          {"remaining", budget.cap ? Json(rounded(budget.remaining())) : Json(nullptr)}};

    // Machine-readable output stays English; the code names the finding.
    const text::Language &english = text::Language::english();
    Json findings = Json::array();
    for (const Finding &finding : report.findings) {
        Json refs = Json::array();
        for (const FindingRef &ref : finding.refs)
            refs.push_back(Json{{"kind", refKindId(ref.kind)}, {"id", ref.id}});
        findings.push_back(Json{{"code", finding.code}, {"severity", severityId(finding.severity)},
                                {"component", finding.component}, {"points", rounded(finding.points)},
                                {"message", english.render(finding.message)},
                                {"suggestion", english.render(finding.suggestion)},
                                {"refs", std::move(refs)}});
    }
    root["findings"] = std::move(findings);
    return root;
}

} // namespace mixplanner::core
