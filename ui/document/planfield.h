#pragma once

#include "core/model/plan.h"
#include "core/model/planschema.h"

#include <QString>
#include <QVariant>

namespace mixplanner::ui {

// The lists of a plan that hold rows.
enum class Collection { None, Channels, Clusters, Phases, Activities };

// Every editable value of a plan, as core's field table names it. Edits name
// a field (and a row for list items) so one undo command type serves them all
// and repeated typing in one field can merge into one undo step.
using PlanField = core::schema::FieldId;

Collection collectionOf(PlanField field);

// The table's values as QVariant: QString for text and ids, double for
// amounts, shares and percentages, qlonglong for counts and weeks, bool,
// QStringList for lists; the strength override is an invalid QVariant when
// unset.
QVariant readField(const core::Plan &plan, PlanField field, int row);
// Stores a value validateField() accepts.
void writeField(core::Plan &plan, PlanField field, int row, const QVariant &value);

// Why a value cannot be set (an empty string when it can), in a sentence for
// the user: core's check, the same the file loader makes, after the field's
// name ("Budget: must be a non-negative amount of money ...").
QString validateField(const core::Plan &plan, PlanField field, int row, const QVariant &value);

// "budget", "account share" ... as undo command names use them.
QString fieldLabel(PlanField field);

// The name of a row as the user knows it ("Latte art reels").
QString itemName(const core::Plan &plan, Collection collection, int row);
int itemCount(const core::Plan &plan, Collection collection);

QString toQString(const std::string &text);
std::string toStdString(const QString &text);
QStringList toQStringList(const std::vector<std::string> &items);
std::vector<std::string> toStdStrings(const QStringList &items);

} // namespace mixplanner::ui
