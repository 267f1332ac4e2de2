#include "core/io/planfile.h"

#include "core/io/filesystem.h"
#include "core/io/jsonlimits.h"

namespace mixplanner::core {

PlanReadResult loadPlanFile(const std::filesystem::path &path, const Catalogue &catalogue)
{
    FileReadResult file = readFileBytes(path, limits::kMaxFileBytes);
    if (!file.bytes) {
        PlanReadResult result;
        result.errors.push_back(Diagnostic{"", file.error, 0, 0});
        return result;
    }
    return readPlan(*file.bytes, catalogue);
}

WriteOutcome savePlanFile(const Plan &plan, const std::filesystem::path &path)
{
    WriteRules rules;
    rules.keepBackup = true;
    return writeFileSafely(path, writePlan(plan), rules);
}

} // namespace mixplanner::core
