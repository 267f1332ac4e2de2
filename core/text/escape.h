#pragma once

#include <string>
#include <string_view>

namespace mixplanner::core::text {

// Text made safe for the format it is written into. Every string that comes
// from a plan passes through one of these before it reaches an export.

// & < > " ' become entities, so a title "<script>" shows as text in HTML and SVG.
std::string escapeHtml(std::string_view text);

// Characters that start Markdown markup (* _ ` [ ] # ~ { } \\) are backslash-escaped, "|" so it
// cannot break a table, and line breaks become spaces within table cells.
std::string escapeMarkdown(std::string_view text);

// One CSV field per RFC 4180: quoted when it holds a comma, quote or line
// break, quotes doubled. Text that a spreadsheet would run as a formula
// (starting with = + - @, a tab or a carriage return) is prefixed with an
// apostrophe so it stays text.
std::string csvField(std::string_view text);
// A number field: never neutralised, never quoted.
std::string csvNumber(double value, int decimals);

} // namespace mixplanner::core::text
