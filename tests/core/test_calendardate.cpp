// Plan weeks as calendar dates: the arithmetic every date on screen and in
// exports rests on.
#include "core/model/calendardate.h"

#include <catch2/catch.hpp>

using mixplanner::core::CalendarDate;
namespace core = mixplanner::core;

TEST_CASE("days and dates convert both ways over the years plans use", "[calendar]")
{
    // Day numbers a calendar gives (Python's datetime agrees).
    CHECK(core::daysSinceEpoch({1970, 1, 1}) == 0);
    CHECK(core::daysSinceEpoch({2000, 3, 1}) == 11017);
    CHECK(core::daysSinceEpoch({1900, 1, 1}) == -25567);
    const long long first = core::daysSinceEpoch({1900, 1, 1});
    const long long last = core::daysSinceEpoch({2200, 12, 31});
    CalendarDate previous = core::dateFromDays(first - 1);
    for (long long day = first; day <= last; ++day) {
        const CalendarDate date = core::dateFromDays(day);
        REQUIRE(core::daysSinceEpoch(date) == day);
        REQUIRE(previous < date);
        // Every date the conversion gives is one the parser accepts, and back.
        REQUIRE(core::parseIsoDate(core::isoText(date)) == date);
        previous = date;
    }
}

TEST_CASE("only ISO dates that exist are read", "[calendar]")
{
    CHECK(core::parseIsoDate("2027-03-01") == CalendarDate{2027, 3, 1});
    CHECK(core::parseIsoDate("2028-02-29") == CalendarDate{2028, 2, 29});
    CHECK(core::parseIsoDate("2000-02-29") == CalendarDate{2000, 2, 29});
    for (const char *refused : {"2027-02-29", "1900-02-29", "2027-04-31", "2027-00-10", "2027-13-01", "2027-3-1",
                                "27-03-01", "2027/03/01", "01-03-2027", "2027-03-01T09:00", " 2027-03-01", "",
                                "1899-12-31", "２０２７-03-01"})
        CHECK_FALSE(core::parseIsoDate(refused));
}

TEST_CASE("plan weeks are seven days from the start date", "[calendar]")
{
    const CalendarDate start{2027, 3, 1};
    CHECK(core::weekStart(start, 1) == start);
    CHECK(core::weekStart(start, 3) == CalendarDate{2027, 3, 15});
    CHECK(core::weekEnd(start, 1) == CalendarDate{2027, 3, 7});
    for (int week = 1; week <= 520; ++week) {
        INFO("week " << week);
        REQUIRE(core::weekOf(start, core::weekStart(start, week)) == week);
        REQUIRE(core::weekOf(start, core::weekEnd(start, week)) == week);
        REQUIRE(core::addDays(core::weekEnd(start, week), 1) == core::weekStart(start, week + 1));
    }
    CHECK(core::weekOf(start, CalendarDate{2027, 2, 28}) == 0);
    CHECK(core::weekOf(start, CalendarDate{2027, 2, 22}) == 0);
    CHECK(core::weekOf(start, CalendarDate{2027, 2, 21}) == -1);
}
