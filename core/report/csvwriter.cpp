#include "core/report/reportwriters.h"

#include "core/text/escape.h"

namespace mixplanner::core {

namespace {

std::string join(const std::vector<std::string> &items)
{
    std::string result;
    for (std::size_t i = 0; i < items.size(); ++i)
        result += (i ? "; " : "") + items[i];
    return result;
}

} // namespace

std::string writeCsvReport(const PlanReport &report)
{
    using text::csvField;
    using text::csvNumber;
    const std::string currency = " (" + report.currency + ")";
    const int decimals = report.currency == "JPY" ? 0 : 2;
    // UTF-8 byte order mark: without it spreadsheets guess a legacy encoding
    // and garble Japanese names.
    std::string out = "\xEF\xBB\xBF";
    const std::vector<std::string> header = {
        "ID", "Activity", "Channel", "Platform", "Type", "Account share (%)", "Budget" + currency, "Hours",
        "Cost" + currency, "Account-driven cost" + currency, "Content-driven cost" + currency, "Phases",
        "Clusters", "Tags", "Formats", "Influencer", "Paid support", "Notes"};
    for (std::size_t i = 0; i < header.size(); ++i)
        out += (i ? "," : "") + csvField(header[i]);
    out += "\r\n";   // RFC 4180 line ends
    for (const PlanReport::ActivityRow &row : report.activities) {
        const std::vector<std::string> cells = {
            csvField(row.id), csvField(row.name), csvField(row.channel), csvField(row.platform), csvField(row.type),
            csvNumber(row.accountShare * 100, 1), csvNumber(row.budget, decimals), csvNumber(row.hours, 2),
            csvNumber(row.cost, decimals), csvNumber(row.cost * row.accountShare, decimals),
            csvNumber(row.cost * (1 - row.accountShare), decimals), csvField(join(row.phases)),
            csvField(join(row.clusters)), csvField(join(row.tags)), csvField(join(row.formats)),
            row.influencer ? "yes" : "no", row.paidSupport ? "yes" : "no", csvField(row.notes)};
        for (std::size_t i = 0; i < cells.size(); ++i)
            out += (i ? "," : "") + cells[i];
        out += "\r\n";
    }
    return out;
}

} // namespace mixplanner::core
