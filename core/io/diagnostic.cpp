#include "core/io/diagnostic.h"

#include "core/text/utf8.h"

namespace mixplanner::core {

std::string Diagnostic::text() const
{
    std::string result;
    if (line > 0)
        result += "line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
    result += pointer.empty() ? std::string("(document root)") : pointer;
    result += ": ";
    result += message;
    return result;
}

namespace {

// Pointers hold keys and values from the file; messages quote values. Both
// are cut, so that no file can make a message longer than a line or two.
constexpr std::size_t kMaxPointerCharacters = 200;

} // namespace

Diagnostic Diagnostic::of(std::string pointer, text::Message what, int line, int column)
{
    pointer = text::excerpt(pointer, kMaxPointerCharacters);
    text::shortenQuotes(what);
    std::string message = text::Language::english().render(what);
    return Diagnostic{std::move(pointer), std::move(message), line, column, std::move(what)};
}

std::string Diagnostic::describe(const text::Language &language) const
{
    std::string result;
    if (line > 0)
        result += language.render(text::message(MP_TR("loader", "line %1, column %2: "),
                                                {text::Arg::plain(std::to_string(line)),
                                                 text::Arg::plain(std::to_string(column))}));
    // "/activities/0/budget: must be ..."; a language may join the two its
    // own way (Japanese reads the pointer as the subject).
    result += text::substitute(language.words(MP_TR("loader", "%1: %2")),
                               {pointer.empty() ? language.words(MP_TR("loader", "(document root)")) : pointer,
                                what.empty() ? message : language.render(what)});
    return result;
}

std::string escapePointerToken(const std::string &token)
{
    std::string escaped;
    escaped.reserve(token.size());
    for (char c : token) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return escaped;
}

} // namespace mixplanner::core
