#pragma once

#include "core/text/message.h"

#include <vector>

namespace mixplanner::core {

// Every name and reason of the built-in catalogue, in English, filed under
// the "catalogue" context: the app translates them with Language::term().
const std::vector<text::Source> &catalogueTexts();

} // namespace mixplanner::core
