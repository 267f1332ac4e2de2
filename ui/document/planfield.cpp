#include "ui/document/planfield.h"

#include "core/catalogue/catalogue.h"
#include "core/model/planlimits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

#include <cmath>

namespace mixplanner::ui {

namespace {

// The field names and input errors are filed under "PlanField" for
// translators (free functions have no class of their own to name them).
class PlanFieldText
{
    Q_DECLARE_TR_FUNCTIONS(PlanField)
};

template<typename Item>
Item &itemAt(std::vector<Item> &items, int row)
{
    return items.at(static_cast<std::size_t>(row));
}

template<typename Item>
const Item &itemAt(const std::vector<Item> &items, int row)
{
    return items.at(static_cast<std::size_t>(row));
}

QString rangeError(double min, double max, const QString &what)
{
    return PlanFieldText::tr("%1 must be between %2 and %3.").arg(what, QLocale().toString(min, 'f', 0),
                                                  QLocale().toString(max, 'f', 0));
}

QString checkNumber(const QVariant &value, double min, double max, const QString &what, bool whole)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return PlanFieldText::tr("%1 must be a number.").arg(what);
    if (number < min || number > max)
        return rangeError(min, max, what);
    if (whole && std::floor(number) != number)
        return PlanFieldText::tr("%1 must be a whole number.").arg(what);
    return {};
}

QString checkPhaseWeeks(const core::Plan &plan, int row, int startWeek, int weeks)
{
    const int end = startWeek + weeks - 1;
    if (end > core::limits::kMaxWeek)
        return PlanFieldText::tr("A plan can span at most %1 weeks.").arg(core::limits::kMaxWeek);
    if (row > 0) {
        const core::Phase &previous = itemAt(plan.phases, row - 1);
        if (startWeek <= previous.endWeek())
            return PlanFieldText::tr("This phase would start before '%1' ends (week %2). Phases run one after another.")
                .arg(toQString(previous.name))
                .arg(previous.endWeek());
    }
    if (row + 1 < static_cast<int>(plan.phases.size())) {
        const core::Phase &next = itemAt(plan.phases, row + 1);
        if (end >= next.startWeek)
            return PlanFieldText::tr("This phase would run into '%1', which starts in week %2. Move or shorten '%1' first.")
                .arg(toQString(next.name))
                .arg(next.startWeek);
    }
    return {};
}

QString checkReferences(const QStringList &ids, const std::function<bool(const std::string &)> &exists,
                        const QString &what)
{
    for (const QString &id : ids)
        if (!exists(toStdString(id)))
            return PlanFieldText::tr("There is no %1 '%2' in this plan.").arg(what, id);
    if (QSet<QString>(ids.begin(), ids.end()).size() != ids.size())
        return PlanFieldText::tr("Each %1 can be listed only once.").arg(what);
    return {};
}

} // namespace

QString toQString(const std::string &text) { return QString::fromStdString(text); }
std::string toStdString(const QString &text) { return text.toStdString(); }

QStringList toQStringList(const std::vector<std::string> &items)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(items.size()));
    for (const std::string &item : items)
        list << toQString(item);
    return list;
}

std::vector<std::string> toStdStrings(const QStringList &items)
{
    std::vector<std::string> result;
    result.reserve(static_cast<std::size_t>(items.size()));
    for (const QString &item : items)
        result.push_back(toStdString(item));
    return result;
}

Collection collectionOf(PlanField field)
{
    switch (field) {
    case PlanField::ChannelPlatform: case PlanField::ChannelName: case PlanField::ChannelHasAccount:
    case PlanField::ChannelFollowers:
        return Collection::Channels;
    case PlanField::ClusterName: case PlanField::ClusterSize: case PlanField::ClusterKeywords:
        return Collection::Clusters;
    case PlanField::PhaseName: case PlanField::PhaseStartWeek: case PlanField::PhaseWeeks:
    case PlanField::PhaseFollowerMilestone:
        return Collection::Phases;
    case PlanField::ActivityName: case PlanField::ActivityChannel: case PlanField::ActivityType:
    case PlanField::ActivityAccountShare: case PlanField::ActivityBudget: case PlanField::ActivityHours:
    case PlanField::ActivityPhases: case PlanField::ActivityClusters: case PlanField::ActivityTags:
    case PlanField::ActivityFormats: case PlanField::ActivityInfluencer:
    case PlanField::ActivityPaidSupport: case PlanField::ActivityNotes:
        return Collection::Activities;
    default:
        return Collection::None;
    }
}

QVariant readField(const core::Plan &plan, PlanField field, int row)
{
    switch (field) {
    case PlanField::None: return {};
    case PlanField::Title: return toQString(plan.title);
    case PlanField::Owner: return toQString(plan.owner);
    case PlanField::Currency: return toQString(plan.currency);
    case PlanField::HourlyRate: return plan.hourlyRate;
    case PlanField::Notes: return toQString(plan.notes);
    case PlanField::BrandStrengthOverride:
        return plan.brand.strengthOverride ? QVariant(*plan.brand.strengthOverride) : QVariant();
    case PlanField::BrandAwareness: return plan.brand.awareness;
    case PlanField::BrandFavorability: return plan.brand.favorability;
    case PlanField::BrandFollowers: return qlonglong(plan.brand.followers);
    case PlanField::BrandAudienceSize: return qlonglong(plan.brand.audienceSize);
    case PlanField::BrandEngagementRate: return plan.brand.engagementRate;
    case PlanField::PurposePrimary: return toQString(plan.purpose.primary);
    case PlanField::PurposeSecondary: return toQString(plan.purpose.secondary);
    case PlanField::PurposeSecondaryWeight: return plan.purpose.secondaryWeight;
    case PlanField::ChannelPlatform: return toQString(itemAt(plan.channels, row).platform);
    case PlanField::ChannelName: return toQString(itemAt(plan.channels, row).name);
    case PlanField::ChannelHasAccount: return itemAt(plan.channels, row).hasAccount;
    case PlanField::ChannelFollowers: return qlonglong(itemAt(plan.channels, row).followers);
    case PlanField::ClusterName: return toQString(itemAt(plan.clusters, row).name);
    case PlanField::ClusterSize: return qlonglong(itemAt(plan.clusters, row).size);
    case PlanField::ClusterKeywords: return toQStringList(itemAt(plan.clusters, row).keywords);
    case PlanField::PhaseName: return toQString(itemAt(plan.phases, row).name);
    case PlanField::PhaseStartWeek: return qlonglong(itemAt(plan.phases, row).startWeek);
    case PlanField::PhaseWeeks: return qlonglong(itemAt(plan.phases, row).weeks);
    case PlanField::PhaseFollowerMilestone: return qlonglong(itemAt(plan.phases, row).followerMilestone);
    case PlanField::ActivityName: return toQString(itemAt(plan.activities, row).name);
    case PlanField::ActivityChannel: return toQString(itemAt(plan.activities, row).channel);
    case PlanField::ActivityType: return toQString(itemAt(plan.activities, row).type);
    case PlanField::ActivityAccountShare: return itemAt(plan.activities, row).accountShare;
    case PlanField::ActivityBudget: return itemAt(plan.activities, row).budget;
    case PlanField::ActivityHours: return itemAt(plan.activities, row).hours;
    case PlanField::ActivityPhases: return toQStringList(itemAt(plan.activities, row).phases);
    case PlanField::ActivityClusters: return toQStringList(itemAt(plan.activities, row).clusters);
    case PlanField::ActivityTags: return toQStringList(itemAt(plan.activities, row).tags);
    case PlanField::ActivityFormats: return toQStringList(itemAt(plan.activities, row).formats);
    case PlanField::ActivityInfluencer: return itemAt(plan.activities, row).influencer;
    case PlanField::ActivityPaidSupport: return itemAt(plan.activities, row).paidSupport;
    case PlanField::ActivityNotes: return toQString(itemAt(plan.activities, row).notes);
    }
    return {};
}

void writeField(core::Plan &plan, PlanField field, int row, const QVariant &value)
{
    const auto text = [&value] { return toStdString(value.toString()); };
    const auto list = [&value] { return toStdStrings(value.toStringList()); };
    switch (field) {
    case PlanField::None: break;
    case PlanField::Title: plan.title = text(); break;
    case PlanField::Owner: plan.owner = text(); break;
    case PlanField::Currency: plan.currency = text(); break;
    case PlanField::HourlyRate: plan.hourlyRate = value.toDouble(); break;
    case PlanField::Notes: plan.notes = text(); break;
    case PlanField::BrandStrengthOverride:
        plan.brand.strengthOverride = value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
        break;
    case PlanField::BrandAwareness: plan.brand.awareness = value.toDouble(); break;
    case PlanField::BrandFavorability: plan.brand.favorability = value.toDouble(); break;
    case PlanField::BrandFollowers: plan.brand.followers = value.toLongLong(); break;
    case PlanField::BrandAudienceSize: plan.brand.audienceSize = value.toLongLong(); break;
    case PlanField::BrandEngagementRate: plan.brand.engagementRate = value.toDouble(); break;
    case PlanField::PurposePrimary: plan.purpose.primary = text(); break;
    case PlanField::PurposeSecondary: plan.purpose.secondary = text(); break;
    case PlanField::PurposeSecondaryWeight: plan.purpose.secondaryWeight = value.toDouble(); break;
    case PlanField::ChannelPlatform: itemAt(plan.channels, row).platform = text(); break;
    case PlanField::ChannelName: itemAt(plan.channels, row).name = text(); break;
    case PlanField::ChannelHasAccount: itemAt(plan.channels, row).hasAccount = value.toBool(); break;
    case PlanField::ChannelFollowers: itemAt(plan.channels, row).followers = value.toLongLong(); break;
    case PlanField::ClusterName: itemAt(plan.clusters, row).name = text(); break;
    case PlanField::ClusterSize: itemAt(plan.clusters, row).size = value.toLongLong(); break;
    case PlanField::ClusterKeywords: itemAt(plan.clusters, row).keywords = list(); break;
    case PlanField::PhaseName: itemAt(plan.phases, row).name = text(); break;
    case PlanField::PhaseStartWeek: itemAt(plan.phases, row).startWeek = value.toInt(); break;
    case PlanField::PhaseWeeks: itemAt(plan.phases, row).weeks = value.toInt(); break;
    case PlanField::PhaseFollowerMilestone: itemAt(plan.phases, row).followerMilestone = value.toLongLong(); break;
    case PlanField::ActivityName: itemAt(plan.activities, row).name = text(); break;
    case PlanField::ActivityChannel: itemAt(plan.activities, row).channel = text(); break;
    case PlanField::ActivityType: itemAt(plan.activities, row).type = text(); break;
    case PlanField::ActivityAccountShare: itemAt(plan.activities, row).accountShare = value.toDouble(); break;
    case PlanField::ActivityBudget: itemAt(plan.activities, row).budget = value.toDouble(); break;
    case PlanField::ActivityHours: itemAt(plan.activities, row).hours = value.toDouble(); break;
    case PlanField::ActivityPhases: itemAt(plan.activities, row).phases = list(); break;
    case PlanField::ActivityClusters: itemAt(plan.activities, row).clusters = list(); break;
    case PlanField::ActivityTags: itemAt(plan.activities, row).tags = list(); break;
    case PlanField::ActivityFormats: itemAt(plan.activities, row).formats = list(); break;
    case PlanField::ActivityInfluencer: itemAt(plan.activities, row).influencer = value.toBool(); break;
    case PlanField::ActivityPaidSupport: itemAt(plan.activities, row).paidSupport = value.toBool(); break;
    case PlanField::ActivityNotes: itemAt(plan.activities, row).notes = text(); break;
    }
}

QString validateField(const core::Plan &plan, PlanField field, int row, const QVariant &value)
{
    using namespace core::limits;
    const core::Catalogue &catalogue = core::Catalogue::builtin();
    const double people = static_cast<double>(kMaxPeople);
    switch (field) {
    case PlanField::Currency: {
        const QString code = value.toString();
        const bool ok = code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) {
                            return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
                        });
        return ok ? QString() : PlanFieldText::tr("The currency must be a three-letter code such as JPY or USD.");
    }
    case PlanField::HourlyRate: return checkNumber(value, 0, kMaxMoney, PlanFieldText::tr("The hourly rate"), false);
    case PlanField::BrandStrengthOverride:
        return value.isValid() ? checkNumber(value, 0, 100, PlanFieldText::tr("Brand strength"), false) : QString();
    case PlanField::BrandAwareness: return checkNumber(value, 0, 100, PlanFieldText::tr("Awareness"), false);
    case PlanField::BrandFavorability: return checkNumber(value, 0, 100, PlanFieldText::tr("Favourability"), false);
    case PlanField::BrandEngagementRate: return checkNumber(value, 0, 100, PlanFieldText::tr("The engagement rate"), false);
    case PlanField::BrandFollowers: return checkNumber(value, 0, people, PlanFieldText::tr("Followers"), true);
    case PlanField::BrandAudienceSize: return checkNumber(value, 0, people, PlanFieldText::tr("The audience size"), true);
    case PlanField::PurposePrimary:
        return catalogue.purpose(toStdString(value.toString())) ? QString() : PlanFieldText::tr("Choose a purpose from the list.");
    case PlanField::PurposeSecondary:
        return value.toString().isEmpty() || catalogue.purpose(toStdString(value.toString()))
                   ? QString() : PlanFieldText::tr("Choose a purpose from the list, or none.");
    case PlanField::PurposeSecondaryWeight: return checkNumber(value, 0, 1, PlanFieldText::tr("The weight"), false);
    case PlanField::ChannelPlatform:
        return catalogue.platform(toStdString(value.toString())) ? QString() : PlanFieldText::tr("Choose a platform from the list.");
    case PlanField::ChannelFollowers: return checkNumber(value, 0, people, PlanFieldText::tr("Followers"), true);
    case PlanField::ClusterSize: return checkNumber(value, 0, people, PlanFieldText::tr("The cluster size"), true);
    case PlanField::ClusterName: case PlanField::PhaseName: case PlanField::ActivityName:
        return value.toString().trimmed().isEmpty() ? PlanFieldText::tr("The name cannot be empty.") : QString();
    case PlanField::PhaseStartWeek: {
        if (const QString error = checkNumber(value, 1, kMaxWeek, PlanFieldText::tr("The start week"), true); !error.isEmpty())
            return error;
        return checkPhaseWeeks(plan, row, value.toInt(), itemAt(plan.phases, row).weeks);
    }
    case PlanField::PhaseWeeks: {
        if (const QString error = checkNumber(value, 1, kMaxWeek, PlanFieldText::tr("The number of weeks"), true); !error.isEmpty())
            return error;
        return checkPhaseWeeks(plan, row, itemAt(plan.phases, row).startWeek, value.toInt());
    }
    case PlanField::PhaseFollowerMilestone: return checkNumber(value, 0, people, PlanFieldText::tr("The follower milestone"), true);
    case PlanField::ActivityChannel:
        return plan.findChannel(toStdString(value.toString())) ? QString() : PlanFieldText::tr("Choose one of the plan's channels.");
    case PlanField::ActivityType:
        return catalogue.activityType(toStdString(value.toString())) ? QString() : PlanFieldText::tr("Choose an activity type from the list.");
    case PlanField::ActivityAccountShare: return checkNumber(value, 0, 1, PlanFieldText::tr("The account share"), false);
    case PlanField::ActivityBudget: return checkNumber(value, 0, kMaxMoney, PlanFieldText::tr("The budget"), false);
    case PlanField::ActivityHours: return checkNumber(value, 0, kMaxHours, PlanFieldText::tr("Hours"), false);
    case PlanField::ActivityPhases:
        return checkReferences(value.toStringList(),
                               [&plan](const std::string &id) { return plan.findPhase(id) != nullptr; }, PlanFieldText::tr("phase"));
    case PlanField::ActivityClusters:
        return checkReferences(value.toStringList(),
                               [&plan](const std::string &id) { return plan.findCluster(id) != nullptr; }, PlanFieldText::tr("cluster"));
    default:
        return {};
    }
}

QString fieldLabel(PlanField field)
{
    switch (field) {
    case PlanField::None: return {};
    case PlanField::Title: return PlanFieldText::tr("title");
    case PlanField::Owner: return PlanFieldText::tr("owner");
    case PlanField::Currency: return PlanFieldText::tr("currency");
    case PlanField::HourlyRate: return PlanFieldText::tr("hourly rate");
    case PlanField::Notes: return PlanFieldText::tr("notes");
    case PlanField::BrandStrengthOverride: return PlanFieldText::tr("brand strength");
    case PlanField::BrandAwareness: return PlanFieldText::tr("awareness");
    case PlanField::BrandFavorability: return PlanFieldText::tr("favourability");
    case PlanField::BrandFollowers: return PlanFieldText::tr("followers");
    case PlanField::BrandAudienceSize: return PlanFieldText::tr("audience size");
    case PlanField::BrandEngagementRate: return PlanFieldText::tr("engagement rate");
    case PlanField::PurposePrimary: return PlanFieldText::tr("purpose");
    case PlanField::PurposeSecondary: return PlanFieldText::tr("secondary purpose");
    case PlanField::PurposeSecondaryWeight: return PlanFieldText::tr("secondary purpose weight");
    case PlanField::ChannelPlatform: return PlanFieldText::tr("platform");
    case PlanField::ChannelName: case PlanField::ClusterName: case PlanField::PhaseName:
    case PlanField::ActivityName: return PlanFieldText::tr("name");
    case PlanField::ChannelHasAccount: return PlanFieldText::tr("account");
    case PlanField::ChannelFollowers: return PlanFieldText::tr("followers");
    case PlanField::ClusterSize: return PlanFieldText::tr("size");
    case PlanField::ClusterKeywords: return PlanFieldText::tr("keywords");
    case PlanField::PhaseStartWeek: return PlanFieldText::tr("start week");
    case PlanField::PhaseWeeks: return PlanFieldText::tr("weeks");
    case PlanField::PhaseFollowerMilestone: return PlanFieldText::tr("follower milestone");
    case PlanField::ActivityChannel: return PlanFieldText::tr("channel");
    case PlanField::ActivityType: return PlanFieldText::tr("type");
    case PlanField::ActivityAccountShare: return PlanFieldText::tr("account share");
    case PlanField::ActivityBudget: return PlanFieldText::tr("budget");
    case PlanField::ActivityHours: return PlanFieldText::tr("hours");
    case PlanField::ActivityPhases: return PlanFieldText::tr("phases");
    case PlanField::ActivityClusters: return PlanFieldText::tr("clusters");
    case PlanField::ActivityTags: return PlanFieldText::tr("tags");
    case PlanField::ActivityFormats: return PlanFieldText::tr("formats");
    case PlanField::ActivityInfluencer: return PlanFieldText::tr("influencer");
    case PlanField::ActivityPaidSupport: return PlanFieldText::tr("paid support");
    case PlanField::ActivityNotes: return PlanFieldText::tr("notes");
    }
    return {};
}

int itemCount(const core::Plan &plan, Collection collection)
{
    switch (collection) {
    case Collection::Channels: return static_cast<int>(plan.channels.size());
    case Collection::Clusters: return static_cast<int>(plan.clusters.size());
    case Collection::Phases: return static_cast<int>(plan.phases.size());
    case Collection::Activities: return static_cast<int>(plan.activities.size());
    case Collection::None: break;
    }
    return 0;
}

QString itemName(const core::Plan &plan, Collection collection, int row)
{
    if (row < 0 || row >= itemCount(plan, collection))
        return {};
    switch (collection) {
    case Collection::Channels: {
        const core::Channel &channel = itemAt(plan.channels, row);
        return toQString(channel.name.empty() ? channel.id : channel.name);
    }
    case Collection::Clusters: return toQString(itemAt(plan.clusters, row).name);
    case Collection::Phases: return toQString(itemAt(plan.phases, row).name);
    case Collection::Activities: return toQString(itemAt(plan.activities, row).name);
    case Collection::None: break;
    }
    return {};
}

} // namespace mixplanner::ui
