#pragma once

#include <optional>
#include <string>
#include <string_view>

// Calendar dates for a plan with a start date: week N of the plan begins
// 7 × (N − 1) days after it. Core has no Qt, and std::chrono's calendar types
// are not complete in GCC 12's library, so this is the small civil-calendar
// arithmetic it needs (proleptic Gregorian, as ISO 8601).
namespace mixplanner::core {

struct CalendarDate {
    int year = 1970;
    int month = 1;   // 1..12
    int day = 1;     // 1..31
    bool operator==(const CalendarDate &) const = default;
    auto operator<=>(const CalendarDate &) const = default;
};

// Days since 1970-01-01 and back.
long long daysSinceEpoch(const CalendarDate &date);
CalendarDate dateFromDays(long long days);

// "2027-03-01" only: four-digit year (1900..9999), two-digit month and day,
// a day that exists in that month. Anything else is nothing.
std::optional<CalendarDate> parseIsoDate(std::string_view text);
std::string isoText(const CalendarDate &date);

CalendarDate addDays(const CalendarDate &date, long long days);

// The first day of week `week` (1-based) of a plan that starts on `start`.
CalendarDate weekStart(const CalendarDate &start, int week);
// The last day of that week.
CalendarDate weekEnd(const CalendarDate &start, int week);
// The plan week `date` falls in; 0 or less before the start.
int weekOf(const CalendarDate &start, const CalendarDate &date);

// The plan's start date, when it has a valid one.
std::optional<CalendarDate> planStart(const std::string &startDate);

} // namespace mixplanner::core
