#include "ui/widgets/planitemdelegate.h"

#include "core/model/planlimits.h"
#include "ui/models/plantablemodel.h"
#include "ui/text/displayformat.h"

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
    switch (kindOf(index)) {
    case ColumnKind::Money: {
        auto *spin = new QDoubleSpinBox(parent);
        const QString currency = index.data(CurrencyRole).toString();
        spin->setDecimals(currencyDecimals(currency));
        spin->setRange(0, core::limits::kMaxMoney);
        spin->setPrefix(currencySymbol(currency));
        spin->setGroupSeparatorShown(true);
        spin->setAccelerated(true);
        return spin;
    }
    case ColumnKind::Share: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral("%"));
        spin->setSingleStep(5);
        return spin;
    }
    case ColumnKind::Percent: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSuffix(QStringLiteral("%"));
        return spin;
    }
    case ColumnKind::Count: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(0);
        spin->setRange(0, static_cast<double>(core::limits::kMaxPeople));
        spin->setGroupSeparatorShown(true);
        spin->setAccelerated(true);
        return spin;
    }
    case ColumnKind::Week: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(1, core::limits::kMaxWeek);
        return spin;
    }
    case ColumnKind::Hours: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(1);
        spin->setRange(0, core::limits::kMaxHours);
        return spin;
    }
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
        static_cast<QSpinBox *>(editor)->setValue(qRound(value.toDouble() * 100));
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
        auto *spin = static_cast<QSpinBox *>(editor);
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
