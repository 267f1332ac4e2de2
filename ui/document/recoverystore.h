#pragma once

#include "core/model/plan.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mixplanner::ui {

// Recovery copies of unsaved plans, written every minute or so while a plan
// has unsaved changes, so that a crash or a killed session loses at most that
// much work. They live under QStandardPaths::AppDataLocation/recovery, one
// plan file and one small note of which file it belongs to.
class RecoveryStore
{
public:
    struct Entry {
        QString recoveryFile;   // the copy
        QString originalFile;   // the plan it belongs to ("" for a plan never saved)
        QDateTime written;
    };

    static QString folder();

    // Writes (atomically) the recovery copy for the document identified by
    // `key` (its file name, or a session id for an unsaved plan).
    static bool write(const QString &key, const QString &originalFile, const core::Plan &plan, QString *error);
    static void remove(const QString &key);
    // Copies worth offering: for an unsaved plan, or newer than their plan on disk.
    static std::vector<Entry> pending();
    static void discard(const Entry &entry);
    static std::optional<core::Plan> read(const Entry &entry, QStringList *errors);
};

} // namespace mixplanner::ui
