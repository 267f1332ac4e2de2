#pragma once

#include "ui/document/plandocument.h"

#include <QUndoCommand>

namespace mixplanner::ui {

// Sets one value. When pushed as mergeable, consecutive changes of the same
// field and row in one typing session become one undo step.
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(PlanDocument *document, PlanField field, int row, QVariant value, bool mergeable,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_document;
    PlanField m_field;
    int m_row;
    QVariant m_oldValue;
    QVariant m_newValue;
    bool m_mergeable;
    int m_generation;
};

// One row of a list, put in or taken out: inserting is the undo of removing
// and the other way round, so both commands share this (as Tiled's
// add/remove pairs do).
class AddRemoveItemCommand : public QUndoCommand
{
protected:
    AddRemoveItemCommand(PlanDocument *document, Collection collection, int row, PlanItem item,
                         const QString &text, QUndoCommand *parent);
    void addItem();
    void removeItem();

    PlanDocument *m_document;

private:
    Collection m_collection;
    int m_row;
    PlanItem m_item;   // the row while it is out of the plan
};

class InsertItemCommand : public AddRemoveItemCommand
{
public:
    InsertItemCommand(PlanDocument *document, Collection collection, int row, PlanItem item,
                      const QString &text, QUndoCommand *parent = nullptr);
    void redo() override { addItem(); }
    void undo() override { removeItem(); }
};

// Removes a row; child commands (run first) clear references to it.
class RemoveItemCommand : public AddRemoveItemCommand
{
public:
    RemoveItemCommand(PlanDocument *document, Collection collection, int row, const QString &text,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
};

// Several changes as one undo step, rescored once (apply a suggestion).
class GroupCommand : public QUndoCommand
{
public:
    GroupCommand(PlanDocument *document, const QString &text);
    void redo() override;
    void undo() override;

private:
    PlanDocument *m_document;
};

class MoveItemCommand : public QUndoCommand
{
public:
    MoveItemCommand(PlanDocument *document, Collection collection, int from, int to,
                    const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PlanDocument *m_document;
    Collection m_collection;
    int m_from;
    int m_to;
};

} // namespace mixplanner::ui
