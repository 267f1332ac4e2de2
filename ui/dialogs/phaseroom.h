#pragma once

#include <QString>

class QWidget;

namespace mixplanner::ui {

// The question asked when a phase's new weeks run into the phases after it
// (typed in the phases table or dragged on the timeline): move them later to
// make room? True when the user says yes.
bool askToMakeRoom(QWidget *parent, const QString &refusal, const QString &phaseName);

} // namespace mixplanner::ui
