// Messages as patterns with typed values: substitution, the English
// rendering of each kind of value, and UTF-8 checking.
#include "core/text/language.h"
#include "core/text/utf8.h"

#include <catch2/catch.hpp>

using namespace mixplanner::core::text;

TEST_CASE("placeholders are filled left to right, once", "[language]")
{
    CHECK(substitute("%1 and %2", {"a", "b"}) == "a and b");
    CHECK(substitute("%2 before %1", {"a", "b"}) == "b before a");
    // A value that looks like a placeholder is not filled again.
    CHECK(substitute("%1 then %2", {"%2", "x"}) == "%2 then x");
    CHECK(substitute("%1%", {"25"}) == "25%");
    CHECK(substitute("100%% sure", {}) == "100% sure");
    // Two digits only when there are that many values.
    CHECK(substitute("%10", {"a"}) == "a0");
    CHECK(substitute("%10", {"1", "2", "3", "4", "5", "6", "7", "8", "9", "ten"}) == "ten");
    // A missing value stays visible rather than vanishing.
    CHECK(substitute("%1 %3", {"a"}) == "a %3");
}

TEST_CASE("English renders every kind of value", "[language]")
{
    const Language &english = Language::english();
    CHECK(english.format(Arg::percent(0.234)) == "23%");
    CHECK(english.format(Arg::money(1234567, "JPY")) == "\xC2\xA5" "1,234,567");
    CHECK(english.format(Arg::money(1234.5, "USD")) == "$1,234.50");
    CHECK(english.format(Arg::count(12345.4)) == "12,345");
    CHECK(english.format(Arg::decimal(2.50, 2)) == "2.5");
    CHECK(english.format(Arg::percentagePoints(0.12)) == "+12 percentage points");
    CHECK(english.format(Arg::percentagePoints(-0.05)) == "-5 percentage points");
    CHECK(english.format(Arg::percentagePoints(0.001)) == "0 percentage points");
    CHECK(english.format(Arg::list({MP_TR("t", "a"), MP_TR("t", "b"), MP_TR("t", "c")})) == "a, b and c");
    CHECK(english.format(Arg::list({MP_TR("t", "a")})) == "a");
    const Message inner = message(MP_TR("t", "'%1' (weeks %2-%3)"), {Arg::plain("Launch"), Arg::count(1), Arg::count(8)});
    CHECK(english.render(message(MP_TR("t", "In %1 it rains."), {Arg::nested(inner)})) == "In 'Launch' (weeks 1-8) it rains.");
    CHECK(english.sentences({message(MP_TR("t", "One.")), Message{}, message(MP_TR("t", "Two."))}) == "One. Two.");
}

TEST_CASE("a language translates patterns, terms and list words", "[language]")
{
    class Shouting : public Language {
    public:
        std::string translate(const char *, const char *source) const override
        {
            std::string upper = source;
            for (char &c : upper)
                if (c >= 'a' && c <= 'z')
                    c = static_cast<char>(c - 'a' + 'A');
            return upper;
        }
    } shouting;
    CHECK(shouting.render(message(MP_TR("t", "%1 on %2"), {Arg::plain("name"), Arg::term("catalogue", "Instagram")}))
          == "name ON INSTAGRAM");
    CHECK(shouting.format(Arg::list({MP_TR("t", "a"), MP_TR("t", "b")})) == "A AND B");
}

TEST_CASE("UTF-8 is checked strictly", "[language][utf8]")
{
    CHECK(isValidUtf8(""));
    CHECK(isValidUtf8("plain ASCII"));
    CHECK(isValidUtf8("\xE6\x97\xA5\xE6\x9C\xAC"));          // 日本
    CHECK(isValidUtf8("\xF0\x9F\x98\x80"));                  // an emoji
    CHECK_FALSE(isValidUtf8("\xFF"));
    CHECK_FALSE(isValidUtf8("\xE6\x97"));                    // cut short
    CHECK_FALSE(isValidUtf8("\xC0\x80"));                    // overlong
    CHECK_FALSE(isValidUtf8("\xE0\x80\x80"));                // overlong
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));                // a surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80"));            // past U+10FFFF
    CHECK_FALSE(isValidUtf8("ok\x80"));                      // a lone continuation byte
}
