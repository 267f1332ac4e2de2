#pragma once

#include <QLabel>

class QTimer;

namespace mixplanner::ui {

// An inline message under an editor: says why an input was refused, without a
// modal dialog, and fades after a while.
class MessageBar : public QLabel
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);
    void showMessage(const QString &message);
    // A hint about what the next step does, not a refusal.
    void showNote(const QString &note);

private:
    QTimer *m_hideTimer;
};

} // namespace mixplanner::ui
