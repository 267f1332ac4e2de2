// The timeline widget: its geometry (week columns, rows), the drag and key
// handling that turns a gesture into a proposed phase span, and the painting.
// Longer than most files on purpose: the three share one geometry (weekX,
// rowRect, gripAt), and a split would have to publish it for its own parts.
// The colours live in sharecolours, the rows themselves in core/report/timeline.
#include "ui/widgets/timelineview.h"

#include "core/model/planlimits.h"
#include "core/text/weektext.h"
#include "ui/document/planfield.h"
#include "ui/text/displayformat.h"
#include "ui/text/uilanguage.h"
#include "ui/widgets/sharecolours.h"

#include <QAccessible>
#include <QDate>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace mixplanner::ui {

namespace {

using Kind = core::TimelineRow::Kind;

constexpr int kMinWeekWidth = 16;     // a one-week phase stays wide enough to grab
constexpr int kExtraWeeks = 4;        // room after the last phase to drag into
constexpr int kMinWeeksShown = 8;
constexpr int kRightMargin = 8;
constexpr int kGripWidth = 6;         // how near an edge a press takes the edge
constexpr int kMaxLabelWidth = 240;
constexpr int kIndent = 14;           // activities sit under their phase

const QColor kToday(0xd6, 0x27, 0x28);

QDate toQDate(const core::CalendarDate &date)
{
    return {date.year, date.month, date.day};
}

core::CalendarDate fromQDate(const QDate &date)
{
    return {date.year(), date.month(), date.day()};
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Timeline of phases and activities"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_today = fromQDate(QDate::currentDate());
}

void TimelineView::setTimeline(core::Timeline timeline, std::optional<core::CalendarDate> start,
                               const QString &currency)
{
    // The keyboard stays on the same phase or activity.
    std::optional<std::pair<Kind, std::size_t>> current;
    if (m_current >= 0 && m_current < static_cast<int>(m_timeline.rows.size()))
        current = {{m_timeline.rows[m_current].kind, m_timeline.rows[m_current].index}};
    m_timeline = std::move(timeline);
    m_start = start;
    m_currency = currency;
    m_drag = {};
    m_phaseRows.clear();
    for (std::size_t r = 0; r < m_timeline.rows.size(); ++r)
        if (m_timeline.rows[r].kind == Kind::Phase)
            m_phaseRows.push_back(static_cast<int>(r));
    m_current = -1;
    if (current) {
        for (std::size_t r = 0; r < m_timeline.rows.size(); ++r)
            if (m_timeline.rows[r].kind == current->first && m_timeline.rows[r].index == current->second)
                m_current = static_cast<int>(r);
    }
    layoutColumns();
    updateGeometry();
    update();
    announceCurrent();
}

void TimelineView::setToday(const core::CalendarDate &today)
{
    m_today = today;
    update();
}

std::optional<int> TimelineView::todayWeek() const
{
    if (!m_start || !m_today)
        return std::nullopt;
    const int week = core::weekOf(*m_start, *m_today);
    if (week < 1 || week > visibleWeeks())
        return std::nullopt;
    return week;
}

QString TimelineView::weeksText(const core::WeekSpan &span) const
{
    return QString::fromStdString(core::text::weekRangeCell(uiLanguage(), m_start, span.first, span.last));
}

ChartTable TimelineView::numbers() const
{
    ChartTable table{{tr("Phase or activity"), tr("Weeks"), tr("Account share"), tr("Cost")}, {}};
    for (const core::TimelineRow &row : m_timeline.rows) {
        if (row.kind == Kind::Unscheduled) {
            table.rows << QStringList{tr("In no phase (not projected)"), QString(), QString(), QString()};
            continue;
        }
        QStringList weeks;
        for (const core::WeekSpan &span : row.spans)
            weeks << weeksText(span);
        const QString name = row.kind == Kind::Phase ? toQString(row.name) : QStringLiteral("    ") + toQString(row.name);
        table.rows << QStringList{name, weeks.isEmpty() ? tr("none") : weeks.join(QStringLiteral("; ")),
                                  row.accountShare ? formatShare(*row.accountShare) : tr("none"),
                                  formatMoney(row.cost, m_currency)};
    }
    return table;
}

int TimelineView::rowHeight() const
{
    return std::max(20, fontMetrics().height() + 8);
}

int TimelineView::headerHeight() const
{
    return rowHeight() + 4;
}

int TimelineView::visibleWeeks() const
{
    return std::min(core::limits::kMaxWeek, std::max(m_timeline.lastWeek, kMinWeeksShown) + kExtraWeeks);
}

void TimelineView::layoutColumns()
{
    const QFontMetrics metrics = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int widest = metrics.horizontalAdvance(tr("In no phase (not projected)"));
    for (const core::TimelineRow &row : m_timeline.rows) {
        const QString name = toQString(row.name);
        widest = std::max(widest, row.kind == Kind::Phase ? boldMetrics.horizontalAdvance(name)
                                                          : metrics.horizontalAdvance(name) + kIndent);
    }
    m_labelWidth = std::min(widest, kMaxLabelWidth) + 16;
    // The widest week label, measured once here rather than on every paint
    // (a drag repaints many times): "29 Mar" is wider than "26 Jul".
    m_widestWeekLabel = 0;
    for (int week = 1; week <= visibleWeeks(); ++week)
        m_widestWeekLabel = std::max(m_widestWeekLabel, metrics.horizontalAdvance(weekLabel(week)));
}

int TimelineView::weekWidth() const
{
    const int space = width() - m_labelWidth - kRightMargin;
    return std::max(kMinWeekWidth, space / std::max(1, visibleWeeks()));
}

int TimelineView::weekX(int week) const
{
    return m_labelWidth + (week - 1) * weekWidth();
}

int TimelineView::weekAt(int x) const
{
    return (x - m_labelWidth) / weekWidth() + 1;
}

QSize TimelineView::sizeHint() const
{
    const int rows = std::max<int>(1, static_cast<int>(m_timeline.rows.size()));
    return {std::max(640, m_labelWidth + visibleWeeks() * 28 + kRightMargin), headerHeight() + rows * rowHeight() + 4};
}

QSize TimelineView::minimumSizeHint() const
{
    return {m_labelWidth + visibleWeeks() * kMinWeekWidth + kRightMargin, sizeHint().height()};
}

QRect TimelineView::rowRect(int row) const
{
    return {0, headerHeight() + row * rowHeight(), width(), rowHeight()};
}

int TimelineView::rowAt(int y) const
{
    if (y < headerHeight())
        return -1;
    const int row = (y - headerHeight()) / rowHeight();
    return row < static_cast<int>(m_timeline.rows.size()) ? row : -1;
}

int TimelineView::rowOfPhase(std::size_t phase) const
{
    return phase < m_phaseRows.size() ? m_phaseRows[phase] : -1;
}

int TimelineView::rowOfActivity(std::size_t activity) const
{
    for (std::size_t r = 0; r < m_timeline.rows.size(); ++r)
        if (m_timeline.rows[r].kind == Kind::Activity && m_timeline.rows[r].index == activity)
            return static_cast<int>(r);
    return -1;
}

core::WeekSpan TimelineView::phaseSpan(std::size_t phase) const
{
    const core::WeekSpan own = m_timeline.rows[static_cast<std::size_t>(m_phaseRows[phase])].spans.front();
    if (m_drag.grip == Grip::None)
        return own;
    const std::size_t dragged = m_timeline.rows[static_cast<std::size_t>(m_drag.row)].index;
    if (phase == dragged)
        return m_drag.preview;
    if (phase < dragged || dragged + 1 >= m_phaseRows.size())
        return own;
    // As the document would make room: every later phase by the overlap.
    const core::WeekSpan next = m_timeline.rows[static_cast<std::size_t>(m_phaseRows[dragged + 1])].spans.front();
    const int overlap = m_drag.preview.last - next.first + 1;
    return overlap > 0 ? core::WeekSpan{own.first + overlap, own.last + overlap} : own;
}

std::vector<core::WeekSpan> TimelineView::activitySpans(const core::TimelineRow &row) const
{
    if (m_drag.grip == Grip::None)
        return row.spans;
    std::vector<core::WeekSpan> spans;
    for (std::size_t phase : row.phases)
        if (phase < m_phaseRows.size())
            spans.push_back(phaseSpan(phase));
    return core::joinSpans(std::move(spans));
}

TimelineView::Grip TimelineView::gripAt(int row, int x) const
{
    if (row < 0 || m_timeline.rows[static_cast<std::size_t>(row)].kind != Kind::Phase)
        return Grip::None;
    const core::WeekSpan span = m_timeline.rows[static_cast<std::size_t>(row)].spans.front();
    const int left = weekX(span.first);
    const int right = weekX(span.last + 1);
    if (x < left - kGripWidth / 2 || x > right + kGripWidth / 2)
        return Grip::None;
    // A narrow bar keeps its middle third for moving.
    const int grip = std::min(kGripWidth, (right - left) / 3);
    if (x <= left + grip)
        return Grip::Start;
    if (x >= right - grip)
        return Grip::End;
    return Grip::Move;
}

core::WeekSpan TimelineView::dragged(const Drag &drag, int weeks) const
{
    const std::size_t phase = m_timeline.rows[static_cast<std::size_t>(drag.row)].index;
    const int earliest =
        phase == 0 ? 1 : m_timeline.rows[static_cast<std::size_t>(m_phaseRows[phase - 1])].spans.front().last + 1;
    const int length = drag.original.last - drag.original.first + 1;
    core::WeekSpan span = drag.original;
    switch (drag.grip) {
    case Grip::Move:
        span.first = std::clamp(drag.original.first + weeks, earliest,
                                std::max(earliest, core::limits::kMaxWeek - length + 1));
        span.last = span.first + length - 1;
        break;
    case Grip::Start:
        span.first = std::clamp(drag.original.first + weeks, std::min(earliest, drag.original.last),
                                drag.original.last);
        break;
    case Grip::End:
        span.last = std::clamp(drag.original.last + weeks, drag.original.first, core::limits::kMaxWeek);
        break;
    case Grip::None:
        break;
    }
    return span;
}

void TimelineView::requestSpan(int row, core::WeekSpan span)
{
    const core::TimelineRow &phase = m_timeline.rows[static_cast<std::size_t>(row)];
    if (span == phase.spans.front())
        return;
    Q_EMIT spanRequested(static_cast<int>(phase.index), span.first, span.last - span.first + 1);
}

void TimelineView::nudge(Grip grip, int weeks)
{
    if (m_current < 0 || m_timeline.rows[static_cast<std::size_t>(m_current)].kind != Kind::Phase)
        return;
    Drag step;
    step.row = m_current;
    step.grip = grip;
    step.original = m_timeline.rows[static_cast<std::size_t>(m_current)].spans.front();
    requestSpan(m_current, dragged(step, weeks));
}

QString TimelineView::describe(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_timeline.rows.size()))
        return {};
    const core::TimelineRow &item = m_timeline.rows[static_cast<std::size_t>(row)];
    if (item.kind == Kind::Unscheduled)
        return tr("Activities in no phase: the projection leaves them out");
    QStringList weeks;
    for (const core::WeekSpan &span : item.spans)
        weeks << QString::fromStdString(uiLanguage().render(core::text::weekRange(m_start, span.first, span.last)));
    const QString share = item.accountShare ? formatShare(*item.accountShare) : tr("none");
    const QString cost = formatMoney(item.cost, m_currency);
    if (item.kind == Kind::Phase)
        return tr("Phase %1: %2; account share %3; cost %4").arg(toQString(item.name), weeks.join(QString()), share, cost);
    if (weeks.isEmpty())
        return tr("Activity %1: in no phase; account share %2; cost %3").arg(toQString(item.name), share, cost);
    return tr("Activity %1: %2; account share %3; cost %4")
        .arg(toQString(item.name), weeks.join(QStringLiteral("; ")), share, cost);
}

void TimelineView::setCurrentRow(int row)
{
    if (row >= static_cast<int>(m_timeline.rows.size()))
        row = -1;
    if (row >= 0 && m_timeline.rows[static_cast<std::size_t>(row)].kind == Kind::Unscheduled)
        row = row + 1 < static_cast<int>(m_timeline.rows.size()) ? row + 1 : row - 1;
    if (row == m_current)
        return;
    if (m_current >= 0)
        update(rowRect(m_current));
    m_current = row;
    if (m_current >= 0)
        update(rowRect(m_current));
    announceCurrent();
    Q_EMIT currentRowChanged(m_current);
}

void TimelineView::announceCurrent()
{
    setAccessibleDescription(m_current >= 0 ? describe(m_current)
                                            : tr("Up and Down go through the phases and activities; Left and Right "
                                                 "move a phase a week, with Shift its end, with Ctrl its start."));
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        layoutColumns();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    if (m_current < 0 && !m_timeline.rows.empty())
        setCurrentRow(0);
    update();
    QWidget::focusInEvent(event);
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describe(rowAt(help->pos().y()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int rows = static_cast<int>(m_timeline.rows.size());
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int step = event->key() == Qt::Key_Left ? -1 : 1;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag.grip != Grip::None) {
            m_drag = {};
            releaseMouse();
            unsetCursor();
            update();
            return;
        }
        break;
    case Qt::Key_Up:
        if (m_current > 0) {
            int row = m_current - 1;
            if (m_timeline.rows[static_cast<std::size_t>(row)].kind == Kind::Unscheduled)
                row = row > 0 ? row - 1 : m_current;
            setCurrentRow(row);
        }
        return;
    case Qt::Key_Down:
        if (m_current + 1 < rows)
            setCurrentRow(m_current + 1);
        return;
    case Qt::Key_Home:
        setCurrentRow(rows > 0 ? 0 : -1);
        return;
    case Qt::Key_End:
        setCurrentRow(rows - 1);
        return;
    case Qt::Key_Left: case Qt::Key_Right:
        if (m_current >= 0 && m_timeline.rows[static_cast<std::size_t>(m_current)].kind == Kind::Phase) {
            nudge(ctrl ? Grip::Start : shift ? Grip::End : Grip::Move, step);
            return;
        }
        break;
    case Qt::Key_Return: case Qt::Key_Enter:
        if (m_current >= 0) {
            const core::TimelineRow &row = m_timeline.rows[static_cast<std::size_t>(m_current)];
            if (row.kind == Kind::Phase)
                Q_EMIT phaseActivated(static_cast<int>(row.index));
            else if (row.kind == Kind::Activity)
                Q_EMIT activityActivated(static_cast<int>(row.index));
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int x = static_cast<int>(event->position().x());
    const int row = rowAt(static_cast<int>(event->position().y()));
    if (row >= 0)
        setCurrentRow(row);
    const Grip grip = gripAt(row, x);
    if (grip == Grip::None)
        return;
    m_drag.row = row;
    m_drag.grip = grip;
    m_drag.pressX = x;
    m_drag.original = m_timeline.rows[static_cast<std::size_t>(row)].spans.front();
    m_drag.preview = m_drag.original;
    if (grip == Grip::Move)
        setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const int x = static_cast<int>(event->position().x());
    if (m_drag.grip == Grip::None) {
        switch (gripAt(rowAt(static_cast<int>(event->position().y())), x)) {
        case Grip::Start: case Grip::End: setCursor(Qt::SizeHorCursor); break;
        case Grip::Move: setCursor(Qt::OpenHandCursor); break;
        case Grip::None: unsetCursor(); break;
        }
        return;
    }
    // Whole weeks, the nearest to where the pointer is.
    const double moved = static_cast<double>(x - m_drag.pressX) / weekWidth();
    const core::WeekSpan preview = dragged(m_drag, static_cast<int>(std::lround(moved)));
    if (preview == m_drag.preview)
        return;
    m_drag.preview = preview;
    update();
    QToolTip::showText(event->globalPosition().toPoint(),
                       QString::fromStdString(uiLanguage().render(core::text::weekRange(m_start, preview.first,
                                                                                        preview.last))),
                       this);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag.grip == Grip::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag done = m_drag;
    m_drag = {};
    unsetCursor();
    QToolTip::hideText();
    update();
    requestSpan(done.row, done.preview);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(static_cast<int>(event->position().y()));
    if (row < 0 || gripAt(row, static_cast<int>(event->position().x())) == Grip::Start
        || gripAt(row, static_cast<int>(event->position().x())) == Grip::End)
        return;
    const core::TimelineRow &item = m_timeline.rows[static_cast<std::size_t>(row)];
    if (item.kind == Kind::Phase)
        Q_EMIT phaseActivated(static_cast<int>(item.index));
    else if (item.kind == Kind::Activity)
        Q_EMIT activityActivated(static_cast<int>(item.index));
}

int TimelineView::todayX() const
{
    const auto week = todayWeek();
    if (!week)
        return -1;
    // Where today falls within its week.
    const auto day = core::daysSinceEpoch(*m_today) - core::daysSinceEpoch(core::weekStart(*m_start, *week));
    return weekX(*week) + static_cast<int>(weekWidth() * day / 7);
}

QRect TimelineView::todayLabelRect() const
{
    const int x = todayX();
    if (x < 0)
        return {};
    QFont bold = font();
    bold.setBold(true);
    return {x + 3, 0, QFontMetrics(bold).horizontalAdvance(tr("Today")) + 4, headerHeight()};
}

QString TimelineView::weekLabel(int week) const
{
    return m_start ? formatPlanDate(toQDate(core::weekStart(*m_start, week)), false) : QString::number(week);
}

int TimelineView::weeksPerLabel() const
{
    // Every week when there is room, else every 2nd, 4th, 13th ... week.
    const int widest = m_widestWeekLabel + 12;
    int every = 1;
    for (int candidate : {1, 2, 4, 8, 13, 26, 52, 104}) {
        every = candidate;
        if (candidate * weekWidth() >= widest)
            break;
    }
    return every;
}

void TimelineView::paintHeader(QPainter &painter, const QRect &exposed) const
{
    const QPalette &colours = palette();
    const QFontMetrics metrics = fontMetrics();
    const int height = headerHeight();
    if (exposed.top() > height)
        return;
    painter.setPen(colours.placeholderText().color());
    painter.drawText(QRect(4, 0, m_labelWidth - 8, height), Qt::AlignVCenter | Qt::AlignLeft,
                     m_start ? tr("Week starting") : tr("Week"));
    const int every = weeksPerLabel();
    painter.setPen(colours.text().color());
    const QRect today = todayLabelRect();
    for (int week = 1; week <= visibleWeeks(); week += every) {
        const int x = weekX(week);
        const QString text = weekLabel(week);
        const QRect place(x + 2, 0, metrics.horizontalAdvance(text) + 2, height);
        if (!today.isNull() && place.intersects(today))
            continue;   // the today label has the place
        painter.drawText(place, Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    QColor line = colours.mid().color();
    painter.setPen(line);
    painter.drawLine(0, height - 1, width(), height - 1);
}

void TimelineView::paintRow(QPainter &painter, int row) const
{
    const core::TimelineRow &item = m_timeline.rows[static_cast<std::size_t>(row)];
    const QPalette &colours = palette();
    const QRect area = rowRect(row);
    const QFontMetrics metrics = fontMetrics();
    if (row == m_current) {
        QColor current = colours.highlight().color();
        current.setAlpha(hasFocus() ? 60 : 30);
        painter.fillRect(area, current);
    }
    QFont font = painter.font();
    font.setBold(item.kind == Kind::Phase);
    font.setItalic(item.kind == Kind::Unscheduled);
    painter.setFont(font);
    const int indent = item.kind == Kind::Activity ? kIndent : 0;
    const QRect labelRect(4 + indent, area.top(), m_labelWidth - 12 - indent, area.height());
    const QString name = item.kind == Kind::Unscheduled ? tr("In no phase (not projected)") : toQString(item.name);
    painter.setPen(item.kind == Kind::Unscheduled ? colours.placeholderText().color() : colours.text().color());
    painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                     QFontMetrics(font).elidedText(name, Qt::ElideRight, labelRect.width()));
    font.setBold(false);
    font.setItalic(false);
    painter.setFont(font);
    if (item.kind == Kind::Unscheduled)
        return;

    const bool phase = item.kind == Kind::Phase;
    const int inset = phase ? 3 : 6;
    const QColor fill = item.accountShare ? shareColour(*item.accountShare) : colours.mid().color();
    const std::vector<core::WeekSpan> spans = phase ? std::vector<core::WeekSpan>{phaseSpan(item.index)}
                                                    : activitySpans(item);
    const bool moved = phase && spans.front() != item.spans.front();
    const bool beingDragged = phase && m_drag.grip != Grip::None && m_drag.row == row;
    for (const core::WeekSpan &span : spans) {
        const QRect bar(weekX(span.first), area.top() + inset, weekX(span.last + 1) - weekX(span.first) - 1,
                        area.height() - 2 * inset);
        QPainterPath path;
        path.addRoundedRect(QRectF(bar), 3, 3);
        QColor body = fill;
        if (moved && !beingDragged)
            body.setAlpha(150);   // a later phase that would be moved along
        painter.fillPath(path, body);
        if (moved && !beingDragged) {
            painter.setPen(QPen(colours.text().color(), 1, Qt::DashLine));
            painter.drawPath(path);
        } else if (row == m_current) {
            painter.setPen(QPen(colours.text().color(), 2));
            painter.drawPath(path);
        }
        if (phase && item.accountShare) {
            const QString share = formatShare(*item.accountShare);
            if (metrics.horizontalAdvance(share) + 8 <= bar.width()) {
                painter.setPen(textColourOn(fill));
                painter.drawText(bar, Qt::AlignCenter, share);
            }
        }
    }
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    const QRect exposed = event->rect();
    painter.fillRect(exposed, colours.base());
    if (m_timeline.rows.empty()) {
        painter.setPen(colours.placeholderText().color());
        painter.drawText(rect(), Qt::AlignCenter, tr("No phases or activities yet"));
        return;
    }
    const int top = headerHeight();
    // Each phase's weeks as a faint band down the whole chart, alternating,
    // so an activity's bar is seen against the phase it falls in.
    const bool darkBase = colours.base().color().lightness() < 128;
    for (std::size_t p = 0; p < m_phaseRows.size(); ++p) {
        const core::WeekSpan span = phaseSpan(p);
        QColor band = colours.highlight().color();
        band.setAlpha((p % 2 == 0 ? 22 : 40) + (darkBase ? 14 : 0));
        painter.fillRect(QRect(weekX(span.first), top, weekX(span.last + 1) - weekX(span.first), height() - top), band);
    }
    QColor grid = colours.mid().color();
    grid.setAlpha(70);
    painter.setPen(grid);
    for (int week = 1; week <= visibleWeeks() + 1; ++week)
        painter.drawLine(weekX(week), top, weekX(week), height());
    paintHeader(painter, exposed);

    const int first = std::max(0, rowAt(std::max(exposed.top(), top)));
    const int last = rowAt(exposed.bottom()) < 0 ? static_cast<int>(m_timeline.rows.size()) - 1
                                                 : rowAt(exposed.bottom());
    for (int row = first; row <= last; ++row)
        paintRow(painter, row);

    if (const int x = todayX(); x >= 0) {
        painter.setPen(QPen(kToday, 2));
        painter.drawLine(x, top - 4, x, height());
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(darkBase ? kToday.lighter(150) : kToday);
        painter.drawText(todayLabelRect(), Qt::AlignVCenter | Qt::AlignLeft, tr("Today"));
    }
    if (hasFocus() && m_current < 0) {
        painter.setPen(QPen(colours.highlight().color(), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

} // namespace mixplanner::ui
