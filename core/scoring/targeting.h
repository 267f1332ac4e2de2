#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mixplanner::core {

// Whether a tag, keyword or format says something a platform can use to find
// people: not blank, not a lone letter ("x", "#a"), not a placeholder
// ("tbd", "todo", "n/a", "...", "xxx"). Content readiness and the
// projection's targeting count only such labels, so typing filler earns
// nothing. A single character of a script such as Japanese (茶) counts: it is
// a word there.
bool isInformativeLabel(std::string_view label);

// At least one of `labels` is informative.
bool anyInformativeLabel(const std::vector<std::string> &labels);

} // namespace mixplanner::core
