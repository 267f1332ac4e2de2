#pragma once

#include "core/io/safewrite.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mixplanner::ui {

// The app's side of core::writeFileSafely, the one writer of every file:
// Qt names in, the reason out in the app's language.
struct SaveResult {
    bool ok = false;
    QString error;     // why nothing was written (the file and its .bak are as they were)
    QString warning;   // written, but something after it failed (the .bak)
};

SaveResult saveFile(const QString &fileName, const QByteArray &bytes, const core::WriteRules &rules = {});

// The refusals alone (read-only, device, newer plan, an input...), for
// checking before work that takes long, such as laying out a PDF.
SaveResult checkSaveTarget(const QString &fileName, const core::WriteRules &rules = {});

// SHA-256 of a file's bytes (hex), empty when it cannot be read. Recovery
// compares contents with it, never modification times, which any program
// can change without changing a byte.
QByteArray fileContentHash(const QString &fileName);

// Rules that protect the given files from being written over.
core::WriteRules protecting(const QStringList &inputs);

} // namespace mixplanner::ui
