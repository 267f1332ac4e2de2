#include "core/report/reportwriters.h"

#include "core/io/jsondocument.h"
#include "core/scoring/scorejson.h"

namespace mixplanner::core {

namespace {

Json costRowToJson(const CostRow &row)
{
    return Json{{"name", row.name}, {"budgets", row.money}, {"hours", row.hours}, {"hoursCost", row.hoursCost},
                {"total", row.total()}};
}

Json costsToJson(const CostBreakdown &costs)
{
    Json phases = Json::array();
    for (const CostRow &row : costs.phases)
        phases.push_back(costRowToJson(row));
    Json channels = Json::array();
    for (const CostRow &row : costs.channels)
        channels.push_back(costRowToJson(row));
    Json unscheduled = costRowToJson(costs.unscheduled);
    unscheduled.erase("name");
    return Json{{"phases", std::move(phases)}, {"unscheduled", std::move(unscheduled)}, {"channels", std::move(channels)}};
}

} // namespace

std::string writeJsonReport(const PlanReport &report)
{
    Json root = Json::object();
    root["format"] = "mixplanner.report";
    root["version"] = 1;
    root["generator"] = report.generator;
    root["title"] = report.title;
    root["owner"] = report.owner;
    root["currency"] = report.currency;
    root["score"] = scoreReportToJson(report.score);
    // Where the money goes, by phase (activities in no phase apart) and by channel.
    root["costs"] = costsToJson(report.costs);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::optional<ReportFormat> reportFormatFromId(std::string_view id)
{
    if (id == "md" || id == "markdown") return ReportFormat::Markdown;
    if (id == "html") return ReportFormat::Html;
    if (id == "csv") return ReportFormat::Csv;
    if (id == "json") return ReportFormat::ScoreJson;
    if (id == "pdf") return ReportFormat::Pdf;
    return std::nullopt;
}

std::string_view reportFormatExtension(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown: return "md";
    case ReportFormat::Html: return "html";
    case ReportFormat::Csv: return "csv";
    case ReportFormat::ScoreJson: return "json";
    case ReportFormat::Pdf: break;
    }
    return "pdf";
}

std::string writeReport(const PlanReport &report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown: return writeMarkdownReport(report);
    case ReportFormat::Html: return writeHtmlReport(report);
    case ReportFormat::Csv: return writeCsvReport(report);
    case ReportFormat::ScoreJson: return writeJsonReport(report);
    case ReportFormat::Pdf: break;
    }
    return {};
}

} // namespace mixplanner::core
