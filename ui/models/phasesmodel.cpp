#include "ui/models/phasesmodel.h"

#include "core/model/calendardate.h"
#include "ui/text/displayformat.h"
#include "ui/text/uilanguage.h"

namespace mixplanner::ui {

PhasesModel::PhasesModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, Collection::Phases,
                     {{tr("Name"), ColumnKind::Text, PlanField::PhaseName, {}},
                      {tr("Start week"), ColumnKind::Week, PlanField::PhaseStartWeek, {}},
                      {tr("Weeks"), ColumnKind::Week, PlanField::PhaseWeeks, {}},
                      {tr("End week"), ColumnKind::Computed, PlanField::None, {}, Derived::EndWeek},
                      {tr("Follower milestone"), ColumnKind::Count, PlanField::PhaseFollowerMilestone,
                       tr("The brand's whole following expected when the phase starts")},
                      {tr("Cost"), ColumnKind::Computed, PlanField::None,
                       tr("Budget plus hours at the hourly rate of the activities in this phase"), Derived::Cost},
                      {tr("Account share"), ColumnKind::Computed, PlanField::None,
                       tr("Planned share of the cost that goes to account-driven work"), Derived::PlannedShare},
                      {tr("Recommended"), ColumnKind::Computed, PlanField::None,
                       tr("Recommended account share and tolerance band for the brand's power in this phase"),
                       Derived::Recommended}},
                     parent)
{
}

QVariant PhasesModel::computedValue(int row, int section) const
{
    const auto index = static_cast<std::size_t>(row);
    const auto &phases = document()->score().phases;
    switch (column(section).derived) {
    case Derived::EndWeek: return plan().phases.at(index).endWeek();
    case Derived::Cost: return index < phases.size() ? phases[index].cost : 0.0;
    case Derived::PlannedShare:
        return index < phases.size() && phases[index].planned ? QVariant(*phases[index].planned) : QVariant();
    case Derived::Recommended: return index < phases.size() ? phases[index].recommended : 0.0;
    default: return {};
    }
}

QString PhasesModel::displayText(int row, int section, const QVariant &value) const
{
    const auto index = static_cast<std::size_t>(row);
    const auto &phases = document()->score().phases;
    switch (column(section).derived) {
    case Derived::EndWeek: return weekText(value.toInt(), WeekEdge::Last);
    case Derived::Cost: return formatMoney(value.toDouble());
    case Derived::PlannedShare: return value.isValid() ? formatShare(value.toDouble()) : tr("no costed work");
    case Derived::Recommended:
        if (index < phases.size())
            return tr("%1 (%2-%3)").arg(formatShare(phases[index].recommended), formatShare(phases[index].low),
                                        formatShare(phases[index].high));
        return {};
    default:
        if (column(section).field == PlanField::PhaseStartWeek)
            return weekText(value.toInt(), WeekEdge::First);
        return PlanTableModel::displayText(row, section, value);
    }
}

QString PhasesModel::weekText(int week, WeekEdge edge) const
{
    // "9 (26 Apr)": the start week by its first day, the end week by its last.
    const auto start = core::planStart(plan().startDate);
    if (!start)
        return formatCount(week);
    const core::CalendarDate day = edge == WeekEdge::First ? core::weekStart(*start, week) : core::weekEnd(*start, week);
    return tr("%1 (%2)").arg(formatCount(week), toQString(uiLanguage().date(day, false)));
}

bool PhasesModel::dependsOn(const Column &column, const ChangeEvent &event) const
{
    // Weeks show their dates.
    return event.kind == ChangeEvent::Kind::FieldChanged && event.field == PlanField::StartDate
           && (column.field == PlanField::PhaseStartWeek || column.derived == Derived::EndWeek);
}

} // namespace mixplanner::ui
