#include "ui/models/activitiesmodel.h"

#include "core/catalogue/catalogue.h"
#include "core/report/timeline.h"
#include "core/text/weektext.h"
#include "ui/text/displayformat.h"
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
           {tr("Weeks"), ColumnKind::Computed, PlanField::None, tr("The weeks of its phases, with their dates when the plan has a start date"), Derived::Weeks},
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

QVariant ActivitiesModel::computedValue(int row, int section) const
{
    const core::Activity &activity = plan().activities.at(static_cast<std::size_t>(row));
    if (column(section).derived == Derived::Weeks) {
        std::vector<core::WeekSpan> spans;
        for (const std::string &id : activity.phases)
            if (const core::Phase *phase = plan().findPhase(id))
                spans.push_back({phase->startWeek, phase->endWeek()});
        const auto start = core::planStart(plan().startDate);
        QStringList text;
        for (const core::WeekSpan &span : core::joinSpans(std::move(spans)))
            text << toQString(core::text::weekRangeCell(uiLanguage(), start, span.first, span.last));
        return text.join(QStringLiteral("; "));
    }
    return activity.budget + activity.hours * plan().hourlyRate;
}

QString ActivitiesModel::displayText(int row, int section, const QVariant &value) const
{
    switch (column(section).derived) {
    case Derived::Cost: return formatMoney(value.toDouble());
    case Derived::Weeks: return value.toString();
    default: return PlanTableModel::displayText(row, section, value);
    }
}

QStringList ActivitiesModel::totals() const
{
    double budget = 0, hours = 0, cost = 0, accountCost = 0;
    for (const core::Activity &activity : plan().activities) {
        budget += activity.budget;
        hours += activity.hours;
        const double own = activity.budget + activity.hours * plan().hourlyRate;
        cost += own;
        accountCost += own * activity.accountShare;
    }
    QStringList cells;
    for (int section = 0; section < columnCount(); ++section) {
        const Column &shown = column(section);
        QString cell;
        if (section == 0)
            cell = plan().activities.size() == 1 ? tr("Total: 1 activity")
                                                 : tr("Total: %1 activities").arg(formatCount(plan().activities.size()));
        else if (shown.field == PlanField::ActivityBudget)
            cell = formatMoney(budget);
        else if (shown.field == PlanField::ActivityHours)
            cell = formatCount(hours);
        else if (shown.derived == Derived::Cost)
            cell = formatMoney(cost);
        else if (shown.field == PlanField::ActivityAccountShare && cost > 0)
            cell = formatShare(accountCost / cost);   // weighted by cost, as the score weighs it
        cells << cell;
    }
    return cells;
}

bool ActivitiesModel::dependsOn(const Column &column, const ChangeEvent &event) const
{
    if (event.kind == ChangeEvent::Kind::FieldChanged && event.collection == Collection::None)
        return (event.field == PlanField::Currency
                && (column.kind == ColumnKind::Money || column.derived == Derived::Cost))
               || (event.field == PlanField::HourlyRate && column.derived == Derived::Cost)
               || (event.field == PlanField::StartDate && column.derived == Derived::Weeks);
    // Names of channels, phases and clusters show in the activity rows.
    switch (event.collection) {
    case Collection::Channels: return column.field == PlanField::ActivityChannel;
    case Collection::Phases: return column.field == PlanField::ActivityPhases || column.derived == Derived::Weeks;
    case Collection::Clusters: return column.field == PlanField::ActivityClusters;
    case Collection::Activities:
        // A budget or hours change alters that row's cost; the base class
        // signals the edited cell, this the derived one.
        if (event.kind != ChangeEvent::Kind::FieldChanged)
            return false;
        return (column.derived == Derived::Cost
                && (event.field == PlanField::ActivityBudget || event.field == PlanField::ActivityHours))
               || (column.derived == Derived::Weeks && event.field == PlanField::ActivityPhases);
    default: return false;
    }
}

} // namespace mixplanner::ui
