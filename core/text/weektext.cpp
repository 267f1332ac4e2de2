#include "core/text/weektext.h"

namespace mixplanner::core::text {

namespace {

Arg dayOf(const CalendarDate &start, int week, bool last)
{
    return Arg::date(daysSinceEpoch(last ? weekEnd(start, week) : weekStart(start, week)), false);
}

} // namespace

Message weekLabel(const std::optional<CalendarDate> &start, int week)
{
    if (!start)
        return message(MP_TR("weeks", "Week %1"), {Arg::plain(std::to_string(week))});
    return message(MP_TR("weeks", "Week %1 (%2)"), {Arg::plain(std::to_string(week)), dayOf(*start, week, false)});
}

std::string weekCell(const Language &language, const std::optional<CalendarDate> &start, int week)
{
    if (!start)
        return std::to_string(week);
    return language.render(
        message(MP_TR("weeks", "%1 (%2)"), {Arg::plain(std::to_string(week)), dayOf(*start, week, false)}));
}

std::string weekRangeCell(const Language &language, const std::optional<CalendarDate> &start, int first, int last)
{
    const std::string weeks = std::to_string(first) + "-" + std::to_string(last);
    if (!start)
        return weeks;
    return language.render(message(MP_TR("weeks", "%1 (%2 – %3)"),
                                   {Arg::plain(weeks), dayOf(*start, first, false), dayOf(*start, last, true)}));
}

Message weekRange(const std::optional<CalendarDate> &start, int first, int last)
{
    if (!start)
        return message(MP_TR("weeks", "weeks %1-%2"), {Arg::plain(std::to_string(first)), Arg::plain(std::to_string(last))});
    return message(MP_TR("weeks", "weeks %1-%2, %3 – %4"),
                   {Arg::plain(std::to_string(first)), Arg::plain(std::to_string(last)), dayOf(*start, first, false),
                    dayOf(*start, last, true)});
}

} // namespace mixplanner::core::text
