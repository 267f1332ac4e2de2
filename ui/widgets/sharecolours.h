#pragma once

#include <QColor>

namespace mixplanner::ui {

// The colours that say how account-driven a piece of work is, shared by the
// timeline and its key: the fill for an account share (0 content-driven ..
// 1 account-driven), and the text colour readable on a fill (black or white,
// whichever contrasts more, as WCAG 2 measures it).
QColor shareColour(double share);
QColor textColourOn(const QColor &fill);
double contrastRatio(const QColor &one, const QColor &other);   // WCAG 2: 1 (none) .. 21

} // namespace mixplanner::ui
