#pragma once

#include "ui/models/plantablemodel.h"

namespace mixplanner::ui {

// The plan's channels: platform, name, whether the brand has an account there
// and how many followers it has.
class ChannelsModel : public PlanTableModel
{
    Q_OBJECT

public:
    explicit ChannelsModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QPair<QStringList, QStringList> options(const Column &column) const override;
    QString displayText(int row, int section, const QVariant &value) const override;
    QVariant computedValue(int row, int section) const override;
};

} // namespace mixplanner::ui
