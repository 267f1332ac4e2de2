#include "app/cli/projectiontext.h"

#include "core/text/format.h"
#include "core/text/language.h"

#include <algorithm>
#include <sstream>

namespace mixplanner::cli {

namespace {

std::string padLeft(const std::string &s, std::size_t width)
{
    return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

std::string padRight(const std::string &s, std::size_t width)
{
    std::size_t columns = 0;
    for (unsigned char c : s)
        columns += (c & 0xC0) != 0x80;
    return columns >= width ? s : s + std::string(width - columns, ' ');
}

} // namespace

std::string renderProjectionText(const core::Plan &plan, const core::Projection &projection)
{
    using core::text::wholeNumber;
    std::ostringstream out;
    out << (plan.title.empty() ? std::string("Untitled plan") : plan.title) << ": projection over "
        << projection.weeks.size() << " weeks\n";
    if (!projection.currencyKnown)
        out << "Note: no exchange-rate prior for " << plan.currency << "; amounts were read as US dollars.\n";
    out << "Followers " << wholeNumber(projection.startFollowers) << " -> " << wholeNumber(projection.endFollowers)
        << ", " << wholeNumber(projection.uniqueReach) << " people reached ("
        << wholeNumber(projection.contentReach + projection.accountReach) << " reaches in all: content "
        << wholeNumber(projection.contentReach) << ", account " << wholeNumber(projection.accountReach)
        << "), engagements " << wholeNumber(projection.engagements) << ", value " << wholeNumber(projection.value)
        << "\n\n";
    std::size_t nameWidth = 8;
    for (const auto &phase : plan.phases)
        nameWidth = std::max(nameWidth, phase.name.size() + 2);
    out << padLeft("Week", 5) << "  " << padRight("Phase", nameWidth) << padLeft("Content reach", 14)
        << padLeft("Account reach", 14) << padLeft("Engagements", 12) << padLeft("New followers", 14)
        << padLeft("Followers", 11) << "\n";
    for (const core::ProjectedWeek &week : projection.weeks) {
        const std::string phase = week.phase >= 0 ? plan.phases[static_cast<std::size_t>(week.phase)].name : "-";
        out << padLeft(std::to_string(week.week), 5) << "  " << padRight(phase, nameWidth)
            << padLeft(wholeNumber(week.contentReach), 14) << padLeft(wholeNumber(week.accountReach), 14)
            << padLeft(wholeNumber(week.engagements), 12) << padLeft(wholeNumber(week.newFollowers), 14)
            << padLeft(wholeNumber(week.followers), 11) << "\n";
    }
    return out.str();
}

std::string renderSuggestionText(const core::MixSuggestion &suggestion)
{
    using core::text::percent;
    std::ostringstream out;
    std::size_t nameWidth = 8;
    for (const auto &phase : suggestion.phases)
        nameWidth = std::max(nameWidth, phase.name.size() + 2);
    nameWidth = std::max<std::size_t>(nameWidth, 19);
    out << "Account-driven share per phase\n";
    out << "  " << padRight("Phase", nameWidth) << padLeft("Plan", 8) << padLeft("Suggested", 11)
        << padLeft("Unbounded", 11) << "\n";
    for (const core::PhaseSuggestion &phase : suggestion.phases) {
        out << "  " << padRight(phase.name, nameWidth);
        if (phase.costed)
            out << padLeft(percent(phase.planned), 8) << padLeft(percent(phase.bounded), 11)
                << padLeft(percent(phase.unbounded), 11) << "\n";
        else
            out << padLeft("-", 8) << padLeft("-", 11) << padLeft("-", 11) << "\n";
    }
    const auto gain = [](double g) { return (g >= 0 ? "+" : "") + core::text::decimal(g * 100, 1) + "%"; };
    out << "  " << padRight("Projected value", nameWidth) << padLeft(core::text::wholeNumber(suggestion.planValue), 8)
        << padLeft(gain(suggestion.boundedGain()), 11) << padLeft(gain(suggestion.unboundedGain()), 11) << "\n";
    out << "  " << padRight("Score after Apply", nameWidth) << padLeft(core::text::decimal(suggestion.planScore, 1), 8)
        << padLeft(core::text::decimal(suggestion.appliedBoundedScore, 1), 11)
        << padLeft(core::text::decimal(suggestion.appliedUnboundedScore, 1), 11) << "\n\n";
    out << "Why\n";
    for (const core::PhaseSuggestion &phase : suggestion.phases)
        out << "  " << core::text::Language::english().sentences({phase.reason, phase.applyNote}) << "\n";
    out << "\nProjected value " << (suggestion.boundedGain() >= 0 ? "+" : "")
        << core::text::decimal(suggestion.boundedGain() * 100, 1) << "% with the suggested mix, "
        << (suggestion.unboundedGain() >= 0 ? "+" : "") << core::text::decimal(suggestion.unboundedGain() * 100, 1)
        << "% without limits, at the same cost.\n";
    return out.str();
}

} // namespace mixplanner::cli
