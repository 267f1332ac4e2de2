#include "core/text/format.h"

#include <cmath>
#include <cstdio>
#include <string_view>

namespace mixplanner::core::text {

namespace {

std::string groupThousands(const std::string &digits)
{
    std::string grouped;
    const std::size_t length = digits.size();
    for (std::size_t i = 0; i < length; ++i) {
        grouped += digits[i];
        const std::size_t left = length - i - 1;
        if (left > 0 && left % 3 == 0)
            grouped += ',';
    }
    return grouped;
}

int currencyDecimals(const std::string &currency)
{
    // Currencies without minor units in everyday use (ISO 4217 exponent 0).
    for (const char *code : {"JPY", "KRW", "VND", "CLP", "ISK", "HUF", "TWD"})
        if (currency == code)
            return 0;
    return 2;
}

} // namespace

std::string percent(double share)
{
    if (!std::isfinite(share))
        return "-";
    return std::to_string(static_cast<long long>(std::llround(share * 100))) + "%";
}

std::string wholeNumber(double value)
{
    if (!std::isfinite(value))
        return "-";
    // Through printf rather than an integer: sums of large plans can exceed
    // what a 64-bit integer holds.
    char digits[400];
    std::snprintf(digits, sizeof digits, "%.0f", std::fabs(value));
    const bool negative = value < 0 && std::string_view(digits) != "0";
    return (negative ? "-" : "") + groupThousands(digits);
}

std::string money(double amount, const std::string &currency)
{
    if (!std::isfinite(amount))
        return "-";
    const int decimals = currencyDecimals(currency);
    std::string number;
    if (decimals == 0) {
        number = wholeNumber(amount);
    } else {
        char digits[400];
        std::snprintf(digits, sizeof digits, "%.2f", std::fabs(amount));
        std::string text = digits;
        const std::size_t point = text.find('.');
        number = (amount < 0 ? "-" : "") + groupThousands(text.substr(0, point)) + text.substr(point);
    }
    if (currency == "JPY")
        return "\xC2\xA5" + number;   // ¥
    if (currency == "USD")
        return "$" + number;
    if (currency == "EUR")
        return "\xE2\x82\xAC" + number;   // €
    if (currency == "GBP")
        return "\xC2\xA3" + number;   // £
    return number + " " + currency;
}

std::string decimal(double value, int decimals)
{
    if (!std::isfinite(value))
        return "-";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string result = buffer;
    if (result.find('.') != std::string::npos) {
        while (!result.empty() && result.back() == '0')
            result.pop_back();
        if (!result.empty() && result.back() == '.')
            result.pop_back();
    }
    if (result == "-0")
        result = "0";
    return result;
}

std::string fixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return "-";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

double roughly(double amount)
{
    if (!std::isfinite(amount) || amount == 0)
        return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::fabs(amount))) - 1);
    return std::round(amount / magnitude) * magnitude;
}

std::string quoted(const std::string &name)
{
    return "'" + name + "'";
}

} // namespace mixplanner::core::text
