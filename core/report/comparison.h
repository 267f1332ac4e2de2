#pragma once

#include "core/model/plan.h"
#include "core/projection/projection.h"
#include "core/scoring/scorereport.h"
#include "core/text/language.h"

#include <string>
#include <vector>

namespace mixplanner::core {

struct ComparedPlan {
    std::string label;   // usually the file name
    Plan plan;
    ScoreReport score;
    Projection projection;
};

ComparedPlan comparePlan(std::string label, Plan plan);

// Several plans side by side: one row per measure (score, components, cost,
// mix per phase, projected followers and reach), one column per plan. The CLI
// prints it as text; the app shows it as a table.
struct ComparisonTable {
    std::vector<std::string> columns;   // plan labels
    struct Row {
        std::string label;
        std::vector<std::string> cells;
        bool numeric = true;
    };
    std::vector<Row> rows;
};

ComparisonTable comparisonTable(const std::vector<ComparedPlan> &plans,
                                const text::Language &language = text::Language::english());

} // namespace mixplanner::core
