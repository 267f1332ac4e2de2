#pragma once

#include "app/cli/commandline.h"

#include <iosfwd>

namespace mixplanner::cli {

enum ExitCode { Success = 0, BadInput = 1, Usage = 2 };

// Runs one parsed command; results go to `out`, problems to `err`.
int runCommand(const CommandLine &line, std::ostream &out, std::ostream &err);

} // namespace mixplanner::cli
