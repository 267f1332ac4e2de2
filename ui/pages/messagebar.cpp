#include "ui/pages/messagebar.h"

#include <QTimer>

namespace mixplanner::ui {

MessageBar::MessageBar(QWidget *parent)
    : QLabel(parent)
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    // The icon-like prefix and the frame carry the meaning, not the colour alone.
    setStyleSheet(QStringLiteral("QLabel#messageBar { border: 1px solid palette(mid); border-radius: 3px; }"));
    setAccessibleName(tr("Message"));
    hide();
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(8000);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
}

void MessageBar::showMessage(const QString &message)
{
    setText(tr("\u26A0 %1").arg(message));
    show();
    m_hideTimer->start();
}

void MessageBar::showNote(const QString &note)
{
    setText(tr("\u2139 %1").arg(note));
    show();
    m_hideTimer->start();
}

} // namespace mixplanner::ui
