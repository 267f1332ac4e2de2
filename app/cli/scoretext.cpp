#include "app/cli/scoretext.h"

#include "core/report/planreport.h"
#include "core/text/format.h"
#include "core/text/language.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace mixplanner::cli {

namespace {

using namespace mixplanner::core;

// Terminal columns of a UTF-8 string: one per code point, two for CJK and
// other wide characters, so Japanese names line up.
std::size_t displayWidth(const std::string &s)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        width += length >= 3 ? 2 : 1;
        i += length;
    }
    return width;
}

std::string pad(const std::string &s, std::size_t width)
{
    const std::size_t w = displayWidth(s);
    return w >= width ? s : s + std::string(width - w, ' ');
}

std::string padLeft(const std::string &s, std::size_t width)
{
    const std::size_t w = displayWidth(s);
    return w >= width ? s : std::string(width - w, ' ') + s;
}

std::string purposeText(const Plan &plan, const Catalogue &catalogue)
{
    const PurposeInfo *primary = catalogue.purpose(plan.purpose.primary);
    std::string result = primary ? primary->name : plan.purpose.primary;
    if (const PurposeInfo *secondary = catalogue.purpose(plan.purpose.secondary);
        secondary && plan.purpose.secondaryWeight > 0)
        result += " + " + secondary->name + " (" + text::percent(plan.purpose.secondaryWeight) + ")";
    return result;
}

// Wraps text at `width` columns, indenting continuation lines.
std::string wrap(const std::string &textToWrap, std::size_t width, const std::string &indent)
{
    std::istringstream words(textToWrap);
    std::string word, line, result;
    while (words >> word) {
        if (!line.empty() && displayWidth(line) + 1 + displayWidth(word) > width) {
            result += line + "\n" + indent;
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    return result + line;
}

} // namespace

std::string renderScoreText(const Plan &plan, const ScoreReport &report, const Catalogue &catalogue)
{
    std::ostringstream out;
    out << (plan.title.empty() ? std::string("Untitled plan") : plan.title) << "\n";
    out << "Score " << text::decimal(report.total, 1) << " / 100";
    if (report.total < report.rawTotal)
        out << "  (capped from " << text::decimal(report.rawTotal, 1) << ")";
    out << "\nPurpose: " << purposeText(plan, catalogue) << ", social media suitability "
        << text::percent(report.suitability) << "\n\n";

    const BrandStrength &brand = report.brandStrength;
    out << "Brand strength " << text::decimal(brand.value, 1) << " / 100";
    if (brand.override) {
        double derived = 0;
        for (const BrandStrengthPart &part : brand.parts)
            derived += part.contribution;
        out << " (set in the plan; the inputs below would give " << text::decimal(derived, 1) << ")";
    }
    out << "\n";
    for (const BrandStrengthPart &part : brand.parts) {
        const std::string input = part.id == "followerReach" ? text::wholeNumber(part.input) + " followers"
                                                              : text::decimal(part.input, 1) + "%";
        out << "  " << pad(text::Language::english().words(brandPartName(part.id)), 16) << padLeft(input, 18) << "  score "
            << padLeft(text::decimal(part.score, 1), 5) << " x " << text::decimal(part.weight, 2)
            << " = " << text::decimal(part.contribution, 1) << "\n";
    }

    out << "\nComponents\n";
    for (const ComponentScore &component : report.components)
        out << "  " << pad(text::Language::english().words(componentName(component.id)), 20) << padLeft(text::decimal(component.score, 1), 6)
            << "   weight " << text::percent(component.weight) << "\n";
    out << "  " << pad("Suitability cap", 20) << padLeft(text::decimal(report.suitabilityCap, 1), 6) << "\n";

    out << "\nMix per phase (account-driven share of cost)\n";
    std::size_t nameWidth = 10;
    for (const PhaseMix &phase : report.phases)
        nameWidth = std::max(nameWidth, displayWidth(phase.name) + 2);
    out << "  " << pad("Phase", nameWidth) << padLeft("Cost", 14) << padLeft("Power", 7)
        << padLeft("Planned", 9) << padLeft("Recommended", 13) << "  Band      " << padLeft("Fit", 5) << "\n";
    for (const PhaseMix &phase : report.phases) {
        out << "  " << pad(phase.name, nameWidth) << padLeft(text::money(phase.cost, plan.currency), 14)
            << padLeft(text::decimal(phase.brandPower, 0), 7)
            << padLeft(phase.planned ? text::percent(*phase.planned) : std::string("-"), 9)
            << padLeft(text::percent(phase.recommended), 13) << "  "
            << pad(text::percent(phase.low) + "-" + text::percent(phase.high), 10)
            << padLeft(text::decimal(phase.fit, 0), 5) << "\n";
    }
    out << "  " << pad("Whole plan", nameWidth) << padLeft(text::money(report.totalCost, plan.currency), 14)
        << padLeft("", 7)
        << padLeft(report.overallPlanned ? text::percent(*report.overallPlanned) : std::string("-"), 9) << "\n";

    out << "\nFindings (points lost)\n";
    if (report.findings.empty())
        out << "  None: the plan balances its approaches well for this brand and purpose.\n";
    for (const Finding &finding : report.findings) {
        char points[16];
        std::snprintf(points, sizeof points, "-%.1f", finding.points);
        out << "  " << padLeft(points, 6) << "  " << finding.code
            << " (" << severityId(finding.severity) << ")\n";
        out << "          " << wrap(text::Language::english().render(finding.message), 88, "          ") << "\n";
        out << "          -> " << wrap(text::Language::english().render(finding.suggestion), 85, "             ") << "\n";
    }
    return out.str();
}

std::string renderComparison(const core::ComparisonTable &table)
{
    constexpr std::size_t kLabel = 24;
    constexpr std::size_t kColumn = 24;
    const auto shorten = [](std::string s) {
        if (displayWidth(s) <= kColumn - 2)
            return s;
        while (!s.empty() && displayWidth(s) > kColumn - 5)
            s.pop_back();
        while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80)
            s.pop_back();
        if (!s.empty() && static_cast<unsigned char>(s.back()) >= 0xC0)
            s.pop_back();
        return s + "...";
    };
    std::ostringstream out;
    out << pad("", kLabel);
    for (const std::string &column : table.columns)
        out << padLeft(shorten(column), kColumn);
    out << "\n";
    for (const auto &row : table.rows) {
        out << pad(row.label, kLabel);
        for (const std::string &cell : row.cells)
            out << padLeft(shorten(cell), kColumn);
        out << "\n";
    }
    return out.str();
}

} // namespace mixplanner::cli
