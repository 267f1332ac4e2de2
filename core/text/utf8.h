#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/text/message.h"

namespace mixplanner::core::text {

// Whether `text` is well-formed UTF-8 (no overlong forms, no surrogates,
// nothing past U+10FFFF), as JSON and our CSV reader require.
bool isValidUtf8(std::string_view text);

// At most `maxCharacters` characters of `text`, cut at a character boundary
// and marked with "..." when cut: how messages quote a value, so a hostile
// 20 MB value gives a one-line message, not a 20 MB one.
std::string excerpt(std::string_view text, std::size_t maxCharacters = 100);

// Every quoted value (Text argument) of a message, nested ones too, cut to an
// excerpt: for messages about values read from a file.
void shortenQuotes(Message &message, std::size_t maxCharacters = 100);

} // namespace mixplanner::core::text
