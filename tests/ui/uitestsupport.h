#pragma once

#include "core/model/plan.h"

#include <QString>

namespace mixplanner::test {

core::Plan samplePlan();
QString dataPath(const QString &relative);
// Keeps QSettings and standard paths of tests away from the user's own.
void isolateSettings();

} // namespace mixplanner::test
