#pragma once

#include "core/io/diagnostic.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mixplanner::core {

// How a platform connects people, which decides whether account-driven or
// content-driven work fits it better.
enum class SocialGraph {
    Social,     // symmetric ties between people who know each other (Facebook, LINE)
    Interest,   // one-way follows, content spreads by interest (X, Instagram, TikTok)
    Search,     // content found by keywords (blogs, owned media)
    Mixed,      // unknown or both
};

struct PlatformInfo {
    std::string id;
    std::string name;
    SocialGraph graph = SocialGraph::Mixed;
    double accountFit = 0.5;   // 0..1, how well account-driven work suits the platform
    double contentFit = 0.5;   // 0..1, how well content-driven work suits it
    std::string reason;
};

struct ActivityTypeInfo {
    std::string id;
    std::string name;
    double defaultAccountShare = 0.5;
    std::string reason;
    // The work involves creators (influencers, customers' own posts), so an
    // activity's influencer flag means someone else's audience is used.
    bool involvesCreators = false;
};

struct PurposeInfo {
    std::string id;
    std::string name;
    double suitability = 1;           // 0..1, how well social media serves the purpose
    double neutralAccountShare = 0.5; // share that suits an average brand
    double brandSensitivity = 0.5;    // how far brand strength moves that share
    // How much each projected outcome counts for this purpose.
    double reachValue = 1;
    double engagementValue = 1;
    double followerValue = 1;
    std::string reason;
};

// The platforms, activity types and purposes a plan may name. Loaded from
// resources/catalogue/*.json so that marketers can read (and tune) them.
class Catalogue
{
public:
    std::vector<PlatformInfo> platforms;
    std::vector<ActivityTypeInfo> activityTypes;
    std::vector<PurposeInfo> purposes;

    const PlatformInfo *platform(std::string_view id) const;
    const ActivityTypeInfo *activityType(std::string_view id) const;
    const PurposeInfo *purpose(std::string_view id) const;

    // The catalogue compiled into the program. Loading it is checked by the
    // tests, so a failure here is a build defect and aborts with a message.
    static const Catalogue &builtin();
};

struct CatalogueLoadResult {
    std::optional<Catalogue> catalogue;
    std::string failedFile;     // which of the three texts the errors belong to
    Diagnostics errors;
};

CatalogueLoadResult loadCatalogue(std::string_view platformsJson,
                                  std::string_view activityTypesJson,
                                  std::string_view purposesJson);

std::string_view socialGraphId(SocialGraph graph);

} // namespace mixplanner::core
