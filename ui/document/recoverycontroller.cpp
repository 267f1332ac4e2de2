#include "ui/document/recoverycontroller.h"

#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/document/plandocument.h"

#include <QDir>
#include <QLockFile>
#include <QLocale>
#include <QTimer>
#include <QUuid>

namespace mixplanner::ui {

RecoveryController::RecoveryController(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &RecoveryController::writeNow);
    applyInterval();
}

RecoveryController::~RecoveryController() = default;

void RecoveryController::setDocument(PlanDocument *document)
{
    drop();
    m_document = document;
    if (!document)
        return;
    connect(document, &PlanDocument::modifiedChanged, this, [this](bool modified) {
        // A clean save makes the recovery copy useless.
        if (!modified)
            drop();
    });
}

void RecoveryController::applyInterval()
{
    // Seconds; 0 turns autosave off.
    const int seconds = autosaveInterval();
    if (seconds > 0)
        m_timer->start(seconds * 1000);
    else
        m_timer->stop();
}

void RecoveryController::writeNow()
{
    if (!m_document || !m_document->isModified())
        return;
    const QString documentKey = m_document->recoveryKey();
    if (documentKey != m_documentKey) {
        // The first copy of this document, or it was saved under a new name.
        drop();
        m_documentKey = documentKey;
        m_key = documentKey;
        m_claim = RecoveryStore::claim(m_key);
        if (!m_claim) {
            // Another running MixPlanner has the same plan open and writes its
            // copy under this key: ours goes beside it, not over it.
            m_key = documentKey + QLatin1Char('#') + QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_claim = RecoveryStore::claim(m_key);
        }
    }
    QString error;
    if (RecoveryStore::write(m_key, m_document->fileName(), m_document->diskHash(), m_document->plan(), &error)) {
        if (m_failing) {
            m_failing = false;
            Q_EMIT problemChanged(QString());
        }
        return;
    }
    // Told until a copy is written again: the previous copy (if any) is
    // still whole, but newer edits are not protected.
    m_failing = true;
    Q_EMIT problemChanged(error);
}

void RecoveryController::drop()
{
    if (!m_key.isEmpty())
        RecoveryStore::remove(m_key);
    m_key.clear();
    m_documentKey.clear();
    m_claim.reset();
    if (m_failing) {
        m_failing = false;
        Q_EMIT problemChanged(QString());
    }
}

void RecoveryController::offer(QWidget *parent, const std::function<bool()> &maybeSave,
                               const std::function<void(std::unique_ptr<PlanDocument>)> &restore)
{
    for (const RecoveryStore::Entry &entry : RecoveryStore::pending()) {
        const QString name = entry.originalFile.isEmpty() ? tr("an unsaved plan")
                                                          : QDir::toNativeSeparators(entry.originalFile);
        const auto answer = MessageBox::question(
            parent, tr("Recover unsaved changes?"),
            (entry.originalChangedSince
                 ? tr("MixPlanner found changes to %1 that were not saved (kept %2). The file was changed by "
                      "another program since; restoring shows your version, and saving it replaces theirs "
                      "(keeping it as a .bak). Restore them? Discard removes the recovery copy.")
                 : tr("MixPlanner found changes to %1 that were not saved (kept %2). Restore them? "
                      "Discard removes the recovery copy."))
                .arg(name, QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            RecoveryStore::discard(entry);
            continue;
        }
        QStringList errors;
        std::optional<core::Plan> plan = RecoveryStore::read(entry, &errors);
        if (!plan) {
            MessageBox::warning(parent, tr("Cannot recover"), tr("The recovery copy could not be read:"), errors);
            continue;
        }
        if (!maybeSave())
            return;
        RecoveryStore::discard(entry);
        auto document = std::make_unique<PlanDocument>(std::move(*plan), entry.originalFile);
        document->markModified();
        restore(std::move(document));
        writeNow();   // keep a recovery copy of the restored work right away
        return;   // one plan at a time; the others are offered at the next start
    }
}

} // namespace mixplanner::ui
