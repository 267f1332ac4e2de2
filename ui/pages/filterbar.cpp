#include "ui/pages/filterbar.h"

#include "ui/models/plantablemodel.h"
#include "ui/models/tablefilter.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include <functional>

namespace mixplanner::ui {

namespace {

// A choice list that refills itself from the plan before the user looks at
// it: phases and channels are renamed, added and removed while it sits there.
class ChoiceBox : public QComboBox
{
public:
    using QComboBox::QComboBox;
    void setRefill(std::function<void()> refill) { m_refill = std::move(refill); }

    void showPopup() override
    {
        m_refill();
        QComboBox::showPopup();
    }

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        m_refill();
        QComboBox::focusInEvent(event);
    }

private:
    std::function<void()> m_refill;
};

} // namespace

FilterBar::FilterBar(PlanTableModel *model, TableFilter *filter, const QList<int> &choiceSections, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
    , m_find(new QLineEdit(this))
    , m_showAll(new QToolButton(this))
    , m_count(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_find);
    m_find->setObjectName(QStringLiteral("findInTable"));
    m_find->setClearButtonEnabled(true);
    m_find->setPlaceholderText(tr("Text in any column"));
    m_find->setAccessibleName(tr("Find in the table"));
    m_find->setToolTip(tr("Show only the rows with this text in a column (Ctrl+F)"));
    layout->addWidget(findLabel);
    // Room for a few words; the lists share what is left.
    m_find->setMinimumWidth(m_find->fontMetrics().averageCharWidth() * 18);
    layout->addWidget(m_find, 2);
    connect(m_find, &QLineEdit::textChanged, filter, &TableFilter::setText);

    for (int section : choiceSections) {
        const QString title = model->column(section).title;
        auto *label = new QLabel(tr("%1:").arg(title), this);
        auto *box = new ChoiceBox(this);
        box->setRefill([this, box, section] { refillChoices(box, section); });
        box->setObjectName(QStringLiteral("filterColumn%1").arg(section));
        box->setAccessibleName(tr("Filter by %1").arg(title));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box, 1);
        refillChoices(box, section);
        connect(box, &QComboBox::activated, this, [this, box, section] {
            m_filter->setChoice(section, box->currentData().toString());
        });
        m_choices.append({section, box});
    }

    m_showAll->setText(tr("Show all"));
    m_showAll->setObjectName(QStringLiteral("showAllRows"));
    m_showAll->setToolTip(tr("Show every row, in the plan's order"));
    layout->addWidget(m_showAll);
    layout->addWidget(m_count);
    connect(m_showAll, &QToolButton::clicked, this, &FilterBar::showAllRequested);

    connect(filter, &TableFilter::shapeChanged, this, &FilterBar::updateCount);
    connect(filter, &QAbstractItemModel::rowsInserted, this, &FilterBar::updateCount);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &FilterBar::updateCount);
    connect(filter, &QAbstractItemModel::modelReset, this, &FilterBar::updateCount);
    connect(filter, &QAbstractItemModel::layoutChanged, this, &FilterBar::updateCount);
    updateCount();
}

QComboBox *FilterBar::choiceBox(int section) const
{
    for (const auto &[at, box] : m_choices)
        if (at == section)
            return box;
    return nullptr;
}

void FilterBar::refillChoices(QComboBox *box, int section)
{
    const QString chosen = m_filter->choice(section);
    const auto &[ids, names] = m_model->choices(section);
    QSignalBlocker blocker(box);
    box->clear();
    box->addItem(tr("All"), QString());
    for (qsizetype i = 0; i < ids.size(); ++i)
        box->addItem(names.value(i, ids.at(i)), ids.at(i));
    if (m_model->column(section).kind == ColumnKind::MultiChoice)
        box->addItem(tr("None"), TableFilter::kNone);
    const int at = box->findData(chosen);
    if (at < 0 && !chosen.isEmpty())
        m_filter->setChoice(section, QString());   // what it named is gone from the plan
    box->setCurrentIndex(qMax(0, at));
}

void FilterBar::syncFromFilter()
{
    {
        QSignalBlocker blocker(m_find);
        m_find->setText(m_filter->text());
    }
    for (const auto &[section, box] : m_choices)
        refillChoices(box, section);
    updateCount();
}

void FilterBar::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(m_filter->isFiltered() ? tr("%1 of %2 rows shown").arg(shown).arg(all) : QString());
    m_showAll->setEnabled(m_filter->isFiltered() || m_filter->isSorted());
}

} // namespace mixplanner::ui
