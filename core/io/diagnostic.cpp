#include "core/io/diagnostic.h"

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
