#pragma once

#include <string>
#include <vector>

// Marks an English source text that the desktop app translates. lupdate reads
// MP_TR(context, text) as QT_TRANSLATE_NOOP(context, text) (see
// resources/translations/CMakeLists.txt), so the words stay here, in core,
// while the Japanese lives in the app's translation file.
#define MP_TR(context, source) ::mixplanner::core::text::Source{context, source}

namespace mixplanner::core::text {

// An English text and the context its translation is filed under.
struct Source {
    const char *context = "";
    const char *text = "";
};

struct Message;

// One value a message shows. Numbers stay numbers until a Language renders
// them, so each language writes them its own way (separators, currency).
struct Arg {
    enum class Kind {
        Text,               // shown as given (plan item names, ids)
        Term,               // an English word from the catalogue, translated when shown
        Count,              // a whole number: 12,345
        Decimal,            // at most `decimals` decimals, no trailing zeros
        Percent,            // a share 0..1 as a percentage: 23%
        PercentagePoints,   // a signed change of share: +12 percentage points
        Money,              // an amount in `text` (the currency code)
        List,               // translated terms joined as a list
        Date,               // a calendar day (`number`: days since 1970-01-01; `decimals` 1: with the year)
        Phrase,             // a message inside a message
    };
    Kind kind = Kind::Text;
    double number = 0;
    int decimals = 0;
    std::string text;
    const char *context = "";
    std::vector<Source> terms;      // List
    std::vector<Message> phrase;    // Phrase: exactly one message

    static Arg plain(std::string value);
    static Arg term(const char *context, std::string english);
    static Arg count(double value);
    static Arg decimal(double value, int decimals);
    static Arg percent(double share);
    static Arg percentagePoints(double shareChange);
    static Arg money(double amount, std::string currency);
    static Arg list(std::vector<Source> terms);
    static Arg date(long long daysSinceEpoch, bool withYear);
    static Arg nested(Message message);
};

// A sentence as a translatable pattern (%1, %2, ... stand for the arguments)
// and the values to put in it.
struct Message {
    Source source;
    std::vector<Arg> args;

    bool empty() const { return source.text == nullptr || *source.text == '\0'; }
};

inline Message message(Source source, std::vector<Arg> args = {})
{
    return Message{source, std::move(args)};
}

} // namespace mixplanner::core::text
