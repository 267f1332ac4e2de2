#pragma once

#include "ui/document/plandocument.h"

#include <QObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace mixplanner::ui {

// Connects form widgets to plan-level fields: a user edit becomes an undo
// command (typing in one field merges into one step until the widget loses
// focus), and a change in the document (undo, redo, another view) updates the
// widget without echoing back as a new edit.
class FieldBinder : public QObject
{
    Q_OBJECT

public:
    explicit FieldBinder(PlanDocument *document, QObject *parent = nullptr);

    void bind(QLineEdit *edit, PlanField field);
    void bind(QPlainTextEdit *edit, PlanField field);
    // `scale` converts between the widget and the plan (100 for shares shown as %).
    void bind(QDoubleSpinBox *spin, PlanField field, double scale = 1.0);
    // Items carry the field's value as their data.
    void bind(QComboBox *combo, PlanField field);
    // A check box that switches a nullable value (the strength override) on and
    // off; when on, the spin box edits it.
    void bindOptional(QCheckBox *enabled, QDoubleSpinBox *spin, PlanField field);
    // The same for an optional date (the start date), stored as ISO 8601 text.
    void bindOptional(QCheckBox *enabled, QDateEdit *edit, PlanField field);

Q_SIGNALS:
    void editRejected(const QString &message);

private:
    void push(PlanField field, const QVariant &value, bool mergeable);
    void refresh(PlanField field);

    struct Binding {
        PlanField field;
        std::function<void()> refresh;
    };
    PlanDocument *m_document;
    std::vector<Binding> m_bindings;
};

} // namespace mixplanner::ui
