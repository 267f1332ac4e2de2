#pragma once

#include "core/io/planjson.h"

#include <filesystem>

namespace mixplanner::core {

// Reads and checks a .mixplan file. Problems with the file itself (missing,
// too large, unreadable) come back as a diagnostic for the whole document.
PlanReadResult loadPlanFile(const std::filesystem::path &path,
                            const Catalogue &catalogue = Catalogue::builtin());

// Saves the canonical form atomically, keeping the previous version as
// PATH.bak. Empty string on success, else why not (the file is then untouched).
std::string savePlanFile(const Plan &plan, const std::filesystem::path &path);

} // namespace mixplanner::core
