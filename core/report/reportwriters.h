#pragma once

#include "core/report/planreport.h"

#include <optional>
#include <string>
#include <string_view>

namespace mixplanner::core {

enum class ReportFormat { Markdown, Html, Csv, ScoreJson, Pdf };

std::optional<ReportFormat> reportFormatFromId(std::string_view id);   // "md", "html", "csv", "json", "pdf"
std::string_view reportFormatExtension(ReportFormat format);

// Each writer renders the whole summary to a string, escaping every piece of
// plan text for its format. PDF is rendered by the Qt layer from the HTML.
std::string writeMarkdownReport(const PlanReport &report);
// One self-contained HTML file: inline CSS (with a print stylesheet) and
// inline SVG charts, no external resources.
std::string writeHtmlReport(const PlanReport &report);
// The same content, simplified for Qt's rich-text engine (used for PDF and
// printing): no CSS it cannot lay out, charts referenced as images
// "mixplanner:mix-chart" and "mixplanner:components-chart".
std::string writePrintHtmlReport(const PlanReport &report);
// One row per activity with computed columns; UTF-8 with a byte order mark so
// spreadsheets read Japanese; RFC 4180 quoting; formulas neutralised.
std::string writeCsvReport(const PlanReport &report);
// The same rows and columns as tab-separated text, for the clipboard: what a
// spreadsheet takes on paste, and what the activity import reads back.
std::string writeTsvReport(const PlanReport &report);
// The columns of the CSV export, in order, with their English titles ("%1"
// stands for the currency). Lists inside a cell are separated by "; ".
struct CsvColumn {
    const char *id;
    text::Source title;
};
const std::vector<CsvColumn> &csvColumns();
text::Source csvYes();
text::Source csvNo();
// The score report with the plan's title, owner and currency.
std::string writeJsonReport(const PlanReport &report);

std::string writeReport(const PlanReport &report, ReportFormat format);   // not for Pdf

} // namespace mixplanner::core
