#pragma once

#include "ui/models/plantablemodel.h"

namespace mixplanner::ui {

// The plan's activities: where they run, what kind of work they are, how
// account-driven, what they cost, when they run and whom they aim at.
class ActivitiesModel : public PlanTableModel
{
    Q_OBJECT

public:
    explicit ActivitiesModel(PlanDocument *document, QObject *parent = nullptr);

    // Formats offered in the editor; plans may use others, which are kept.
    static QStringList standardFormats();
    // The activities' count, budgets, hours and cost added up, and their
    // cost-weighted account share.
    QStringList totals() const override;

protected:
    QPair<QStringList, QStringList> options(const Column &column) const override;
    QVariant computedValue(int row, int section) const override;
    QString displayText(int row, int section, const QVariant &value) const override;
    bool dependsOn(const Column &column, const ChangeEvent &event) const override;
};

} // namespace mixplanner::ui
