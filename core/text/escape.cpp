#include "core/text/escape.h"

#include "core/text/format.h"

namespace mixplanner::core::text {

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string escapeMarkdown(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        // Parentheses, '+' and '!' only matter next to brackets or at the start
        // of a line, which escaping the brackets and '#' already covers.
        case '\\': case '`': case '*': case '_': case '{': case '}': case '[': case ']':
        case '#': case '|': case '~':
            out += '\\';
            out += c;
            break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '\r': break;
        case '\n': out += ' '; break;
        default: out += c;
        }
    }
    return out;
}

std::string csvField(std::string_view text)
{
    std::string value(text);
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@'
                           || value[0] == '\t' || value[0] == '\r'))
        value.insert(value.begin(), '\'');
    // A tab is quoted too, so the same cells serve tab-separated text.
    const bool quote = value.find_first_of(",\"\r\n\t") != std::string::npos;
    if (!quote)
        return value;
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csvNumber(double value, int decimals)
{
    return decimal(value, decimals);
}

} // namespace mixplanner::core::text
