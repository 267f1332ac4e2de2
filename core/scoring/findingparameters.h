#pragma once

#include <string_view>
#include <vector>

// Which numbers of the parameters file a finding rests on, so the app can
// go from a finding to the assumptions behind it. Each entry is a parameter
// path ("recommendation.tolerance") or a group ending in "." ("mixFit.").
namespace mixplanner::core {

const std::vector<std::string_view> &parametersBehind(std::string_view findingCode);
// Whether `path` is one of them.
bool isBehind(std::string_view findingCode, std::string_view path);

} // namespace mixplanner::core
