#pragma once

#include <QWidget>

class QScrollArea;

namespace mixplanner::ui {

class ChartPanel;
class MessageBar;
class PlanDocument;
class TimelineView;

// The plan in time: the timeline of phases and activities, what its colours
// mean, and the keys that change it. Drags and keys become one undo step
// each; when a phase would run into the next ones the page asks whether to
// move them. Rebuilt after edits while shown, and when shown again.
class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePage(PlanDocument *document, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    ChartPanel *panel() const { return m_panel; }
    MessageBar *messageBar() const { return m_messageBar; }
    void refresh();

Q_SIGNALS:
    // Show a phase or an activity in its table (Enter, double click).
    void phaseActivated(int phase);
    void activityActivated(int activity);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void changeSpan(int phase, int startWeek, int weeks);
    void keepInSight(int row);

    PlanDocument *m_document;
    TimelineView *m_view;
    QScrollArea *m_scroll;
    ChartPanel *m_panel;
    MessageBar *m_messageBar;
    bool m_stale = true;
};

} // namespace mixplanner::ui
