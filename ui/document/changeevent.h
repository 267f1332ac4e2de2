#pragma once

#include "ui/document/planfield.h"

namespace mixplanner::ui {

// What an edit changed, so views can update just that: one value, inserted
// or removed rows, a moved row, or the whole plan.
struct ChangeEvent {
    enum class Kind { FieldChanged, RowInserted, RowRemoved, RowMoved, PlanReplaced };

    Kind kind = Kind::PlanReplaced;
    Collection collection = Collection::None;
    PlanField field = PlanField::Title;   // for FieldChanged
    int row = -1;                          // the row changed, inserted, removed or moved
    int toRow = -1;                        // for RowMoved: the row it ends up at
};

} // namespace mixplanner::ui
