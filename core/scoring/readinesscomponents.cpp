// Channel fit, content readiness and account readiness: is each activity set
// up so that its approach can work where it runs?
#include "core/scoring/scoringcontext.h"
#include "core/text/format.h"
#include "core/text/message.h"

#include <algorithm>
#include <cmath>

namespace mixplanner::core::scoring {

using text::Arg;

namespace {

// Variant 1: account-leaning work on a platform that carries content by
// interest; 0: content-leaning work where posts stay among connections.
ExplainedFinding explainChannelMismatch(const Context &context, const ActivityCandidate &candidate)
{
    const Activity &activity = context.plan.activities[candidate.activity];
    const PlatformInfo *platform = context.facts[candidate.activity].platform;
    const text::Message graph =
        platform->graph == SocialGraph::Interest ? text::message(MP_TR("findings", "an interest-graph platform"))
        : platform->graph == SocialGraph::Social ? text::message(MP_TR("findings", "a social-graph platform"))
        : platform->graph == SocialGraph::Search ? text::message(MP_TR("findings", "a search-graph platform"))
                                                 : text::message(MP_TR("findings", "a mixed-graph platform"));
    const std::vector<Arg> args{Arg::plain(activity.name), Arg::percent(activity.accountShare),
                                Arg::term("catalogue", platform->name), Arg::nested(graph)};
    ExplainedFinding finding;
    finding.refs = {{RefKind::Activity, activity.id}, {RefKind::Channel, activity.channel}};
    if (candidate.variant == 1) {
        finding.message = text::message(MP_TR("findings", "'%1' is %2 account-driven on %3, %4. There content "
                                                          "travels by interest more than through followers, so "
                                                          "account-driven work reaches fewer people than content "
                                                          "would."),
                                        args);
        finding.suggestion = text::message(MP_TR("findings", "Lower its account share and make the content stand "
                                                             "on its own (tags, topics the cluster loves), or run it "
                                                             "on a social-graph platform such as Facebook, LINE or "
                                                             "LinkedIn."));
    } else {
        finding.message = text::message(MP_TR("findings", "'%1' is %2 account-driven on %3, %4. There posts "
                                                          "reach mostly people already connected to the account, "
                                                          "so content-driven work finds few new people."),
                                        args);
        finding.suggestion = text::message(MP_TR("findings", "Run this content on an interest-graph platform such "
                                                             "as Instagram, TikTok, X or YouTube, or make it "
                                                             "account-driven (a message or post for existing friends "
                                                             "of the account)."));
    }
    return finding;
}

} // namespace

double scoreChannelFit(Context &context, double weight)
{
    const auto &plan = context.plan;
    const std::vector<double> &costs = context.costs.scheduledActivityCost;
    const double total = context.costs.scheduledCost;
    if (total <= 0)
        return 100.0;

    double score = 0;
    double minorPoints = 0;
    std::vector<std::size_t> minorActivities;
    std::vector<ActivityCandidate> mismatches;
    for (std::size_t a = 0; a < plan.activities.size(); ++a) {
        if (costs[a] <= 0)
            continue;
        const Context::ActivityFacts &fact = context.facts[a];
        const PlatformInfo *platform = fact.platform;
        const double share = fact.accountShare;
        const double fit = share * platform->accountFit + (1 - share) * platform->contentFit;
        const double best = std::max(platform->accountFit, platform->contentFit);
        const double gap = std::max(0.0, best - fit);
        const double activityScore = std::clamp(100.0 - 100.0 * gap, 0.0, 100.0);
        const double costWeight = costs[a] / total;
        score += costWeight * activityScore;
        const double lost = weight * costWeight * (100.0 - activityScore);
        if (lost <= 0)
            continue;
        if (gap < context.parameters.channelFit.mismatchGap) {
            minorPoints += lost;
            minorActivities.push_back(a);
            continue;
        }
        mismatches.push_back({lost, a, share >= 0.5 ? 1 : 0});
    }
    context.addActivityFindings(mismatches, "CHANNEL_APPROACH_MISMATCH", Severity::Warning, "channelFit",
                                [&](const ActivityCandidate &candidate) {
                                    return explainChannelMismatch(context, candidate);
                                });
    if (minorPoints > 0) {
        // Counted before the list moves into the finding.
        const std::size_t minorCount = minorActivities.size();
        context.addFindingAboutActivities("CHANNEL_FIT_PARTIAL", Severity::Info, "channelFit", minorPoints,
                           minorCount == 1
                               ? text::message(MP_TR("findings", "1 activity fits its platform somewhat less "
                                                                 "well than the other approach would."))
                               : text::message(MP_TR("findings", "%1 activities fit their platforms somewhat "
                                                                 "less well than the other approach would."),
                                               {Arg::count(static_cast<double>(minorCount))}),
                           text::message(MP_TR("findings", "Nothing urgent: a little more content on "
                                                           "interest-graph platforms, or more account work on "
                                                           "social-graph ones, would recover these points.")),
                           std::move(minorActivities));
    }
    return score;
}

double scoreContentReadiness(Context &context, double weight)
{
    const auto &plan = context.plan;
    const auto &p = context.parameters.contentReadiness;
    const std::vector<double> &costs = context.costs.scheduledActivityCost;
    // Each activity weighs by its content-driven money against the whole
    // plan's, so a small content part cannot carry the whole component.
    const double total = context.costs.scheduledCost;
    if (total <= 0)
        return 100.0;

    double score = 100.0;
    std::vector<ActivityCandidate> untargeted;
    for (std::size_t a = 0; a < plan.activities.size(); ++a) {
        const Context::ActivityFacts &fact = context.facts[a];
        const double contentCost = costs[a] * (1 - fact.accountShare);
        if (contentCost <= 0)
            continue;
        // The variant's bits say what is missing: 1 clusters, 2 tags, 4 format.
        int missing = 0;
        double readiness = 0;
        if (fact.hasClusters) readiness += p.clustersWeight; else missing |= 1;
        if (fact.hasTags) readiness += p.tagsWeight; else missing |= 2;
        if (fact.hasFormats) readiness += p.formatsWeight; else missing |= 4;
        const double activityScore = 100.0 * readiness;
        const double costWeight = contentCost / total;
        score -= costWeight * (100.0 - activityScore);
        if (missing != 0)
            untargeted.push_back({weight * costWeight * (100.0 - activityScore), a, missing});
    }
    context.addActivityFindings(untargeted, "CONTENT_NOT_TARGETED", Severity::Warning, "contentReadiness",
                                [&](const ActivityCandidate &candidate) {
        const Activity &activity = plan.activities[candidate.activity];
        std::vector<text::Source> missing;
        if (candidate.variant & 1) missing.push_back(MP_TR("findings", "no interest cluster"));
        if (candidate.variant & 2) missing.push_back(MP_TR("findings", "no tags or keywords"));
        if (candidate.variant & 4) missing.push_back(MP_TR("findings", "no format"));
        return ExplainedFinding{
            text::message(MP_TR("findings", "'%1' is %2 content-driven but names %3, so nothing steers its "
                                            "content to the people it is for."),
                          {Arg::plain(activity.name), Arg::percent(1 - activity.accountShare),
                           Arg::list(std::move(missing))}),
            text::message(MP_TR("findings", "Link it to the clusters it is for, add the tags or keywords those "
                                            "people follow, and choose a format.")),
            {{RefKind::Activity, activity.id}}};
    });
    return score;
}

double scoreAccountReadiness(Context &context, double weight)
{
    const auto &plan = context.plan;
    const auto &p = context.parameters.accountReadiness;
    const std::vector<double> &costs = context.costs.scheduledActivityCost;
    // Only the account-driven part of an activity needs an account, and it
    // weighs by its money against the whole plan's: content-led work on a
    // channel without an account loses only what its account-driven part is.
    const double total = context.costs.scheduledCost;
    if (total <= 0)
        return 100.0;

    // Variants: why the account has no audience of its own.
    enum Problem { BorrowedAudience, NoAccount, FewFollowers };
    double score = 100.0;
    std::vector<ActivityCandidate> unready;
    for (std::size_t a = 0; a < plan.activities.size(); ++a) {
        const Context::ActivityFacts &fact = context.facts[a];
        const double accountCost = costs[a] * fact.accountShare;
        if (accountCost <= 0)
            continue;
        const Channel *channel = fact.channel;
        double activityScore = 100.0;
        int problem = 0;
        if (fact.influencer) {
            activityScore = p.influencerScore;
            problem = BorrowedAudience;
        } else if (!channel || !channel->hasAccount) {
            activityScore = 0;
            problem = NoAccount;
        } else if (static_cast<double>(channel->followers) < p.minFollowers) {
            // From half ready with no followers to ready at minFollowers, in
            // proportion: 99 followers is not half of 100.
            activityScore = p.fewFollowersScore
                            + (100.0 - p.fewFollowersScore) * static_cast<double>(channel->followers) / p.minFollowers;
            problem = FewFollowers;
        }
        const double costWeight = accountCost / total;
        score -= costWeight * (100.0 - activityScore);
        if (activityScore < 100.0)
            unready.push_back({weight * costWeight * (100.0 - activityScore), a, problem});
    }
    context.addActivityFindings(unready, "ACCOUNT_WITHOUT_AUDIENCE", Severity::Warning, "accountReadiness",
                                [&](const ActivityCandidate &candidate) {
        const Activity &activity = plan.activities[candidate.activity];
        const Channel *channel = context.facts[candidate.activity].channel;
        const Arg channelName = Arg::plain(channel ? (channel->name.empty() ? channel->id : channel->name)
                                                   : activity.channel);
        text::Message problem =
            candidate.variant == BorrowedAudience
                ? text::message(MP_TR("findings", "relies on influencers, whose audience is borrowed"))
            : candidate.variant == NoAccount
                ? text::message(MP_TR("findings", "runs on '%1', where the brand has no account"), {channelName})
                : text::message(MP_TR("findings", "runs on '%1', which has only %2 followers"),
                                {channelName, Arg::count(static_cast<double>(channel ? channel->followers : 0))});
        return ExplainedFinding{
            text::message(MP_TR("findings", "'%1' is %2 account-driven but %3: account-driven work needs an "
                                            "audience to reach."),
                          {Arg::plain(activity.name), Arg::percent(activity.accountShare),
                           Arg::nested(std::move(problem))}),
            text::message(MP_TR("findings", "Grow the account with content first and schedule this work for a "
                                            "later phase, or work with influencers who already have the "
                                            "audience.")),
            {{RefKind::Activity, activity.id}, {RefKind::Channel, activity.channel}}};
    });
    return score;
}

} // namespace mixplanner::core::scoring
