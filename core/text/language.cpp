#include "core/text/language.h"

#include "core/text/format.h"

#include <cmath>

namespace mixplanner::core::text {

Arg Arg::plain(std::string value)
{
    Arg arg;
    arg.text = std::move(value);
    return arg;
}

Arg Arg::term(const char *context, std::string english)
{
    Arg arg;
    arg.kind = Kind::Term;
    arg.context = context;
    arg.text = std::move(english);
    return arg;
}

Arg Arg::count(double value)
{
    Arg arg;
    arg.kind = Kind::Count;
    arg.number = value;
    return arg;
}

Arg Arg::decimal(double value, int decimals)
{
    Arg arg;
    arg.kind = Kind::Decimal;
    arg.number = value;
    arg.decimals = decimals;
    return arg;
}

Arg Arg::percent(double share)
{
    Arg arg;
    arg.kind = Kind::Percent;
    arg.number = share;
    return arg;
}

Arg Arg::percentagePoints(double shareChange)
{
    Arg arg;
    arg.kind = Kind::PercentagePoints;
    arg.number = shareChange;
    return arg;
}

Arg Arg::money(double amount, std::string currency)
{
    Arg arg;
    arg.kind = Kind::Money;
    arg.number = amount;
    arg.text = std::move(currency);
    return arg;
}

Arg Arg::list(std::vector<Source> terms)
{
    Arg arg;
    arg.kind = Kind::List;
    arg.terms = std::move(terms);
    return arg;
}

Arg Arg::date(long long daysSinceEpoch, bool withYear)
{
    Arg arg;
    arg.kind = Kind::Date;
    arg.number = static_cast<double>(daysSinceEpoch);
    arg.decimals = withYear ? 1 : 0;
    return arg;
}

Arg Arg::nested(Message message)
{
    Arg arg;
    arg.kind = Kind::Phrase;
    arg.phrase.push_back(std::move(message));
    return arg;
}

std::string Language::translate(const char *, const char *source) const
{
    return source;
}

std::string Language::count(double value) const
{
    return wholeNumber(value);
}

std::string Language::decimal(double value, int decimals) const
{
    return text::decimal(value, decimals);
}

std::string Language::percent(double share) const
{
    return text::percent(share);
}

std::string Language::money(double amount, const std::string &currency) const
{
    return text::money(amount, currency);
}

std::string Language::list(const std::vector<std::string> &items) const
{
    const std::string comma = words(MP_TR("list", ", "));
    const std::string lastJoin = words(MP_TR("list", " and "));
    std::string result;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            result += i + 1 == items.size() ? lastJoin : comma;
        result += items[i];
    }
    return result;
}

std::string Language::date(const CalendarDate &date, bool withYear) const
{
    static constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::string result = std::to_string(date.day) + " " + kMonths[date.month - 1];
    if (withYear)
        result += " " + std::to_string(date.year);
    return result;
}

std::string Language::format(const Arg &arg) const
{
    switch (arg.kind) {
    case Arg::Kind::Text:
        return arg.text;
    case Arg::Kind::Term:
        return translate(arg.context, arg.text.c_str());
    case Arg::Kind::Count:
        return count(arg.number);
    case Arg::Kind::Decimal:
        return decimal(arg.number, arg.decimals);
    case Arg::Kind::Percent:
        return percent(arg.number);
    case Arg::Kind::PercentagePoints: {
        const double points = std::isfinite(arg.number) ? std::round(arg.number * 100) : 0.0;
        const std::string number = (points > 0 ? "+" : "") + decimal(points == 0 ? 0.0 : points, 0);
        return substitute(words(MP_TR("units", "%1 percentage points")), {number});
    }
    case Arg::Kind::Money:
        return money(arg.number, arg.text);
    case Arg::Kind::List: {
        std::vector<std::string> items;
        items.reserve(arg.terms.size());
        for (const Source &term : arg.terms)
            items.push_back(words(term));
        return list(items);
    }
    case Arg::Kind::Date:
        return date(dateFromDays(static_cast<long long>(arg.number)), arg.decimals == 1);
    case Arg::Kind::Phrase:
        return arg.phrase.empty() ? std::string() : render(arg.phrase.front());
    }
    return arg.text;
}

std::string Language::render(const Message &message) const
{
    if (message.empty())
        return {};
    std::vector<std::string> values;
    values.reserve(message.args.size());
    for (const Arg &arg : message.args)
        values.push_back(format(arg));
    return substitute(words(message.source), values);
}

std::string Language::sentences(const std::vector<Message> &messages) const
{
    std::string result;
    for (const Message &message : messages) {
        if (message.empty())
            continue;
        if (!result.empty())
            result += ' ';
        result += render(message);
    }
    return result;
}

const Language &Language::english()
{
    static const Language language;
    return language;
}

std::string substitute(const std::string &pattern, const std::vector<std::string> &values)
{
    std::string result;
    result.reserve(pattern.size() + 16 * values.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c != '%' || i + 1 >= pattern.size()) {
            result += c;
            continue;
        }
        const char next = pattern[i + 1];
        if (next == '%') {
            result += '%';
            ++i;
            continue;
        }
        if (next < '1' || next > '9') {
            result += c;
            continue;
        }
        std::size_t index = static_cast<std::size_t>(next - '0');
        std::size_t end = i + 2;
        if (end < pattern.size() && pattern[end] >= '0' && pattern[end] <= '9'
            && index * 10 + static_cast<std::size_t>(pattern[end] - '0') <= values.size()) {
            index = index * 10 + static_cast<std::size_t>(pattern[end] - '0');
            ++end;
        }
        if (index <= values.size())
            result += values[index - 1];
        else
            result.append(pattern, i, end - i);   // a missing argument stays visible
        i = end - 1;
    }
    return result;
}

} // namespace mixplanner::core::text
