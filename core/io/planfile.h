#pragma once

#include "core/io/planjson.h"
#include "core/io/safewrite.h"

#include <filesystem>

namespace mixplanner::core {

// Reads and checks a .mixplan file. Problems with the file itself (missing,
// too large, unreadable) come back as a diagnostic for the whole document.
PlanReadResult loadPlanFile(const std::filesystem::path &path,
                            const Catalogue &catalogue = Catalogue::builtin());

// Saves the canonical form through writeFileSafely, keeping the previous
// version as PATH.bak; on failure the file and its .bak are untouched.
WriteOutcome savePlanFile(const Plan &plan, const std::filesystem::path &path);

} // namespace mixplanner::core
