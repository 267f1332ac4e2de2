#pragma once

#include "core/scoring/scorereport.h"

#include <QObject>

#include <cstddef>
#include <vector>

class QListWidget;
class QStackedWidget;
class QWidget;

namespace mixplanner::ui {

class PlanDocument;

// The outline of pages and the page shown, kept in step. Pages are built when
// first shown (opening a plan builds one page, not seven: start-up time, and
// large plans) and rebuilt for each new document.
class PageStack : public QObject
{
    Q_OBJECT

public:
    explicit PageStack(QObject *parent = nullptr);

    QListWidget *outline() const { return m_outline; }
    QStackedWidget *pages() const { return m_pages; }

    // Drops the pages of the old document; `visible` builds the current one now.
    void setDocument(PlanDocument *document, bool visible);
    QWidget *page(std::size_t index);
    std::size_t current() const;
    void show(std::size_t index);
    // Shows what a finding refers to: the phase, activity, channel or
    // cluster row, selected and focused; the brand page for the plan.
    void showReference(const core::FindingRef &ref);

private:
    PlanDocument *m_document = nullptr;
    QListWidget *m_outline;
    QStackedWidget *m_pages;
    std::vector<bool> m_built;
};

} // namespace mixplanner::ui
