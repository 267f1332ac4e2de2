#pragma once

#include "core/model/plan.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QLockFile;

namespace mixplanner::ui {

// Recovery copies of unsaved plans, written every minute or so while a plan
// has unsaved changes, so that a crash or a killed session loses at most that
// much work. They live under QStandardPaths::AppDataLocation/recovery: per
// plan a copy (NAME.mixplan), a note of the file it belongs to and of that
// file's content hash (NAME.json), and a lock (NAME.lock) held by the running
// instance that writes it, so another instance neither offers nor discards a
// live copy.
class RecoveryStore
{
public:
    struct Entry {
        QString recoveryFile;     // the copy
        QString originalFile;     // the plan it belongs to ("" for a plan never saved)
        QDateTime written;
        // The plan file's content differs from the one the edits started
        // from: another program (or a save elsewhere) changed it since.
        bool originalChangedSince = false;
    };

    // Held while a window writes copies under a key; released (and the lock
    // file removed) when destroyed. A crashed instance's lock is stale and
    // no longer counts.
    using Claim = std::unique_ptr<QLockFile>;

    static QString folder();

    // Claims `key` for this instance; nullptr when another running instance
    // holds it (that instance's copies are then left alone).
    static Claim claim(const QString &key);

    // Writes the recovery copy for `key` through the one safe writer: the
    // previous copy stays whole when this one fails. `originalHash` is
    // PlanDocument::diskHash() of the file the edits started from.
    static bool write(const QString &key, const QString &originalFile, const QByteArray &originalHash,
                      const core::Plan &plan, QString *error);
    static void remove(const QString &key);
    // Copies worth offering: not claimed by a running instance, and holding
    // something their plan file does not (a copy equal to the file is stale
    // and removed).
    static std::vector<Entry> pending();
    static void discard(const Entry &entry);
    static std::optional<core::Plan> read(const Entry &entry, QStringList *errors);
};

} // namespace mixplanner::ui
