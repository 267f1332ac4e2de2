#pragma once

#include "core/text/message.h"

#include <vector>

namespace mixplanner::core {

// Every reason of the built-in model parameters, in English, filed under the
// "parameters" context: the exports translate them with Language::term().
const std::vector<text::Source> &parameterReasonTexts();

} // namespace mixplanner::core
