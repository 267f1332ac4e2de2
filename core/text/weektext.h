#pragma once

#include "core/model/calendardate.h"
#include "core/text/language.h"

#include <optional>
#include <string>

// Plan weeks as readers see them: the week number, and when the plan has a
// start date, the day the week starts ("3 (15 Mar)"). Tables, charts and
// every export write weeks through these, so a plan with a start date shows
// dates everywhere and one without shows week numbers everywhere.
namespace mixplanner::core::text {

// "Week 3 (15 Mar)", or "Week 3".
Message weekLabel(const std::optional<CalendarDate> &start, int week);
// "3 (15 Mar)", or "3": for a column titled "Week".
std::string weekCell(const Language &language, const std::optional<CalendarDate> &start, int week);
// "1-4 (1 Mar – 28 Mar)", or "1-4": for a column titled "Weeks".
std::string weekRangeCell(const Language &language, const std::optional<CalendarDate> &start, int first, int last);
// "weeks 1-4, 1 Mar – 28 Mar", or "weeks 1-4": inside a sentence or heading.
Message weekRange(const std::optional<CalendarDate> &start, int first, int last);

} // namespace mixplanner::core::text
