#include "ui/models/activitiesmodel.h"

#include "core/catalogue/catalogue.h"
#include "ui/text/uilanguage.h"

namespace mixplanner::ui {

ActivitiesModel::ActivitiesModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(
          document, Collection::Activities,
          {{tr("Activity"), ColumnKind::Text, PlanField::ActivityName, {}},
           {tr("Channel"), ColumnKind::Choice, PlanField::ActivityChannel, {}},
           {tr("Type"), ColumnKind::Choice, PlanField::ActivityType, {}},
           {tr("Account share"), ColumnKind::Share, PlanField::ActivityAccountShare,
            tr("How much of this work reaches people through the account and its followers (100%) "
               "rather than through the content itself (0%)")},
           {tr("Budget"), ColumnKind::Money, PlanField::ActivityBudget, {}},
           {tr("Hours"), ColumnKind::Hours, PlanField::ActivityHours, tr("Team hours, costed at the hourly rate")},
           {tr("Cost"), ColumnKind::Computed, PlanField::None, tr("Budget plus hours at the hourly rate"), Derived::Cost},
           {tr("Phases"), ColumnKind::MultiChoice, PlanField::ActivityPhases, {}},
           {tr("Clusters"), ColumnKind::MultiChoice, PlanField::ActivityClusters,
            tr("Interest clusters this work aims at")},
           {tr("Tags and keywords"), ColumnKind::TextList, PlanField::ActivityTags,
            tr("Comma-separated tags or keywords that carry the content to its clusters")},
           {tr("Formats"), ColumnKind::MultiChoice, PlanField::ActivityFormats, {}},
           {tr("Influencer"), ColumnKind::Flag, PlanField::ActivityInfluencer,
            tr("Reaches people through influencers' accounts")},
           {tr("Paid support"), ColumnKind::Flag, PlanField::ActivityPaidSupport,
            tr("Ads support this work")},
           {tr("Notes"), ColumnKind::Text, PlanField::ActivityNotes, {}}},
          parent)
{
}

QStringList ActivitiesModel::standardFormats()
{
    return {QStringLiteral("video"), QStringLiteral("photo"), QStringLiteral("carousel"),
            QStringLiteral("story"), QStringLiteral("live"), QStringLiteral("article"),
            QStringLiteral("message"), QStringLiteral("audio"), QStringLiteral("text")};
}

QPair<QStringList, QStringList> ActivitiesModel::options(const Column &column) const
{
    QStringList ids, names;
    const core::Plan &p = plan();
    switch (column.field) {
    case PlanField::ActivityChannel:
        for (const auto &channel : p.channels) {
            ids << QString::fromStdString(channel.id);
            const auto *platform = core::Catalogue::builtin().platform(channel.platform);
            const QString name = QString::fromStdString(channel.name.empty() ? channel.id : channel.name);
            names << (platform ? tr("%1 (%2)").arg(name, catalogueText(platform->name)) : name);
        }
        break;
    case PlanField::ActivityType:
        for (const auto &type : core::Catalogue::builtin().activityTypes) {
            ids << QString::fromStdString(type.id);
            names << catalogueText(type.name);
        }
        break;
    case PlanField::ActivityPhases:
        for (const auto &phase : p.phases) {
            ids << QString::fromStdString(phase.id);
            names << QString::fromStdString(phase.name);
        }
        break;
    case PlanField::ActivityClusters:
        for (const auto &cluster : p.clusters) {
            ids << QString::fromStdString(cluster.id);
            names << QString::fromStdString(cluster.name);
        }
        break;
    case PlanField::ActivityFormats: {
        ids = standardFormats();
        for (const auto &activity : p.activities)
            for (const auto &format : activity.formats)
                if (!ids.contains(QString::fromStdString(format)))
                    ids << QString::fromStdString(format);
        names = ids;
        break;
    }
    default:
        break;
    }
    return {ids, names};
}

QVariant ActivitiesModel::computedValue(int row, int) const
{
    const core::Activity &activity = plan().activities.at(static_cast<std::size_t>(row));
    return activity.budget + activity.hours * plan().hourlyRate;
}

QString ActivitiesModel::displayText(int row, int section, const QVariant &value) const
{
    if (column(section).derived == Derived::Cost)
        return formatMoney(value.toDouble());
    return PlanTableModel::displayText(row, section, value);
}

bool ActivitiesModel::dependsOn(const Column &column, const ChangeEvent &event) const
{
    if (event.kind == ChangeEvent::Kind::FieldChanged && event.collection == Collection::None)
        return (event.field == PlanField::Currency
                && (column.kind == ColumnKind::Money || column.kind == ColumnKind::Computed))
               || (event.field == PlanField::HourlyRate && column.kind == ColumnKind::Computed);
    // Names of channels, phases and clusters show in the activity rows.
    switch (event.collection) {
    case Collection::Channels: return column.field == PlanField::ActivityChannel;
    case Collection::Phases: return column.field == PlanField::ActivityPhases;
    case Collection::Clusters: return column.field == PlanField::ActivityClusters;
    case Collection::Activities:
        // A budget or hours change alters that row's cost; the base class
        // signals the edited cell, this the derived one.
        return column.kind == ColumnKind::Computed && event.kind == ChangeEvent::Kind::FieldChanged
               && (event.field == PlanField::ActivityBudget || event.field == PlanField::ActivityHours);
    default: return false;
    }
}

} // namespace mixplanner::ui
