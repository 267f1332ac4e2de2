#pragma once

#include "ui/models/plantablemodel.h"

namespace mixplanner::ui {

// Interest clusters that content-driven work aims at, with their keywords.
class ClustersModel : public PlanTableModel
{
    Q_OBJECT

public:
    explicit ClustersModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QVariant computedValue(int row, int section) const override;
    QString displayText(int row, int section, const QVariant &value) const override;
    bool dependsOn(const Column &column, const ChangeEvent &event) const override;
};

} // namespace mixplanner::ui
