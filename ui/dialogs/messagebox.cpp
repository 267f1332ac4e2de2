#include "ui/dialogs/messagebox.h"

namespace mixplanner::ui {

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QList<QMessageBox::StandardButton> g_nextAnswers;
QString g_lastText;
QStringList g_lastDetails;
constexpr int kDetailsShownInline = 12;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) { g_nextAnswer = answer; }
void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton> &answers) { g_nextAnswers = answers; }
QString MessageBox::lastText() { return g_lastText; }
QStringList MessageBox::lastDetails() { return g_lastDetails; }

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                             const QString &text, const QStringList &details,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    g_lastDetails = details;
    if (!g_nextAnswers.isEmpty())
        return g_nextAnswers.takeFirst();
    if (g_nextAnswer != QMessageBox::NoButton) {
        const auto answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!details.isEmpty()) {
        // The first problems are listed right away; all of them under Details.
        QStringList shown = details.mid(0, kDetailsShownInline);
        if (details.size() > kDetailsShownInline)
            shown << QObject::tr("... and %n more (see Details)", nullptr,
                                 static_cast<int>(details.size() - kDetailsShownInline));
        box.setInformativeText(shown.join(QLatin1Char('\n')));
        box.setDetailedText(details.join(QLatin1Char('\n')));
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, {}, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QStringList &details)
{
    show(QMessageBox::Warning, parent, title, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}

} // namespace mixplanner::ui
