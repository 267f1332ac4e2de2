#include "ui/pages/pagestack.h"

#include "ui/pages/pagelist.h"
#include "ui/document/plandocument.h"
#include "ui/models/plantablemodel.h"
#include "ui/pages/tablepage.h"
#include "ui/pages/timelinepage.h"

#include <QListWidget>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>

namespace mixplanner::ui {

PageStack::PageStack(QObject *parent)
    : QObject(parent)
    , m_outline(new QListWidget)
    , m_pages(new QStackedWidget)
{
    m_outline->setObjectName(QStringLiteral("outline"));
    m_outline->setAccessibleName(tr("Plan outline"));
    for (std::size_t i = 0; i < pageCount(); ++i)
        m_outline->addItem(pageOutlineName(i));
    m_outline->setMaximumWidth(220);
    m_outline->setMinimumWidth(120);
    connect(m_outline, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            show(static_cast<std::size_t>(row));
    });
}

void PageStack::setDocument(PlanDocument *document, bool visible)
{
    const int current = m_outline->currentRow() < 0 ? 0 : m_outline->currentRow();
    while (m_pages->count() > 0) {
        QWidget *widget = m_pages->widget(0);
        m_pages->removeWidget(widget);
        delete widget;
    }
    m_document = document;
    for (std::size_t i = 0; i < pageCount(); ++i)
        m_pages->addWidget(new QWidget);
    m_built.assign(pageCount(), false);
    if (visible) {
        show(static_cast<std::size_t>(current));
    } else {
        const QSignalBlocker blocker(m_outline);
        m_outline->setCurrentRow(current);
        m_pages->setCurrentIndex(current);
    }
}

QWidget *PageStack::page(std::size_t index)
{
    const int at = static_cast<int>(index);
    if (!m_built.at(index)) {
        QWidget *placeholder = m_pages->widget(at);
        QWidget *built = pageEntry(index).create(m_document);
        const bool shown = m_pages->currentWidget() == placeholder;
        m_pages->insertWidget(at, built);
        m_pages->removeWidget(placeholder);
        delete placeholder;
        if (shown)
            m_pages->setCurrentWidget(built);
        m_built[index] = true;
        // Enter on the timeline shows the phase or activity in its table.
        if (auto *timeline = qobject_cast<TimelinePage *>(built)) {
            connect(timeline, &TimelinePage::phaseActivated, this, [this](int row) {
                showReference({core::RefKind::Phase, m_document->plan().phases.at(static_cast<std::size_t>(row)).id});
            });
            connect(timeline, &TimelinePage::activityActivated, this, [this](int row) {
                showReference(
                    {core::RefKind::Activity, m_document->plan().activities.at(static_cast<std::size_t>(row)).id});
            });
        }
    }
    return m_pages->widget(at);
}

std::size_t PageStack::current() const
{
    return static_cast<std::size_t>(m_pages->currentIndex());
}

void PageStack::show(std::size_t index)
{
    QWidget *shown = page(index);
    if (m_outline->currentRow() != static_cast<int>(index))
        m_outline->setCurrentRow(static_cast<int>(index));   // comes back here, with the page built
    m_pages->setCurrentWidget(shown);
}

void PageStack::showReference(const core::FindingRef &ref)
{
    const std::size_t index = pageOf(ref.kind);
    show(index);
    if (auto *table = qobject_cast<TablePage *>(page(index))) {
        table->selectRow(table->model()->rowOfId(QString::fromStdString(ref.id)));
        table->view()->setFocus();
    }
}

} // namespace mixplanner::ui
