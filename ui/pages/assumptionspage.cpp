#include "ui/pages/assumptionspage.h"

#include "core/scoring/findingparameters.h"
#include "core/scoring/modelparameters.h"
#include "ui/document/planfield.h"
#include "ui/text/displayformat.h"
#include "ui/text/uilanguage.h"
#include "ui/widgets/heading.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mixplanner::ui {

namespace {

constexpr int kPathRole = Qt::UserRole;

enum Column { GroupColumn, NameColumn, ValueColumn, UnitColumn, ReasonColumn, ColumnCount };

QString groupTitle(const QString &group)
{
    // The parameters file's groups, in the marketer's words.
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("brandStrength"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Brand power")},
        {QStringLiteral("recommendation"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Recommended mix")},
        {QStringLiteral("weights"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Score weights")},
        {QStringLiteral("mixFit"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Mix fit")},
        {QStringLiteral("trajectory"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Trajectory")},
        {QStringLiteral("channelFit"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Channel fit")},
        {QStringLiteral("contentReadiness"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Content readiness")},
        {QStringLiteral("accountShare"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Account share")},
        {QStringLiteral("accountReadiness"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Account readiness")},
        {QStringLiteral("milestones"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Follower milestones")},
        {QStringLiteral("findings"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Findings")},
        {QStringLiteral("suitability"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Purpose suitability")},
        {QStringLiteral("projection"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Projection")},
        {QStringLiteral("platformEngagement"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Engagement by platform")},
        {QStringLiteral("suggestion"), QT_TRANSLATE_NOOP("mixplanner::ui::AssumptionsPage", "Suggestion")},
    };
    const auto found = titles.constFind(group);
    return found == titles.constEnd() ? group : AssumptionsPage::tr(*found);
}

// A share as a percentage with the decimals it needs (0.00035 is 0.035%);
// other numbers as the locale writes them.
QString valueText(const core::ParameterEntry &entry)
{
    if (entry.unit == core::ParameterUnit::Share || entry.unit == core::ParameterUnit::SharePerWeek) {
        const double percent = entry.value * 100;
        int decimals = 0;
        while (decimals < 4 && std::fabs(percent * std::pow(10, decimals) - std::round(percent * std::pow(10, decimals))) > 1e-6)
            ++decimals;
        return formatPercent(percent, decimals);
    }
    return QLocale().toString(entry.value, 'g', 8);
}

} // namespace

// Rows that match the search in any column, and when a finding is chosen,
// only the parameters behind it.
class AssumptionsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFinding(const QString &code)
    {
        m_code = code.toStdString();
        invalidateFilter();
    }
    bool hasFinding() const { return !m_code.empty(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (!m_code.empty() && !core::isBehind(m_code, first.data(kPathRole).toString().toStdString()))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    std::string m_code;
};

AssumptionsPage::AssumptionsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new AssumptionsFilter(this))
    , m_search(new QLineEdit(this))
    , m_behind(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show &all"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    auto *heading = makeHeading(tr("Assumptions"), this);
    auto *about = new QLabel(tr("Every number the score, the projection and the suggestion rest on, with why it "
                                "has that value. \"Prior\" marks a number set by judgement where no published "
                                "source gives it; the others name their source. They are read here, not "
                                "changed: they live in the model's parameters file."),
                             this);
    about->setWordWrap(true);

    m_model->setHorizontalHeaderLabels({tr("Group"), tr("Parameter"), tr("Value"), tr("Unit"), tr("Why")});
    for (const core::ParameterEntry &entry : core::ModelParameters::builtin().entries) {
        const QString path = QString::fromStdString(entry.path);
        const QString group = path.section(QLatin1Char('.'), 0, 0);
        QList<QStandardItem *> row;
        row << new QStandardItem(groupTitle(group)) << new QStandardItem(path.section(QLatin1Char('.'), 1))
            << new QStandardItem(valueText(entry))
            << new QStandardItem(toQString(uiLanguage().words(core::parameterUnitText(entry.unit))))
            << new QStandardItem(toQString(uiLanguage().term("parameters", entry.reason)));
        row[GroupColumn]->setData(path, kPathRole);
        row[ValueColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[ReasonColumn]->setToolTip(row[ReasonColumn]->text());
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("assumptionSearch"));
    m_search->setAccessibleName(tr("Search the assumptions"));
    m_search->setPlaceholderText(tr("A word from a group, name or reason"));
    m_search->setClearButtonEnabled(true);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);

    m_behind->setWordWrap(true);
    m_behind->setObjectName(QStringLiteral("assumptionsBehind"));
    auto *behindRow = new QHBoxLayout;
    behindRow->addWidget(m_behind, 1);
    behindRow->addWidget(m_showAll);
    m_behind->hide();
    m_showAll->hide();

    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("assumptionsTable"));
    m_view->setAccessibleName(tr("Assumptions"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(UnitColumn, std::min(m_view->columnWidth(UnitColumn), 180));
    // The reason takes the width left and wraps; rows grow to hold it (86
    // rows, so measuring them all stays cheap).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addLayout(searchRow);
    layout->addLayout(behindRow);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        updateCount();
    });
    connect(m_showAll, &QPushButton::clicked, this, [this] { showBehind(QString(), QString()); });
    updateCount();
}

void AssumptionsPage::showBehind(const QString &findingCode, const QString &finding)
{
    m_filter->setFinding(findingCode);
    const bool behind = !findingCode.isEmpty();
    m_behind->setText(behind ? tr("The numbers behind the finding: %1").arg(finding) : QString());
    m_behind->setVisible(behind);
    m_showAll->setVisible(behind);
    updateCount();
    if (behind)
        m_view->setFocus();
}

int AssumptionsPage::shownCount() const
{
    return m_filter->rowCount();
}

void AssumptionsPage::updateCount()
{
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == all ? tr("%1 numbers").arg(all) : tr("%1 of %2 numbers").arg(shown).arg(all));
}

} // namespace mixplanner::ui
