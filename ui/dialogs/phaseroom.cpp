#include "ui/dialogs/phaseroom.h"

#include "ui/dialogs/messagebox.h"

#include <QCoreApplication>

namespace mixplanner::ui {

namespace {

struct PhaseRoom {
    Q_DECLARE_TR_FUNCTIONS(PhaseRoom)
};

} // namespace

bool askToMakeRoom(QWidget *parent, const QString &refusal, const QString &phaseName)
{
    const auto answer = MessageBox::question(
        parent, PhaseRoom::tr("Move the later phases?"),
        PhaseRoom::tr("%1\n\nMove the phases after '%2' later to make room? Their lengths and the gaps between "
                      "them stay.")
            .arg(refusal, phaseName),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

} // namespace mixplanner::ui
