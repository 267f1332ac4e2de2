#pragma once

class QDoubleSpinBox;
class QSpinBox;
class QWidget;

namespace mixplanner::ui {

// Spin boxes for plan numbers that take what the user types. Their own range
// is far wider than any field's, so "-5000" or "101" is not clipped or eaten
// on the way in: the value reaches the field table's check, which refuses it
// with a message and keeps the old value (docs/architecture.md, the path of
// an edit). They report a value only when editing finishes or an arrow
// steps, never per keystroke, so "3.5" is not redrawn as "3.0" after the "3".
QDoubleSpinBox *numberBox(QWidget *parent, int decimals);
QSpinBox *wholeNumberBox(QWidget *parent);

} // namespace mixplanner::ui
