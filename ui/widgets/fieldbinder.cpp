#include "ui/widgets/fieldbinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace mixplanner::ui {

FieldBinder::FieldBinder(PlanDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.kind == ChangeEvent::Kind::FieldChanged && event.collection == Collection::None)
            refresh(event.field);
    });
}

void FieldBinder::push(PlanField field, const QVariant &value, bool mergeable)
{
    QString error;
    if (!m_document->setField(field, -1, value, &error, mergeable)) {
        Q_EMIT editRejected(error);
        refresh(field);   // show the value the plan kept
    }
}

void FieldBinder::refresh(PlanField field)
{
    for (const Binding &binding : m_bindings)
        if (binding.field == field)
            binding.refresh();
}

void FieldBinder::bind(QLineEdit *edit, PlanField field)
{
    const auto update = [this, edit, field] {
        const QString value = readField(m_document->plan(), field, -1).toString();
        if (edit->text() != value) {
            const QSignalBlocker blocker(edit);
            edit->setText(value);
        }
    };
    m_bindings.push_back({field, update});
    update();
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) { push(field, text, true); });
    connect(edit, &QLineEdit::editingFinished, m_document, &PlanDocument::endMerge);
}

void FieldBinder::bind(QPlainTextEdit *edit, PlanField field)
{
    const auto update = [this, edit, field] {
        const QString value = readField(m_document->plan(), field, -1).toString();
        if (edit->toPlainText() != value) {
            const QSignalBlocker blocker(edit);
            edit->setPlainText(value);
        }
    };
    m_bindings.push_back({field, update});
    update();
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
        push(field, edit->toPlainText(), true);
    });
}

void FieldBinder::bind(QDoubleSpinBox *spin, PlanField field, double scale)
{
    const auto update = [this, spin, field, scale] {
        const QVariant value = readField(m_document->plan(), field, -1);
        if (!value.isValid() || spin->value() == value.toDouble() * scale)
            return;   // an equal value is not written back: the text stays as typed
        const QSignalBlocker blocker(spin);
        spin->setValue(value.toDouble() * scale);
    };
    m_bindings.push_back({field, update});
    update();
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field, scale](double value) {
        const double planValue = value / scale;
        // Counts are stored as whole numbers.
        const QVariant current = readField(m_document->plan(), field, -1);
        push(field, current.typeId() == QMetaType::LongLong ? QVariant(qlonglong(qRound64(planValue)))
                                                            : QVariant(planValue),
             true);
    });
    connect(spin, &QDoubleSpinBox::editingFinished, m_document, &PlanDocument::endMerge);
}

void FieldBinder::bind(QComboBox *combo, PlanField field)
{
    const auto update = [this, combo, field] {
        const QSignalBlocker blocker(combo);
        const QString value = readField(m_document->plan(), field, -1).toString();
        const int index = combo->findData(value);
        if (index >= 0) {
            combo->setCurrentIndex(index);
        } else if (combo->isEditable()) {
            combo->setEditText(value);
        }
    };
    m_bindings.push_back({field, update});
    update();
    if (combo->isEditable()) {
        connect(combo, &QComboBox::currentTextChanged, this, [this, combo, field](const QString &text) {
            const int index = combo->findText(text);
            push(field, index >= 0 ? combo->itemData(index).toString() : text.trimmed().toUpper(), false);
        });
    } else {
        connect(combo, &QComboBox::activated, this, [this, combo, field](int index) {
            push(field, combo->itemData(index), false);
        });
    }
}

void FieldBinder::bindOptional(QCheckBox *enabled, QDoubleSpinBox *spin, PlanField field)
{
    const auto update = [this, enabled, spin, field] {
        const QVariant value = readField(m_document->plan(), field, -1);
        const QSignalBlocker blockCheck(enabled);
        const QSignalBlocker blockSpin(spin);
        enabled->setChecked(value.isValid());
        spin->setEnabled(value.isValid());
        if (value.isValid())
            spin->setValue(value.toDouble());
    };
    m_bindings.push_back({field, update});
    update();
    connect(enabled, &QCheckBox::toggled, this, [this, spin, field](bool on) {
        m_document->endMerge();
        push(field, on ? QVariant(spin->value()) : QVariant(), false);
    });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, enabled, field](double value) {
        if (enabled->isChecked())
            push(field, value, true);
    });
    connect(spin, &QDoubleSpinBox::editingFinished, m_document, &PlanDocument::endMerge);
}

void FieldBinder::bindOptional(QCheckBox *enabled, QDateEdit *edit, PlanField field)
{
    const auto update = [this, enabled, edit, field] {
        const QDate date = QDate::fromString(readField(m_document->plan(), field, -1).toString(), Qt::ISODate);
        const QSignalBlocker blockCheck(enabled);
        const QSignalBlocker blockEdit(edit);
        enabled->setChecked(date.isValid());
        edit->setEnabled(date.isValid());
        if (date.isValid())
            edit->setDate(date);
    };
    m_bindings.push_back({field, update});
    update();
    const auto iso = [](const QDate &date) { return date.toString(Qt::ISODate); };
    connect(enabled, &QCheckBox::toggled, this, [this, edit, field, iso](bool on) {
        m_document->endMerge();
        push(field, on ? iso(edit->date()) : QString(), false);
    });
    connect(edit, &QDateEdit::dateChanged, this, [this, enabled, field, iso](const QDate &date) {
        if (enabled->isChecked())
            push(field, iso(date), false);
    });
}

} // namespace mixplanner::ui
