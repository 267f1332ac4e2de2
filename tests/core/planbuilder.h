#pragma once

#include "core/model/plan.h"

#include <string>
#include <vector>

namespace mixplanner::test {

// Builds small plans for scoring tests: one Instagram account with followers,
// one cluster, and phases and activities added in a line each. Activities are
// fully targeted (cluster, tag, format) unless the test says otherwise.
class PlanBuilder
{
public:
    explicit PlanBuilder(std::string purpose = "awareness");

    PlanBuilder &strength(double override);
    PlanBuilder &followers(std::int64_t brandFollowers);
    PlanBuilder &channel(std::string id, std::string platform, bool hasAccount, std::int64_t followers);
    PlanBuilder &phase(std::string id, int weeks, std::int64_t milestone);
    // An activity on `channel` in the given phases with this account share and budget.
    PlanBuilder &activity(std::string id, double accountShare, double budget,
                          std::vector<std::string> phases, std::string channel = "ch-ig",
                          std::string type = "other");
    PlanBuilder &untargeted(const std::string &activityId);

    core::Plan build() const { return m_plan; }
    core::Plan &plan() { return m_plan; }

private:
    core::Plan m_plan;
};

} // namespace mixplanner::test
