#include "core/scoring/findingparameters.h"

#include <algorithm>
#include <utility>

namespace mixplanner::core {

namespace {

using Paths = std::vector<std::string_view>;

// Read from the scoring code: the numbers each finding's test and its
// points are computed with. Brand power's parameters stand behind every
// finding about the recommended mix, as the recommendation starts from it.
const std::pair<std::string_view, Paths> kBehind[] = {
    {"MIX_OUTSIDE_BAND", {"brandStrength.", "recommendation.", "weights.mixFit", "mixFit."}},
    {"WEAK_BRAND_ACCOUNT_HEAVY", {"brandStrength.", "recommendation."}},
    {"STRONG_BRAND_UNDERUSED_ACCOUNT", {"brandStrength.", "recommendation."}},
    {"PHASE_WITHOUT_ACTIVITIES", {"weights.mixFit", "mixFit.timeWeight"}},
    {"PHASE_BARELY_FUNDED", {"weights.mixFit", "mixFit.timeWeight", "mixFit.minSpendIntensity"}},
    {"MIX_TRAJECTORY_REVERSED", {"weights.trajectory", "trajectory."}},
    {"MIX_SHIFT_MISMATCH", {"weights.trajectory", "trajectory."}},
    {"CHANNEL_FIT_PARTIAL", {"weights.channelFit", "channelFit."}},
    {"CHANNEL_APPROACH_MISMATCH", {"weights.channelFit", "channelFit.", "findings.listedPerCode"}},
    {"CONTENT_NOT_TARGETED", {"weights.contentReadiness", "contentReadiness.", "findings.listedPerCode"}},
    {"ACCOUNT_WITHOUT_AUDIENCE", {"weights.accountReadiness", "accountReadiness."}},
    {"ACCOUNT_SHARE_UNUSUAL", {"accountShare.unusualGap", "findings.listedPerCode"}},
    {"MILESTONE_OUT_OF_REACH", {"milestones.farAheadFactor", "projection."}},
    {"BRAND_AUDIENCE_UNKNOWN", {"brandStrength.followerReachWeight", "brandStrength.followerReachFullShare"}},
    {"SOCIAL_NOT_RECOMMENDED", {"suitability."}},
    {"PURPOSE_WEAKLY_SERVED", {"suitability."}},
};

} // namespace

const std::vector<std::string_view> &parametersBehind(std::string_view findingCode)
{
    static const Paths none;
    for (const auto &[code, paths] : kBehind)
        if (code == findingCode)
            return paths;
    return none;   // the plan's own facts (an empty plan, a budget over its cap)
}

bool isBehind(std::string_view findingCode, std::string_view path)
{
    const Paths &paths = parametersBehind(findingCode);
    return std::any_of(paths.begin(), paths.end(), [path](std::string_view entry) {
        return entry.ends_with('.') ? path.starts_with(entry) : path == entry;
    });
}

} // namespace mixplanner::core
