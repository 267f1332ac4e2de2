#include "ui/widgets/columnsizer.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace mixplanner::ui {

namespace {

// Leave room for larger numbers than the current ones, and keep long texts
// from pushing the numbers out of sight.
constexpr int kMinimumWidth = 56;
constexpr int kMaximumWidth = 240;
constexpr int kNumberRoom = 16;
constexpr int kTextRoom = 8;

} // namespace

ColumnSizer::ColumnSizer(QTableView *view, QString settingsKey)
    : QObject(view)
    , m_view(view)
    , m_settingsKey(std::move(settingsKey))
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnSizer::fitAll);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { scheduleGrow(); });
    // A change measures only its own columns: the score changes the Cost
    // column on every edit, and measuring all of them then cost most of an
    // edit's time on large plans.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) { scheduleGrow(from.column(), to.column()); });
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int width) {
        if (!m_sizing)
            remember(section, width);
    });
    // Widths the user set in an earlier session.
    QSettings settings;
    settings.beginGroup(m_settingsKey);
    const QStringList titles = settings.childKeys();
    settings.endGroup();
    m_userSized = QSet<QString>(titles.begin(), titles.end());
    fitAll();
}

QString ColumnSizer::titleOf(int section) const
{
    return m_view->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
}

int ColumnSizer::contentWidth(int section) const
{
    const QAbstractItemModel *model = m_view->model();
    // QTableView measures the rows in sight, which is what the user reads.
    const auto *view = static_cast<const QAbstractItemView *>(m_view);
    const int content = qMax(view->sizeHintForColumn(section), m_view->horizontalHeader()->sectionSizeHint(section));
    const bool numeric = model->rowCount() > 0 && model->data(model->index(0, section), Qt::TextAlignmentRole).isValid();
    return qBound(kMinimumWidth, content + (numeric ? kNumberRoom : kTextRoom), kMaximumWidth);
}

void ColumnSizer::fitAll()
{
    m_sizing = true;
    QSettings settings;
    settings.beginGroup(m_settingsKey);
    for (int section = 0; section < m_view->model()->columnCount(); ++section) {
        const QString title = titleOf(section);
        const int width = m_userSized.contains(title) ? settings.value(title).toInt() : contentWidth(section);
        m_view->setColumnWidth(section, width > 0 ? width : contentWidth(section));
    }
    m_sizing = false;
}

void ColumnSizer::scheduleGrow(int first, int last)
{
    // Many rows can arrive at once (an import, a paste): measure once after.
    if (!m_growPending) {
        m_growPending = true;
        m_growAll = false;
        m_growColumns.clear();
        QTimer::singleShot(0, this, &ColumnSizer::grow);
    }
    if (first < 0) {
        m_growAll = true;
        return;
    }
    for (int section = first; section <= last; ++section)
        m_growColumns.insert(section);
}

void ColumnSizer::grow()
{
    m_growPending = false;
    m_sizing = true;
    for (int section = 0; section < m_view->model()->columnCount(); ++section) {
        if (!m_growAll && !m_growColumns.contains(section))
            continue;
        if (m_userSized.contains(titleOf(section)))
            continue;
        const int wanted = contentWidth(section);
        if (wanted > m_view->columnWidth(section))
            m_view->setColumnWidth(section, wanted);
    }
    m_growColumns.clear();
    m_sizing = false;
}

void ColumnSizer::remember(int section, int width)
{
    const QString title = titleOf(section);
    if (title.isEmpty() || width <= 0)
        return;
    // The last section stretches with the window; that is not the user's choice.
    if (section == m_view->model()->columnCount() - 1 && m_view->horizontalHeader()->stretchLastSection())
        return;
    m_userSized.insert(title);
    QSettings settings;
    settings.beginGroup(m_settingsKey);
    settings.setValue(title, width);
}

} // namespace mixplanner::ui
