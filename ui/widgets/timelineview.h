#pragma once

#include "core/model/calendardate.h"
#include "core/report/timeline.h"
#include "ui/widgets/chartpanel.h"

#include <QWidget>

#include <optional>

namespace mixplanner::ui {

// The plan over its weeks: each phase as a band, the activities that start
// in it as bars under it, coloured from content-driven to account-driven, and
// today's week marked when the plan has a start date.
//
// A phase is changed by dragging: its body moves it, its edges change its
// first or last week. The keyboard does the same on the current phase: Left
// and Right move it a week, Shift with them moves its end, Ctrl its start.
// The view only proposes (spanRequested); the page decides, asks about the
// later phases when they are in the way, and the document makes the undo
// step. Painted directly, and only the rows in sight, so plans of thousands
// of activities stay smooth.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setTimeline(core::Timeline timeline, std::optional<core::CalendarDate> start, const QString &currency);
    const core::Timeline &timeline() const { return m_timeline; }
    // The day the "today" line is drawn at (tests set it; the clock otherwise).
    void setToday(const core::CalendarDate &today);
    std::optional<int> todayWeek() const;
    // Its numbers, one row per phase and activity.
    ChartTable numbers() const;

    // The row of the timeline the keyboard is on (-1: none), and that row's
    // place in the widget, for a scroll area to keep it in sight.
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    QRect rowRect(int row) const;
    // The row holding a phase or an activity (index into the plan's list).
    int rowOfPhase(std::size_t phase) const;
    int rowOfActivity(std::size_t activity) const;
    // Where week `week` begins, in widget coordinates.
    int weekX(int week) const;
    int weekWidth() const;
    // The header's label of a week (its first day, or its number), and how
    // many weeks apart labels are so that none touches the next.
    QString weekLabel(int week) const;
    int weeksPerLabel() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A drag or a key asks for phase `phase` to run from `startWeek` for `weeks`.
    void spanRequested(int phase, int startWeek, int weeks);
    // Enter or a double click on a row: show that phase or activity.
    void phaseActivated(int phase);
    void activityActivated(int activity);
    void currentRowChanged(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum class Grip { None, Move, Start, End };
    struct Drag {
        int row = -1;
        Grip grip = Grip::None;
        int pressX = 0;
        core::WeekSpan original;
        core::WeekSpan preview;
    };

    void layoutColumns();
    int rowHeight() const;
    int headerHeight() const;
    int rowAt(int y) const;
    int visibleWeeks() const;
    int weekAt(int x) const;
    Grip gripAt(int row, int x) const;
    // A phase's weeks as they are drawn now: the preview while dragging, and
    // the later phases pushed along when the preview runs into them.
    core::WeekSpan phaseSpan(std::size_t phase) const;
    std::vector<core::WeekSpan> activitySpans(const core::TimelineRow &row) const;
    // The span a drag of `grip` by `weeks` gives, kept after the phase before.
    core::WeekSpan dragged(const Drag &drag, int weeks) const;
    void requestSpan(int row, core::WeekSpan span);
    void nudge(Grip grip, int weeks);
    QString describe(int row) const;
    QString weeksText(const core::WeekSpan &span) const;
    void announceCurrent();
    int todayX() const;          // -1 when today is not on the timeline
    QRect todayLabelRect() const;
    void paintHeader(QPainter &painter, const QRect &exposed) const;
    void paintRow(QPainter &painter, int row) const;

    core::Timeline m_timeline;
    std::optional<core::CalendarDate> m_start;
    std::optional<core::CalendarDate> m_today;
    QString m_currency;
    std::vector<int> m_phaseRows;                 // row of each phase
    int m_current = -1;
    int m_labelWidth = 160;
    int m_widestWeekLabel = 0;
    Drag m_drag;
};

} // namespace mixplanner::ui
