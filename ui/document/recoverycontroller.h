#pragma once

#include "ui/document/recoverystore.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTimer;
class QWidget;

namespace mixplanner::ui {

class PlanDocument;

// Keeps a recovery copy of the open plan while it has unsaved changes: the
// timer (a preference), the key the copy is written under, the claim that
// keeps a second MixPlanner off it, and the offer at start-up to restore the
// copies a crash left behind. The storage itself is RecoveryStore.
class RecoveryController : public QObject
{
    Q_OBJECT

public:
    explicit RecoveryController(QObject *parent = nullptr);
    ~RecoveryController() override;

    // Follows `document` from now on; the previous document's copy is dropped
    // (it was saved, or its changes were given up).
    void setDocument(PlanDocument *document);
    // Reads the autosave interval from the preferences again.
    void applyInterval();
    // Writes the copy now, if there are unsaved changes.
    void writeNow();
    // Removes this window's copy and releases the claim on it.
    void drop();

    // Offers the copies left by a crash, one at a time, until one is restored
    // (through `restore`) or all are declined. `maybeSave` may cancel.
    void offer(QWidget *parent, const std::function<bool()> &maybeSave,
               const std::function<void(std::unique_ptr<PlanDocument>)> &restore);

Q_SIGNALS:
    // Why the last copy could not be written; empty once one is written again.
    void problemChanged(const QString &problem);

private:
    PlanDocument *m_document = nullptr;
    QTimer *m_timer = nullptr;
    QString m_key;           // the key the copies are written under
    QString m_documentKey;   // the document's own key when they were claimed
    RecoveryStore::Claim m_claim;
    bool m_failing = false;
};

} // namespace mixplanner::ui
