#pragma once

#include "core/report/planreport.h"
#include "core/report/reportwriters.h"

#include <QByteArray>

class QIODevice;

namespace mixplanner::render {

// Every summary format through one door: the text formats from core's
// writers, PDF from the print layout. The app and the CLI call this and never
// branch on the format themselves.
void writeReport(const core::PlanReport &report, core::ReportFormat format, QIODevice &device);

// The same, as bytes for the one safe writer to put on disk.
QByteArray reportBytes(const core::PlanReport &report, core::ReportFormat format);

// Whether writing `format` needs a QGuiApplication (PDF lays out text with
// the system's fonts); the CLI creates one only then.
bool needsGuiApplication(core::ReportFormat format);

} // namespace mixplanner::render
