#pragma once

#include "core/edit/planedits.h"
#include "core/model/plan.h"
#include "core/scoring/scorereport.h"
#include "ui/document/changeevent.h"
#include "ui/document/planfield.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>

class QUndoStack;

namespace mixplanner::ui {

using PlanItem = core::PlanItem;

// Owns one open plan: the core model, its undo stack, its file name and its
// current score. Every edit goes through an undo command; views read the plan
// from here and update on changed(). "Modified" follows the undo stack's clean
// state.
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    explicit PlanDocument(core::Plan plan = {}, QString fileName = {}, QObject *parent = nullptr);
    ~PlanDocument() override;

    // Reads a plan file; on failure returns nullptr and fills `errors` with
    // one line per problem ("/activities/3/budget: must be ...").
    static std::unique_ptr<PlanDocument> open(const QString &fileName, QStringList *errors);
    // Writes the plan through the one safe writer (ui/io/filesaving), keeps
    // the previous version as NAME.bak, and marks the document clean. On
    // failure the file and its .bak are untouched and the document stays
    // modified; `warning` says when the file is saved but the .bak is not.
    bool save(const QString &fileName, QString *error, QString *warning = nullptr);

    const core::Plan &plan() const { return m_plan; }
    const core::ScoreReport &score() const { return *m_score; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString fileName() const { return m_fileName; }
    QString displayName() const;
    bool isModified() const;
    // The file was changed or removed by another program since it was opened
    // or last saved here.
    bool changedOnDisk() const;
    // The file is marked read-only (no write permission for anyone): saving
    // over it is refused, Save As is offered instead.
    bool isReadOnly() const;
    // The bundled sample, not yet saved as a plan of the user's own: the
    // window says so.
    bool isSample() const { return m_sample && m_fileName.isEmpty(); }
    void markSample() { m_sample = true; }
    // A document restored from a recovery copy differs from its file on disk.
    void markModified();
    // Identifies the document's recovery copy: its file, or a session id.
    QString recoveryKey() const;
    // SHA-256 (hex) of the file as it was opened or last saved here; empty for
    // a plan never saved. A recovery copy notes it: a copy is stale only
    // when the file's content moved on, whatever its modification time says.
    QByteArray diskHash() const { return m_diskHash; }

    // Edits, each one undo step. They return false (and say why) when the
    // value is not allowed; nothing changes then.
    bool setField(PlanField field, int row, const QVariant &value, QString *error = nullptr,
                  bool mergeable = false);
    // Inserts a new row with sensible defaults (at the end when index < 0);
    // returns its row, or -1 with `error` set.
    int addItem(Collection collection, QString *error = nullptr);
    int duplicateItem(Collection collection, int row, QString *error = nullptr);
    bool removeItem(Collection collection, int row, QString *error = nullptr);
    bool moveItem(Collection collection, int from, int to, QString *error = nullptr);
    // The same for several rows at once, as one undo step scored once; all
    // or nothing (a refusal of one refuses them all). Return how many rows
    // were removed or copied; the copies' rows go to `copies`.
    int removeItems(Collection collection, QList<int> rows, QString *error = nullptr);
    int duplicateItems(Collection collection, QList<int> rows, QList<int> *copies = nullptr,
                       QString *error = nullptr);
    // Gives one field the same value on several rows, as one undo step; all
    // or nothing, each row checked as the ones before it leave the plan (a
    // refusal names the row). `title` names the field in the undo step
    // (the column's title). Returns how many rows changed.
    int setFieldOnRows(PlanField field, QList<int> rows, const QVariant &value, const QString &title,
                       QString *error = nullptr);
    // Appends activities (imported from a spreadsheet) as one undo step;
    // returns how many were added.
    int appendActivities(const std::vector<core::Activity> &activities, const QString &source);
    // Takes the budgets of `adjusted` (the same plan with some budgets
    // changed, as applying a suggestion produces) in one undo step. Returns
    // false when nothing changes.
    bool applyBudgets(const core::Plan &adjusted, const QString &text);
    // Sets a phase's start week or weeks and moves the phases after it later
    // by the weeks it now overlaps them, as one undo step. Refused (with a
    // reason) when that would take a phase beyond the plan's last week.
    bool setPhaseWeeksMakingRoom(PlanField field, int row, qlonglong value, QString *error = nullptr);
    // Whether a refused start week or weeks would fit with the later phases
    // moved (what setPhaseWeeksMakingRoom offers).
    bool phaseFitsWithRoomMade(PlanField field, int row, qlonglong value) const;
    // Gives a phase new weeks, start and length together (a drag on the
    // timeline), as one undo step. A phase that would run into the phases
    // after it is refused with NeedsRoom, unless `makeRoom`: then they move
    // later by the overlap, in the same step. `error` says why when refused.
    enum class SpanChange { Done, NeedsRoom, Refused };
    SpanChange setPhaseSpan(int row, int startWeek, int weeks, bool makeRoom, QString *error = nullptr);
    // Ends a typing session: the next edit of the same field is a new step.
    void endMerge() { ++m_mergeGeneration; }
    int mergeGeneration() const { return m_mergeGeneration; }

    // Compound commands change many values at once; the score is computed
    // once at the end instead of after every part.
    void beginBatch() { ++m_batchDepth; }
    void endBatch();

    // Used by the undo commands only: change the model and announce it.
    void applyField(PlanField field, int row, const QVariant &value);
    void insertItemNow(Collection collection, int row, const PlanItem &item);
    PlanItem takeItemNow(Collection collection, int row);
    void moveItemNow(Collection collection, int from, int to);

Q_SIGNALS:
    void aboutToChange(const mixplanner::ui::ChangeEvent &event);
    void changed(const mixplanner::ui::ChangeEvent &event);
    void scoreChanged();
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);

private:
    void announce(const ChangeEvent &event);

    core::Plan m_plan;
    std::unique_ptr<core::ScoreReport> m_score;
    QString m_fileName;
    QUndoStack *m_undoStack;
    int m_mergeGeneration = 0;
    int m_batchDepth = 0;
    QString m_sessionId;
    QDateTime m_diskModified;   // the file's state when opened or last saved here
    qint64 m_diskSize = -1;
    QByteArray m_diskHash;       // SHA-256 of its bytes then

    void rememberDiskState();
    bool m_scoreStale = false;
    bool m_sample = false;
};

} // namespace mixplanner::ui
