#pragma once

#include "core/report/comparison.h"
#include "core/text/language.h"

#include <string>

namespace mixplanner::core {

// The comparison page of the exports: one table, plan text escaped.
std::string writeComparisonMarkdown(const ComparisonTable &table,
                                    const text::Language &language = text::Language::english());
std::string writeComparisonHtml(const ComparisonTable &table,
                                const text::Language &language = text::Language::english());

} // namespace mixplanner::core
