#include "core/model/calendardate.h"

#include <cstdio>

namespace mixplanner::core {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every date of
// the proleptic Gregorian calendar, no tables.
long long daysSinceEpoch(const CalendarDate &date)
{
    const long long y = date.year - (date.month <= 2 ? 1 : 0);
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yearOfEra = y - era * 400;
    const long long m = date.month;
    const long long dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + date.day - 1;
    const long long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

CalendarDate dateFromDays(long long days)
{
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const long long dayOfEra = days - era * 146097;
    const long long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const long long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const long long mp = (5 * dayOfYear + 2) / 153;
    const int day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const long long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return {static_cast<int>(year), month, day};
}

namespace {

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

bool digits(std::string_view text, std::size_t from, std::size_t count, int &value)
{
    value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

} // namespace

std::optional<CalendarDate> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    CalendarDate date;
    if (!digits(text, 0, 4, date.year) || !digits(text, 5, 2, date.month) || !digits(text, 8, 2, date.day))
        return std::nullopt;
    if (date.year < 1900 || date.month < 1 || date.month > 12 || date.day < 1
        || date.day > daysInMonth(date.year, date.month))
        return std::nullopt;
    return date;
}

std::string isoText(const CalendarDate &date)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
}

CalendarDate addDays(const CalendarDate &date, long long days)
{
    return dateFromDays(daysSinceEpoch(date) + days);
}

CalendarDate weekStart(const CalendarDate &start, int week)
{
    return addDays(start, 7LL * (week - 1));
}

CalendarDate weekEnd(const CalendarDate &start, int week)
{
    return addDays(start, 7LL * week - 1);
}

int weekOf(const CalendarDate &start, const CalendarDate &date)
{
    const long long days = daysSinceEpoch(date) - daysSinceEpoch(start);
    // Floor division: the day before the start is in week 0.
    const long long week = days >= 0 ? days / 7 : -((-days + 6) / 7);
    return static_cast<int>(week + 1);
}

std::optional<CalendarDate> planStart(const std::string &startDate)
{
    return startDate.empty() ? std::nullopt : parseIsoDate(startDate);
}

} // namespace mixplanner::core
