#include "core/report/reportwriters.h"

#include "core/text/escape.h"
#include "core/text/language.h"

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

const std::vector<CsvColumn> &csvColumns()
{
    static const std::vector<CsvColumn> columns = {
        {"id", MP_TR("csv", "ID")},
        {"name", MP_TR("csv", "Activity")},
        {"channel", MP_TR("csv", "Channel")},
        {"platform", MP_TR("csv", "Platform")},
        {"type", MP_TR("csv", "Type")},
        {"accountShare", MP_TR("csv", "Account share (%)")},
        {"budget", MP_TR("csv", "Budget (%1)")},
        {"hours", MP_TR("csv", "Hours")},
        {"cost", MP_TR("csv", "Cost (%1)")},
        {"accountCost", MP_TR("csv", "Account-driven cost (%1)")},
        {"contentCost", MP_TR("csv", "Content-driven cost (%1)")},
        {"phases", MP_TR("csv", "Phases")},
        {"firstWeek", MP_TR("csv", "First week")},
        {"lastWeek", MP_TR("csv", "Last week")},
        {"starts", MP_TR("csv", "Starts")},
        {"ends", MP_TR("csv", "Ends")},
        {"clusters", MP_TR("csv", "Clusters")},
        {"tags", MP_TR("csv", "Tags")},
        {"formats", MP_TR("csv", "Formats")},
        {"influencer", MP_TR("csv", "Influencer")},
        {"paidSupport", MP_TR("csv", "Paid support")},
        {"notes", MP_TR("csv", "Notes")},
    };
    return columns;
}

text::Source csvYes()
{
    return MP_TR("csv", "yes");
}

text::Source csvNo()
{
    return MP_TR("csv", "no");
}

namespace {

std::string writeRows(const PlanReport &report, std::string_view separator, std::string_view lineEnd)
{
    using text::csvField;
    using text::csvNumber;
    const text::Language &lang = *report.language;
    const int decimals = report.currency == "JPY" ? 0 : 2;
    std::string out;
    std::vector<std::string> header;
    for (const CsvColumn &column : csvColumns())
        header.push_back(lang.render(text::message(column.title, {text::Arg::plain(report.currency)})));
    for (std::size_t i = 0; i < header.size(); ++i)
        out += (i ? std::string(separator) : std::string()) + csvField(header[i]);
    out += lineEnd;
    for (const PlanReport::ActivityRow &row : report.activities) {
        const std::vector<std::string> cells = {
            csvField(row.id), csvField(row.name), csvField(row.channel), csvField(row.platform), csvField(row.type),
            csvNumber(row.accountShare * 100, 1), csvNumber(row.budget, decimals), csvNumber(row.hours, 2),
            csvNumber(row.cost, decimals), csvNumber(row.cost * row.accountShare, decimals),
            csvNumber(row.cost * (1 - row.accountShare), decimals), csvField(join(row.phases)),
            // Weeks as numbers and, with a start date, days as ISO dates,
            // which every spreadsheet reads as dates.
            row.firstWeek ? std::to_string(row.firstWeek) : std::string(),
            row.lastWeek ? std::to_string(row.lastWeek) : std::string(),
            row.firstWeek && report.startDate ? isoText(weekStart(*report.startDate, row.firstWeek)) : std::string(),
            row.lastWeek && report.startDate ? isoText(weekEnd(*report.startDate, row.lastWeek)) : std::string(),
            csvField(join(row.clusters)), csvField(join(row.tags)), csvField(join(row.formats)),
            csvField(lang.words(row.influencer ? csvYes() : csvNo())),
            csvField(lang.words(row.paidSupport ? csvYes() : csvNo())), csvField(row.notes)};
        for (std::size_t i = 0; i < cells.size(); ++i)
            out += (i ? std::string(separator) : std::string()) + cells[i];
        out += lineEnd;
    }
    return out;
}

} // namespace

std::string writeCsvReport(const PlanReport &report)
{
    // UTF-8 byte order mark: without it spreadsheets guess a legacy encoding
    // and garble Japanese names. RFC 4180 line ends.
    return "\xEF\xBB\xBF" + writeRows(report, ",", "\r\n");
}

std::string writeTsvReport(const PlanReport &report)
{
    return writeRows(report, "\t", "\n");
}

} // namespace mixplanner::core
