#pragma once

#include "core/scoring/scorereport.h"

#include <QString>

#include <cstddef>

class QWidget;

namespace mixplanner::ui {

class PlanDocument;

// The window's pages in their order: the outline and the View menu list
// them from here, and each is built from here when first shown.
struct PageEntry {
    const char *outlineName;   // untranslated; shown through pageOutlineName()
    const char *menuName;      // with its & shortcut letter
    QWidget *(*create)(PlanDocument *document);
};

std::size_t pageCount();
// The page that lists what a finding refers to (the brand page for the plan).
std::size_t pageOf(core::RefKind kind);
const PageEntry &pageEntry(std::size_t index);
QString pageOutlineName(std::size_t index);
QString pageMenuName(std::size_t index);

} // namespace mixplanner::ui
