#include "ui/pages/timelinepage.h"

#include "core/report/timeline.h"
#include "ui/dialogs/phaseroom.h"
#include "ui/document/plandocument.h"
#include "ui/pages/messagebar.h"
#include "ui/widgets/chartpanel.h"
#include "ui/widgets/heading.h"
#include "ui/widgets/sharecolours.h"
#include "ui/widgets/timelineview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace mixplanner::ui {

namespace {

// The colour scale of the bars, from content-driven to account-driven.
class ShareScale : public QWidget
{
public:
    explicit ShareScale(QWidget *parent)
        : QWidget(parent)
    {
        setFixedSize(140, 14);
        setAccessibleName(TimelinePage::tr("Colour scale from content-driven (blue) to account-driven (orange)"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QLinearGradient gradient(0, 0, width(), 0);
        for (double share : {0.0, 0.25, 0.5, 0.75, 1.0})
            gradient.setColorAt(share, shareColour(share));
        painter.fillRect(rect(), gradient);
    }
};

} // namespace

TimelinePage::TimelinePage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_view(new TimelineView)
    , m_scroll(new QScrollArea)
    , m_messageBar(new MessageBar(this))
{
    auto *heading = makeHeading(tr("Timeline"), this);
    auto *about = new QLabel(tr("Each phase as a band over its weeks, with the activities that start in it "
                                "beneath. The colour says how the work reaches people: through content found "
                                "by interest, or through the account and its followers."),
                             this);
    about->setWordWrap(true);

    auto *legend = new QHBoxLayout;
    legend->addWidget(new QLabel(tr("Content-driven"), this));
    legend->addWidget(new ShareScale(this));
    legend->addWidget(new QLabel(tr("Account-driven"), this));
    legend->addSpacing(16);
    auto *keys = new QLabel(tr("Drag a phase to move it, or an edge to change its weeks. Keys: Up and Down "
                               "choose; Left and Right move a phase a week; with Shift its end, with Ctrl its "
                               "start; Enter shows it in its table."),
                            this);
    keys->setWordWrap(true);
    legend->addWidget(keys, 1);

    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(m_view->accessibleName());
    m_panel = new ChartPanel(m_scroll, [this] { return m_view->numbers(); }, this);
    // The view takes the keyboard, not the frame around it.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_view->setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addLayout(legend);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_messageBar);

    // Queued: a question about the later phases waits until the drag's
    // mouse release is over, so the pointer and keyboard come back to the view.
    connect(m_view, &TimelineView::spanRequested, this, &TimelinePage::changeSpan, Qt::QueuedConnection);
    connect(m_view, &TimelineView::currentRowChanged, this, &TimelinePage::keepInSight);
    connect(m_view, &TimelineView::phaseActivated, this, &TimelinePage::phaseActivated);
    connect(m_view, &TimelineView::activityActivated, this, &TimelinePage::activityActivated);
    connect(document, &PlanDocument::scoreChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    refresh();
}

void TimelinePage::refresh()
{
    const core::Plan &plan = m_document->plan();
    m_view->setTimeline(core::buildTimeline(plan, m_document->score()), core::planStart(plan.startDate),
                        toQString(plan.currency));
    m_panel->refresh();
    m_stale = false;
}

void TimelinePage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void TimelinePage::changeSpan(int phase, int startWeek, int weeks)
{
    QString error;
    auto result = m_document->setPhaseSpan(phase, startWeek, weeks, false, &error);
    if (result == PlanDocument::SpanChange::NeedsRoom) {
        const QString name = itemName(m_document->plan(), Collection::Phases, phase);
        if (!askToMakeRoom(this, error, name)) {
            m_messageBar->showMessage(error);
            return;
        }
        result = m_document->setPhaseSpan(phase, startWeek, weeks, true, &error);
    }
    if (result != PlanDocument::SpanChange::Done)
        m_messageBar->showMessage(error);
}

void TimelinePage::keepInSight(int row)
{
    if (row < 0)
        return;
    const QRect area = m_view->rowRect(row);
    // Only up and down: the weeks stay where the user scrolled them.
    const int x = m_scroll->horizontalScrollBar()->value() + m_scroll->viewport()->width() / 2;
    m_scroll->ensureVisible(x, area.center().y(), 0, area.height());
}

} // namespace mixplanner::ui
