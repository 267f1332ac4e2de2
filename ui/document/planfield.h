#pragma once

#include "core/model/plan.h"

#include <QString>
#include <QVariant>

namespace mixplanner::ui {

// The lists of a plan that hold rows.
enum class Collection { None, Channels, Clusters, Phases, Activities };

// Every editable value of a plan. Edits name a field (and a row for list
// items) so one undo command type serves them all and repeated typing in one
// field can merge into one undo step.
enum class PlanField {
    None,   // no field: a row inserted, removed or moved; a computed column
    Title, Owner, Currency, HourlyRate, Notes,
    BrandStrengthOverride, BrandAwareness, BrandFavorability, BrandFollowers,
    BrandAudienceSize, BrandEngagementRate,
    PurposePrimary, PurposeSecondary, PurposeSecondaryWeight,
    ChannelPlatform, ChannelName, ChannelHasAccount, ChannelFollowers,
    ClusterName, ClusterSize, ClusterKeywords,
    PhaseName, PhaseStartWeek, PhaseWeeks, PhaseFollowerMilestone,
    ActivityName, ActivityChannel, ActivityType, ActivityAccountShare, ActivityBudget,
    ActivityHours, ActivityPhases, ActivityClusters, ActivityTags, ActivityFormats,
    ActivityInfluencer, ActivityPaidSupport, ActivityNotes,
};

Collection collectionOf(PlanField field);

// Values travel as QVariant: QString for text and ids, double for amounts,
// shares and percentages, qlonglong for counts and weeks, bool, QStringList for
// lists; the strength override is an invalid QVariant when unset.
QVariant readField(const core::Plan &plan, PlanField field, int row);
void writeField(core::Plan &plan, PlanField field, int row, const QVariant &value);

// Why a value cannot be set (an empty string when it can), in a sentence for
// the user: the same ranges and rules the file loader applies.
QString validateField(const core::Plan &plan, PlanField field, int row, const QVariant &value);

// "budget", "account share" ... as undo command names use them.
QString fieldLabel(PlanField field);

// The name of a row as the user knows it ("Latte art reels").
QString itemName(const core::Plan &plan, Collection collection, int row);
int itemCount(const core::Plan &plan, Collection collection);

QString toQString(const std::string &text);
std::string toStdString(const QString &text);
QStringList toQStringList(const std::vector<std::string> &items);
std::vector<std::string> toStdStrings(const QStringList &items);

} // namespace mixplanner::ui
