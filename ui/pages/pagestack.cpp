#include "ui/pages/pagestack.h"

#include "ui/pages/pagelist.h"

#include <QListWidget>
#include <QSignalBlocker>
#include <QStackedWidget>

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
        Q_EMIT pageBuilt(index, built);
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

} // namespace mixplanner::ui
