#pragma once

#include "core/model/calendardate.h"
#include "core/text/message.h"

#include <string>
#include <vector>

namespace mixplanner::core::text {

// Turns messages and numbers into words for one language. Core writes
// English through Language::english(); the desktop app passes one backed by
// its translations and the user's locale, so findings, suggestions and every
// export speak the user's language.
class Language {
public:
    virtual ~Language() = default;

    // The translation of an English source text, or the text itself.
    virtual std::string translate(const char *context, const char *source) const;

    virtual std::string count(double value) const;
    virtual std::string decimal(double value, int decimals) const;
    virtual std::string percent(double share) const;
    virtual std::string money(double amount, const std::string &currency) const;
    // "a, b and c"
    virtual std::string list(const std::vector<std::string> &items) const;
    // "17 Mar", or with the year "17 Mar 2027": the day a plan week starts.
    virtual std::string date(const CalendarDate &date, bool withYear) const;

    std::string words(Source source) const { return translate(source.context, source.text); }
    std::string term(const char *context, const std::string &english) const
    {
        return translate(context, english.c_str());
    }
    std::string format(const Arg &arg) const;
    std::string render(const Message &message) const;
    // The non-empty messages rendered and joined by a space.
    std::string sentences(const std::vector<Message> &messages) const;

    static const Language &english();
};

// Replaces %1..%99 in `pattern` with `values`, left to right in one pass, so a
// value that itself contains "%2" is never substituted again. "%%" stays "%".
std::string substitute(const std::string &pattern, const std::vector<std::string> &values);

} // namespace mixplanner::core::text
