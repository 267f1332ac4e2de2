#pragma once

#include <QStyledItemDelegate>

namespace mixplanner::ui {

// Editors for plan tables, chosen by the column's kind (ColumnKindRole):
// spin boxes with the right range for money, shares, counts and weeks, a combo
// box for one choice, a check list for several. Invalid values cannot be
// typed; the model refuses the rest with a message.
class PlanItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace mixplanner::ui
