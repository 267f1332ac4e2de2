#include "ui/widgets/planitemdelegate.h"

#include "ui/models/plantablemodel.h"
#include "ui/text/displayformat.h"
#include "ui/widgets/numberbox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QSpinBox>

namespace mixplanner::ui {

namespace {

ColumnKind kindOf(const QModelIndex &index)
{
    return static_cast<ColumnKind>(index.data(ColumnKindRole).toInt());
}

// A list of checkable items, used in place to pick several phases, clusters
// or formats.
QListWidget *createCheckList(QWidget *parent, const QModelIndex &index)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QStringLiteral("checkListEditor"));
    const QStringList ids = index.data(OptionIdsRole).toStringList();
    const QStringList names = index.data(OptionNamesRole).toStringList();
    for (int i = 0; i < ids.size(); ++i) {
        auto *item = new QListWidgetItem(names.value(i, ids[i]), list);
        item->setData(Qt::UserRole, ids[i]);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    return list;
}

} // namespace

QWidget *PlanItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    // Number editors take any number typed; the document's check refuses
    // what the field cannot hold, with a message, and keeps the old value.
    switch (kindOf(index)) {
    case ColumnKind::Money: {
        const QString currency = index.data(CurrencyRole).toString();
        auto *spin = numberBox(parent, currencyDecimals(currency));
        spin->setPrefix(currencySymbol(currency));
        return spin;
    }
    case ColumnKind::Share: {
        auto *spin = numberBox(parent, 1);
        spin->setSuffix(QStringLiteral("%"));
        spin->setSingleStep(5);
        return spin;
    }
    case ColumnKind::Percent: {
        auto *spin = numberBox(parent, 1);
        spin->setSuffix(QStringLiteral("%"));
        return spin;
    }
    case ColumnKind::Count:
        return numberBox(parent, 0);
    case ColumnKind::Week:
        return wholeNumberBox(parent);
    case ColumnKind::Hours:
        return numberBox(parent, 1);
    case ColumnKind::Choice: {
        auto *combo = new QComboBox(parent);
        const QStringList ids = index.data(OptionIdsRole).toStringList();
        const QStringList names = index.data(OptionNamesRole).toStringList();
        for (int i = 0; i < ids.size(); ++i)
            combo->addItem(names.value(i, ids[i]), ids[i]);
        return combo;
    }
    case ColumnKind::MultiChoice:
        return createCheckList(parent, index);
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void PlanItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    switch (kindOf(index)) {
    case ColumnKind::Share:
        static_cast<QDoubleSpinBox *>(editor)->setValue(value.toDouble() * 100);
        return;
    case ColumnKind::Week:
        static_cast<QSpinBox *>(editor)->setValue(value.toInt());
        return;
    case ColumnKind::Money: case ColumnKind::Percent: case ColumnKind::Count: case ColumnKind::Hours:
        static_cast<QDoubleSpinBox *>(editor)->setValue(value.toDouble());
        return;
    case ColumnKind::Choice: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(value.toString()));
        return;
    }
    case ColumnKind::MultiChoice: {
        auto *list = static_cast<QListWidget *>(editor);
        const QStringList selected = value.toStringList();
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setCheckState(selected.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
        return;
    }
    default:
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PlanItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    switch (kindOf(index)) {
    case ColumnKind::Share: {
        auto *spin = static_cast<QDoubleSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value() / 100.0, Qt::EditRole);
        return;
    }
    case ColumnKind::Week: {
        auto *spin = static_cast<QSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    case ColumnKind::Money: case ColumnKind::Percent: case ColumnKind::Count: case ColumnKind::Hours: {
        auto *spin = static_cast<QDoubleSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    case ColumnKind::Choice:
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
        return;
    case ColumnKind::MultiChoice: {
        auto *list = static_cast<QListWidget *>(editor);
        QStringList selected;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                selected << list->item(i)->data(Qt::UserRole).toString();
        model->setData(index, selected, Qt::EditRole);
        return;
    }
    default:
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void PlanItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    if (kindOf(index) != ColumnKind::MultiChoice) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // A check list needs room for its items: open it below the cell's top,
    // as wide as the cell (at least 180 px) and up to eight rows high.
    auto *list = static_cast<QListWidget *>(editor);
    const int rowHeight = list->sizeHintForRow(0) > 0 ? list->sizeHintForRow(0) : option.rect.height();
    const int rows = qBound(1, list->count(), 8);
    QRect rect = option.rect;
    rect.setWidth(qMax(rect.width(), 180));
    rect.setHeight(rows * rowHeight + 2 * list->frameWidth() + 4);
    editor->setGeometry(rect);
}

} // namespace mixplanner::ui
