#include "ui/document/plancommands.h"

#include <QCoreApplication>

namespace mixplanner::ui {

namespace {
constexpr int kSetFieldMergeId = 1001;
}

SetFieldCommand::SetFieldCommand(PlanDocument *document, PlanField field, int row, QVariant value,
                                 bool mergeable, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_field(field)
    , m_row(row)
    , m_oldValue(readField(document->plan(), field, row))
    , m_newValue(std::move(value))
    , m_mergeable(mergeable)
    , m_generation(document->mergeGeneration())
{
    const Collection collection = collectionOf(field);
    if (collection == Collection::None)
        setText(QCoreApplication::translate("PlanCommands", "Change %1").arg(fieldLabel(field)));
    else
        setText(QCoreApplication::translate("PlanCommands", "Change %1 of '%2'")
                    .arg(fieldLabel(field), itemName(document->plan(), collection, row)));
}

void SetFieldCommand::redo() { m_document->applyField(m_field, m_row, m_newValue); }
void SetFieldCommand::undo() { m_document->applyField(m_field, m_row, m_oldValue); }

int SetFieldCommand::id() const { return m_mergeable ? kSetFieldMergeId : -1; }

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (!next->m_mergeable || next->m_field != m_field || next->m_row != m_row
        || next->m_generation != m_generation)
        return false;
    m_newValue = next->m_newValue;
    return true;
}

AddRemoveItemCommand::AddRemoveItemCommand(PlanDocument *document, Collection collection, int row, PlanItem item,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_collection(collection)
    , m_row(row)
    , m_item(std::move(item))
{
}

void AddRemoveItemCommand::addItem()
{
    m_document->insertItemNow(m_collection, m_row, m_item);
}

void AddRemoveItemCommand::removeItem()
{
    m_item = m_document->takeItemNow(m_collection, m_row);
}

InsertItemCommand::InsertItemCommand(PlanDocument *document, Collection collection, int row, PlanItem item,
                                     const QString &text, QUndoCommand *parent)
    : AddRemoveItemCommand(document, collection, row, std::move(item), text, parent)
{
}

RemoveItemCommand::RemoveItemCommand(PlanDocument *document, Collection collection, int row, const QString &text,
                                     QUndoCommand *parent)
    : AddRemoveItemCommand(document, collection, row, {}, text, parent)
{
}

void RemoveItemCommand::redo()
{
    m_document->beginBatch();
    QUndoCommand::redo();   // children first: they clear references to the row
    removeItem();
    m_document->endBatch();
}

void RemoveItemCommand::undo()
{
    m_document->beginBatch();
    addItem();
    QUndoCommand::undo();
    m_document->endBatch();
}

GroupCommand::GroupCommand(PlanDocument *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{
}

void GroupCommand::redo()
{
    m_document->beginBatch();
    QUndoCommand::redo();
    m_document->endBatch();
}

void GroupCommand::undo()
{
    m_document->beginBatch();
    QUndoCommand::undo();
    m_document->endBatch();
}

MoveItemCommand::MoveItemCommand(PlanDocument *document, Collection collection, int from, int to,
                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_collection(collection)
    , m_from(from)
    , m_to(to)
{
}

void MoveItemCommand::redo() { m_document->moveItemNow(m_collection, m_from, m_to); }
void MoveItemCommand::undo() { m_document->moveItemNow(m_collection, m_to, m_from); }

} // namespace mixplanner::ui
