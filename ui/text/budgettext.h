#pragma once

#include "core/scoring/scorereport.h"

#include <QString>

namespace mixplanner::ui {

// The plan's money against its cap, for the overview: what is committed, of
// which team hours, and what is left or over.
QString budgetSummary(const core::BudgetUse &budget, const QString &currency);
// The same in a few words, for the status bar.
QString budgetStatus(const core::BudgetUse &budget, const QString &currency);

} // namespace mixplanner::ui
