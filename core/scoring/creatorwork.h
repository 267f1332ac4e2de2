#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/plan.h"

namespace mixplanner::core {

// Whether an activity's influencer flag counts: the work involves creators
// (its type says so in the catalogue: influencer collaborations, customers'
// own posts) or the brand pays to place it (paid support). On the brand's
// own posts or replies the flag means nothing, so it neither borrows an
// audience in the projection nor excuses a missing account in the score.
inline bool reachesThroughCreators(const Activity &activity, const Catalogue &catalogue)
{
    if (!activity.influencer)
        return false;
    const ActivityTypeInfo *type = catalogue.activityType(activity.type);
    return activity.paidSupport || (type && type->involvesCreators);
}

} // namespace mixplanner::core
