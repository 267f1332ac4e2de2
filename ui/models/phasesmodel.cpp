#include "ui/models/phasesmodel.h"

#include "ui/text/displayformat.h"

namespace mixplanner::ui {

namespace {
enum Computed { EndWeek = 3, Cost = 5, Planned = 6, Recommended = 7 };
}

PhasesModel::PhasesModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, Collection::Phases,
                     {{tr("Name"), ColumnKind::Text, PlanField::PhaseName, {}},
                      {tr("Start week"), ColumnKind::Week, PlanField::PhaseStartWeek, {}},
                      {tr("Weeks"), ColumnKind::Week, PlanField::PhaseWeeks, {}},
                      {tr("End week"), ColumnKind::Computed, PlanField::Title, {}},
                      {tr("Follower milestone"), ColumnKind::Count, PlanField::PhaseFollowerMilestone,
                       tr("The brand's whole following expected when the phase starts")},
                      {tr("Cost"), ColumnKind::Computed, PlanField::Title,
                       tr("Budget plus hours at the hourly rate of the activities in this phase")},
                      {tr("Account share"), ColumnKind::Computed, PlanField::Title,
                       tr("Planned share of the cost that goes to account-driven work")},
                      {tr("Recommended"), ColumnKind::Computed, PlanField::Title,
                       tr("Recommended account share and tolerance band for the brand's power in this phase")}},
                     parent)
{
}

QVariant PhasesModel::computedValue(int row, int section) const
{
    const auto index = static_cast<std::size_t>(row);
    const auto &phases = document()->score().phases;
    switch (section) {
    case EndWeek: return plan().phases.at(index).endWeek();
    case Cost: return index < phases.size() ? phases[index].cost : 0.0;
    case Planned:
        return index < phases.size() && phases[index].planned ? QVariant(*phases[index].planned) : QVariant();
    case Recommended: return index < phases.size() ? phases[index].recommended : 0.0;
    default: return {};
    }
}

QString PhasesModel::displayText(int row, int section, const QVariant &value) const
{
    const auto index = static_cast<std::size_t>(row);
    const auto &phases = document()->score().phases;
    switch (section) {
    case EndWeek: return formatCount(value.toDouble());
    case Cost: return formatMoney(value.toDouble());
    case Planned: return value.isValid() ? formatShare(value.toDouble()) : tr("no costed work");
    case Recommended:
        if (index < phases.size())
            return tr("%1 (%2-%3)").arg(formatShare(phases[index].recommended), formatShare(phases[index].low),
                                        formatShare(phases[index].high));
        return {};
    default: return PlanTableModel::displayText(row, section, value);
    }
}

} // namespace mixplanner::ui
