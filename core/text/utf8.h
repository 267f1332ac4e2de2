#pragma once

#include <string_view>

namespace mixplanner::core::text {

// Whether `text` is well-formed UTF-8 (no overlong forms, no surrogates,
// nothing past U+10FFFF), as JSON and our CSV reader require.
bool isValidUtf8(std::string_view text);

} // namespace mixplanner::core::text
