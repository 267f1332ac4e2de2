#pragma once

#include "ui/document/planfield.h"

namespace mixplanner::ui {

// What an edit changed, so views can update just that: one value, inserted
// or removed rows, or a moved row. (A plan replaced by another is a new
// document: the window builds new views for it.)
struct ChangeEvent {
    enum class Kind { FieldChanged, RowInserted, RowRemoved, RowMoved };

    Kind kind = Kind::FieldChanged;
    Collection collection = Collection::None;
    PlanField field = PlanField::None;    // for FieldChanged
    int row = -1;                          // the row changed, inserted, removed or moved
    int toRow = -1;                        // for RowMoved: the row it ends up at
};

} // namespace mixplanner::ui
