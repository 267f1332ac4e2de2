#include "core/report/comparisonwriters.h"

#include "core/text/escape.h"
#include "core/text/language.h"

#include <sstream>

namespace mixplanner::core {

std::string writeComparisonMarkdown(const ComparisonTable &table, const text::Language &lang)
{
    std::ostringstream out;
    out << "# " << lang.words(MP_TR("compare", "Plans compared")) << "\n\n| |";
    for (const std::string &column : table.columns)
        out << " " << text::escapeMarkdown(column) << " |";
    out << "\n|---|";
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        out << "--:|";
    out << "\n";
    for (const auto &row : table.rows) {
        out << "| " << text::escapeMarkdown(row.label) << " |";
        for (const std::string &cell : row.cells)
            out << " " << text::escapeMarkdown(cell) << " |";
        out << "\n";
    }
    return out.str();
}

std::string writeComparisonHtml(const ComparisonTable &table, const text::Language &lang)
{
    const std::string title = text::escapeHtml(lang.words(MP_TR("compare", "Plans compared")));
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"" << text::escapeHtml(lang.words(MP_TR("report", "en")))
        << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << title << "</title>\n"
           "<style>body { font-family: \"Noto Sans\", Arial, sans-serif; margin: 2em; color: #222; }"
           "table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; }"
           "th { background: #eef3f8; text-align: left; } td { text-align: right; }</style>\n</head>\n<body>\n"
           "<h1>" << title << "</h1>\n<table>\n<tr><th></th>";
    for (const std::string &column : table.columns)
        out << "<th>" << text::escapeHtml(column) << "</th>";
    out << "</tr>\n";
    for (const auto &row : table.rows) {
        out << "<tr><th>" << text::escapeHtml(row.label) << "</th>";
        for (const std::string &cell : row.cells)
            out << "<td>" << text::escapeHtml(cell) << "</td>";
        out << "</tr>\n";
    }
    out << "</table>\n</body>\n</html>\n";
    return out.str();
}

} // namespace mixplanner::core
