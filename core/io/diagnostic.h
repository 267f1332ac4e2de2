#pragma once

#include "core/text/language.h"

#include <string>
#include <vector>

namespace mixplanner::core {

// One problem found in a file: where (a JSON pointer, and for syntax errors the
// line and column) and what was expected. Loaders collect every problem they
// can find instead of stopping at the first, so a user fixes a file in one go.
struct Diagnostic {
    std::string pointer;   // RFC 6901 pointer of the bad value, "" for the whole document
    std::string message;   // plain sentence: what is wrong and what was expected
    int line = 0;          // 1-based; 0 when the error is about a value, not syntax
    int column = 0;

    // The message as a pattern with its values, so the app can show it in
    // its language; empty for messages only written in English (the
    // built-in catalogue's and parameters' checks).
    text::Message what{};

    // A diagnostic whose English message is rendered from `what`.
    static Diagnostic of(std::string pointer, text::Message what, int line = 0, int column = 0);

    // "/activities/3/budget: must be a non-negative number, got -5"
    // or, for syntax errors, "line 3, column 14: /activities/0: ..."
    std::string text() const;
    // The same in a language.
    std::string describe(const text::Language &language) const;
};

using Diagnostics = std::vector<Diagnostic>;

// Escapes one reference token for a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string escapePointerToken(const std::string &token);

} // namespace mixplanner::core
