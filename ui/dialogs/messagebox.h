#pragma once

#include <QMessageBox>
#include <QStringList>

namespace mixplanner::ui {

// Every modal message of the app goes through here, so tests can answer
// them without a dialog blocking (as KeePassXC's MessageBox does).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // A problem the user must read; `details` are listed in full (load errors).
    static void warning(QWidget *parent, const QString &title, const QString &text,
                        const QStringList &details = {});
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next message returns this answer instead of showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the next messages, in turn, return these (one action that shows
    // two messages); used before setNextAnswer's.
    static void setNextAnswers(const QList<QMessageBox::StandardButton> &answers);
    // Tests: the text and details of the last message, shown or answered.
    static QString lastText();
    static QStringList lastDetails();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, const QStringList &details,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace mixplanner::ui
