#pragma once

#include "ui/models/plantablemodel.h"

namespace mixplanner::ui {

// The plan's phases in time order, with their cost and the planned and
// recommended account share from the current score.
class PhasesModel : public PlanTableModel
{
    Q_OBJECT

public:
    explicit PhasesModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QVariant computedValue(int row, int section) const override;
    QString displayText(int row, int section, const QVariant &value) const override;
    bool dependsOn(const Column &column, const ChangeEvent &event) const override;

private:
    enum class WeekEdge { First, Last };
    QString weekText(int week, WeekEdge edge) const;
};

} // namespace mixplanner::ui
