// libFuzzer target for the plan loader. Beyond "no crash", it checks what must
// hold for every accepted plan: it saves and reloads to the same plan, and its
// score and projection hold only finite numbers.
#include "core/io/planjson.h"
#include "core/projection/projection.h"
#include "core/scoring/scorer.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace mixplanner::core;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const PlanReadResult read = readPlan(text);
    if (!read.plan) {
        if (read.errors.empty())
            std::abort();   // a refusal must always say why
        return 0;
    }
    const PlanReadResult again = readPlan(writePlan(*read.plan));
    if (!again.plan || !(*again.plan == *read.plan))
        std::abort();   // save -> open must give the same plan back
    const ScoreReport score = scorePlan(*read.plan);
    double points = 0;
    for (const Finding &finding : score.findings)
        points += finding.points;
    if (!std::isfinite(score.total) || std::fabs(points - (100.0 - score.total)) > 0.01)
        std::abort();
    const Projection projection = projectPlan(*read.plan);
    if (!std::isfinite(projection.value) || !std::isfinite(projection.endFollowers))
        std::abort();
    return 0;
}
