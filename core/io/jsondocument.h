#pragma once

#include "core/io/diagnostic.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace mixplanner::core {

// Key order matters to people reading a saved plan, and unknown fields must
// come back in the order they were found, so the whole io layer uses
// insertion-ordered objects.
using Json = nlohmann::ordered_json;

struct JsonParseResult {
    std::optional<Json> value;
    std::optional<Diagnostic> error;   // set exactly when value is not
};

// Parses JSON text without ever throwing. Syntax errors name the line, column
// and the pointer of the value being read; duplicate keys, nesting deeper than
// limits::kMaxNestingDepth and oversized containers are refused too.
JsonParseResult parseJsonDocument(std::string_view text);

// A short, single-line rendering of a value for messages ("got -5").
std::string describeJsonValue(const Json &value);

} // namespace mixplanner::core
