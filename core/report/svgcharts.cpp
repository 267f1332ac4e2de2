#include "core/report/svgcharts.h"

#include "core/text/escape.h"
#include "core/text/format.h"
#include "core/text/language.h"

#include <algorithm>
#include <cstdio>

namespace mixplanner::core {

namespace {

std::string num(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

std::string shorten(const std::string &text, std::size_t maxCodePoints)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++count > maxCodePoints)
            return text.substr(0, i) + "\xE2\x80\xA6";   // …
    }
    return text;
}

// A translated label, escaped for SVG text.
std::string label(const PlanReport &report, text::Source source)
{
    return text::escapeHtml(report.language->words(source));
}

} // namespace

std::string mixChartSvg(const PlanReport &report, int width, int height)
{
    const text::Language &lang = *report.language;
    const double left = 56, right = 16, top = 34, bottom = 74;
    const double plotWidth = width - left - right;
    const double plotHeight = height - top - bottom;
    const std::size_t count = std::max<std::size_t>(report.phases.size(), 1);
    const double slot = plotWidth / static_cast<double>(count);
    const auto x = [&](std::size_t i) { return left + slot * (static_cast<double>(i) + 0.5); };
    const auto y = [&](double share) { return top + plotHeight * (1.0 - share); };

    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart mix-chart\" viewBox=\"0 0 "
                      + std::to_string(width) + " " + std::to_string(height) + "\" width=\"" + std::to_string(width)
                      + "\" height=\"" + std::to_string(height)
                      + "\" role=\"img\" aria-labelledby=\"mix-chart-title\">\n";
    svg += "<title id=\"mix-chart-title\">" + label(report, MP_TR("charts", "Account-driven share per phase: planned against recommended")) + "</title>\n";
    svg += "<text x=\"" + num(left) + "\" y=\"20\" font-size=\"14\" font-weight=\"bold\" fill=\"#222\">" + label(report, MP_TR("charts", "Account-driven share per phase")) + "</text>\n";
    for (int tick = 0; tick <= 100; tick += 20) {
        const double ty = y(tick / 100.0);
        svg += "<line x1=\"" + num(left) + "\" y1=\"" + num(ty) + "\" x2=\"" + num(left + plotWidth) + "\" y2=\"" + num(ty)
               + "\" stroke=\"#ddd\" stroke-width=\"1\"/>\n";
        svg += "<text x=\"" + num(left - 8) + "\" y=\"" + num(ty + 4) + "\" font-size=\"11\" text-anchor=\"end\" fill=\"#444\">"
               + std::to_string(tick) + "%</text>\n";
    }
    std::string recommended, planned;
    for (std::size_t i = 0; i < report.phases.size(); ++i) {
        const PhaseMix &mix = report.phases[i].mix;
        const double x0 = left + slot * static_cast<double>(i) + slot * 0.1;
        const double x1 = x0 + slot * 0.8;
        svg += "<rect x=\"" + num(x0) + "\" y=\"" + num(y(mix.high)) + "\" width=\"" + num(x1 - x0) + "\" height=\""
               + num(y(mix.low) - y(mix.high)) + "\" fill=\"#9cc3e6\" fill-opacity=\"0.45\" stroke=\"#5b8fbf\" stroke-dasharray=\"2 2\"/>\n";
        recommended += "<line x1=\"" + num(x0) + "\" y1=\"" + num(y(mix.recommended)) + "\" x2=\"" + num(x1) + "\" y2=\""
                       + num(y(mix.recommended)) + "\" stroke=\"#1f5f99\" stroke-width=\"2.5\" stroke-dasharray=\"7 4\"/>\n";
        if (mix.planned)
            planned += (planned.empty() ? "M" : " L") + num(x(i)) + " " + num(y(*mix.planned));
        svg += "<text x=\"" + num(x(i)) + "\" y=\"" + num(top + plotHeight + 18) + "\" font-size=\"11\" text-anchor=\"middle\" fill=\"#222\">"
               + text::escapeHtml(shorten(mix.name, 22)) + "</text>\n";
        svg += "<text x=\"" + num(x(i)) + "\" y=\"" + num(top + plotHeight + 32) + "\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">"
               + (mix.planned ? lang.percent(*mix.planned) : std::string("-")) + " / " + lang.percent(mix.recommended) + "</text>\n";
    }
    svg += recommended;
    if (!planned.empty())
        svg += "<path d=\"" + planned + "\" fill=\"none\" stroke=\"#222\" stroke-width=\"2.5\"/>\n";
    for (std::size_t i = 0; i < report.phases.size(); ++i) {
        if (const auto &share = report.phases[i].mix.planned)
            svg += "<circle cx=\"" + num(x(i)) + "\" cy=\"" + num(y(*share)) + "\" r=\"5\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"1.5\"/>\n";
    }
    // Legend: each series has its own shape, so colour is not the only cue.
    const double ly = height - 16;
    svg += "<rect x=\"" + num(left) + "\" y=\"" + num(ly - 9) + "\" width=\"18\" height=\"10\" fill=\"#9cc3e6\" fill-opacity=\"0.45\" stroke=\"#5b8fbf\" stroke-dasharray=\"2 2\"/>"
           "<text x=\"" + num(left + 24) + "\" y=\"" + num(ly) + "\" font-size=\"11\" fill=\"#222\">" + label(report, MP_TR("charts", "Tolerance band")) + "</text>\n";
    svg += "<line x1=\"" + num(left + 130) + "\" y1=\"" + num(ly - 4) + "\" x2=\"" + num(left + 156) + "\" y2=\"" + num(ly - 4)
           + "\" stroke=\"#1f5f99\" stroke-width=\"2.5\" stroke-dasharray=\"7 4\"/><text x=\"" + num(left + 162) + "\" y=\"" + num(ly)
           + "\" font-size=\"11\" fill=\"#222\">" + label(report, MP_TR("charts", "Recommended")) + "</text>\n";
    svg += "<circle cx=\"" + num(left + 262) + "\" cy=\"" + num(ly - 4) + "\" r=\"5\" fill=\"#222\"/><text x=\"" + num(left + 272)
           + "\" y=\"" + num(ly) + "\" font-size=\"11\" fill=\"#222\">" + label(report, MP_TR("charts", "Planned")) + "</text>\n";
    svg += "</svg>\n";
    return svg;
}

std::string projectionChartSvg(const PlanReport &report, int width, int height)
{
    const text::Language &lang = *report.language;
    const auto &weeks = report.projection.weeks;
    const double left = 70, right = 70, top = 34, bottom = 50;
    const double plotWidth = width - left - right;
    const double plotHeight = height - top - bottom;
    double maxReach = 1, maxFollowers = 1;
    for (const ProjectedWeek &week : weeks) {
        maxReach = std::max(maxReach, week.contentReach + week.accountReach);
        maxFollowers = std::max(maxFollowers, week.followers);
    }
    const double count = static_cast<double>(std::max<std::size_t>(weeks.size(), 1));
    const double slot = plotWidth / count;
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart projection-chart\" viewBox=\"0 0 "
                      + std::to_string(width) + " " + std::to_string(height) + "\" width=\"" + std::to_string(width)
                      + "\" height=\"" + std::to_string(height)
                      + "\" role=\"img\" aria-labelledby=\"projection-title\">\n";
    svg += "<title id=\"projection-title\">" + label(report, MP_TR("charts", "Projected followers and people reached per week")) + "</title>\n";
    svg += "<text x=\"" + num(left) + "\" y=\"20\" font-size=\"14\" font-weight=\"bold\" fill=\"#222\">" + label(report, MP_TR("charts", "Followers and weekly reach")) + "</text>\n";
    for (int tick = 0; tick <= 4; ++tick) {
        const double ty = top + plotHeight * (1 - tick / 4.0);
        svg += "<line x1=\"" + num(left) + "\" y1=\"" + num(ty) + "\" x2=\"" + num(left + plotWidth) + "\" y2=\"" + num(ty)
               + "\" stroke=\"#ddd\"/>\n";
        svg += "<text x=\"" + num(left - 6) + "\" y=\"" + num(ty + 4) + "\" font-size=\"10\" text-anchor=\"end\" fill=\"#3a7dbf\">"
               + lang.count(maxReach * tick / 4.0) + "</text>\n";
        svg += "<text x=\"" + num(left + plotWidth + 6) + "\" y=\"" + num(ty + 4) + "\" font-size=\"10\" fill=\"#222\">"
               + lang.count(maxFollowers * tick / 4.0) + "</text>\n";
    }
    std::string path;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        const double reach = weeks[i].contentReach + weeks[i].accountReach;
        const double barHeight = plotHeight * reach / maxReach;
        svg += "<rect x=\"" + num(left + slot * static_cast<double>(i) + slot * 0.15) + "\" y=\"" + num(top + plotHeight - barHeight)
               + "\" width=\"" + num(slot * 0.7) + "\" height=\"" + num(barHeight) + "\" fill=\"#9cc3e6\" stroke=\"#5b8fbf\" stroke-width=\"0.5\"/>\n";
        path += (path.empty() ? "M" : " L") + num(left + slot * (static_cast<double>(i) + 0.5)) + " "
                + num(top + plotHeight * (1 - weeks[i].followers / maxFollowers));
        if (weeks.size() <= 30 || i % 4 == 0)
            svg += "<text x=\"" + num(left + slot * (static_cast<double>(i) + 0.5)) + "\" y=\"" + num(top + plotHeight + 14)
                   + "\" font-size=\"9\" text-anchor=\"middle\" fill=\"#444\">" + std::to_string(weeks[i].week) + "</text>\n";
    }
    if (!path.empty())
        svg += "<path d=\"" + path + "\" fill=\"none\" stroke=\"#222\" stroke-width=\"2.5\"/>\n";
    const double ly = height - 10;
    svg += "<rect x=\"" + num(left) + "\" y=\"" + num(ly - 9) + "\" width=\"14\" height=\"10\" fill=\"#9cc3e6\" stroke=\"#5b8fbf\"/>"
           "<text x=\"" + num(left + 20) + "\" y=\"" + num(ly) + "\" font-size=\"11\" fill=\"#222\">" + label(report, MP_TR("charts", "People reached in the week (left scale)")) + "</text>\n";
    svg += "<line x1=\"" + num(left + 260) + "\" y1=\"" + num(ly - 4) + "\" x2=\"" + num(left + 286) + "\" y2=\"" + num(ly - 4)
           + "\" stroke=\"#222\" stroke-width=\"2.5\"/><text x=\"" + num(left + 292) + "\" y=\"" + num(ly)
           + "\" font-size=\"11\" fill=\"#222\">" + label(report, MP_TR("charts", "Followers (right scale)")) + "</text>\n";
    svg += "</svg>\n";
    return svg;
}

std::string componentsChartSvg(const PlanReport &report, int width, int height)
{
    const text::Language &lang = *report.language;
    const auto &components = report.score.components;
    const double left = 200, right = 60, top = 10;
    const double rowHeight = (height - top - 10) / static_cast<double>(std::max<std::size_t>(components.size(), 1));
    const double barWidth = width - left - right;
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart components-chart\" viewBox=\"0 0 "
                      + std::to_string(width) + " " + std::to_string(height) + "\" width=\"" + std::to_string(width)
                      + "\" height=\"" + std::to_string(height) + "\" role=\"img\" aria-labelledby=\"components-title\">\n";
    svg += "<title id=\"components-title\">" + label(report, MP_TR("charts", "Score components, each out of 100")) + "</title>\n";
    for (std::size_t i = 0; i < components.size(); ++i) {
        const ComponentScore &component = components[i];
        const double rowTop = top + rowHeight * static_cast<double>(i);
        const double barHeight = rowHeight * 0.6;
        svg += "<text x=\"" + num(left - 10) + "\" y=\"" + num(rowTop + barHeight * 0.8) + "\" font-size=\"12\" text-anchor=\"end\" fill=\"#222\">"
               + label(report, componentName(component.id)) + " (" + lang.percent(component.weight) + ")</text>\n";
        svg += "<rect x=\"" + num(left) + "\" y=\"" + num(rowTop) + "\" width=\"" + num(barWidth) + "\" height=\"" + num(barHeight)
               + "\" fill=\"#eee\" stroke=\"#bbb\"/>\n";
        svg += "<rect x=\"" + num(left) + "\" y=\"" + num(rowTop) + "\" width=\"" + num(barWidth * component.score / 100.0)
               + "\" height=\"" + num(barHeight) + "\" fill=\"#3a7dbf\"/>\n";
        svg += "<text x=\"" + num(left + barWidth + 8) + "\" y=\"" + num(rowTop + barHeight * 0.8) + "\" font-size=\"12\" fill=\"#222\">"
               + lang.decimal(component.score, 1) + "</text>\n";
    }
    svg += "</svg>\n";
    return svg;
}

std::vector<CostRow> costChartRows(const PlanReport &report, CostChart chart)
{
    if (chart == CostChart::ByChannel)
        return report.costs.channels;
    std::vector<CostRow> rows = report.costs.phases;
    if (report.costs.unscheduled.total() > 0 || report.costs.unscheduled.hours > 0) {
        CostRow none = report.costs.unscheduled;
        none.name = report.language->words(MP_TR("report", "Not in any phase"));
        rows.push_back(std::move(none));
    }
    return rows;
}

std::string costChartSvg(const PlanReport &report, CostChart chart, int width)
{
    const text::Language &lang = *report.language;
    const std::vector<CostRow> rows = costChartRows(report, chart);
    // Each bar has its name on the line above it, so long channel names need no cut.
    const double left = 16, right = 110, top = 30, rowHeight = 34, legend = 30;
    const int height = static_cast<int>(top + rowHeight * static_cast<double>(std::max<std::size_t>(rows.size(), 1)) + legend);
    const double barWidth = width - left - right;
    double largest = 0;
    for (const CostRow &row : rows)
        largest = std::max(largest, row.total());
    const char *id = chart == CostChart::ByPhase ? "cost-phase" : "cost-channel";
    const text::Source title = chart == CostChart::ByPhase ? MP_TR("charts", "Cost by phase") : MP_TR("charts", "Cost by channel");
    std::string svg = std::string("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ") + id
                      + "-chart\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height)
                      + "\" width=\"" + std::to_string(width) + "\" height=\"" + std::to_string(height)
                      + "\" role=\"img\" aria-labelledby=\"" + id + "-title\">\n";
    svg += std::string("<title id=\"") + id + "-title\">"
           + label(report, chart == CostChart::ByPhase ? MP_TR("charts", "Cost by phase: budgets and team hours' cost")
                                                       : MP_TR("charts", "Cost by channel: budgets and team hours' cost"))
           + "</title>\n";
    svg += "<text x=\"" + num(left) + "\" y=\"18\" font-size=\"14\" font-weight=\"bold\" fill=\"#222\">"
           + label(report, title) + "</text>\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const CostRow &row = rows[i];
        const double rowTop = top + rowHeight * static_cast<double>(i);
        const double barTop = rowTop + 17;
        const double barHeight = 12;
        const double scale = largest > 0 ? barWidth / largest : 0;
        const double moneyWidth = row.money * scale;
        const double hoursWidth = row.hoursCost * scale;
        svg += "<text x=\"" + num(left) + "\" y=\"" + num(rowTop + 12) + "\" font-size=\"12\" fill=\"#222\">"
               + text::escapeHtml(shorten(row.name, 90)) + "</text>\n";
        svg += "<rect x=\"" + num(left) + "\" y=\"" + num(barTop) + "\" width=\"" + num(moneyWidth) + "\" height=\""
               + num(barHeight) + "\" fill=\"#3a7dbf\"/>\n";
        // Hours' cost: light with a dark outline, so it stays apart from the
        // budgets in greyscale print.
        if (hoursWidth > 0)
            svg += "<rect x=\"" + num(left + moneyWidth) + "\" y=\"" + num(barTop) + "\" width=\"" + num(hoursWidth)
                   + "\" height=\"" + num(barHeight) + "\" fill=\"#cfe0f1\" stroke=\"#3a7dbf\" stroke-width=\"1\"/>\n";
        svg += "<text x=\"" + num(left + moneyWidth + hoursWidth + 6) + "\" y=\"" + num(barTop + 10)
               + "\" font-size=\"11\" fill=\"#222\">" + text::escapeHtml(lang.money(row.total(), report.currency))
               + "</text>\n";
    }
    const double ly = height - 10;
    svg += "<rect x=\"" + num(left) + "\" y=\"" + num(ly - 9) + "\" width=\"14\" height=\"10\" fill=\"#3a7dbf\"/>"
           "<text x=\"" + num(left + 20) + "\" y=\"" + num(ly) + "\" font-size=\"11\" fill=\"#222\">"
           + label(report, MP_TR("charts", "Budgets")) + "</text>\n";
    svg += "<rect x=\"" + num(left + 150) + "\" y=\"" + num(ly - 9)
           + "\" width=\"14\" height=\"10\" fill=\"#cfe0f1\" stroke=\"#3a7dbf\"/><text x=\"" + num(left + 170)
           + "\" y=\"" + num(ly) + "\" font-size=\"11\" fill=\"#222\">" + label(report, MP_TR("charts", "Team hours' cost"))
           + "</text>\n";
    svg += "</svg>\n";
    return svg;
}

} // namespace mixplanner::core
