#include "ui/widgets/numberbox.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace mixplanner::ui {

namespace {

// Above every field's maximum (money tops at 10^12, people at 10^10), and
// still exact in a double at two decimals.
constexpr double kWideNumber = 1e14;
constexpr int kWideWhole = 1'000'000;   // weeks top at 520

} // namespace

QDoubleSpinBox *numberBox(QWidget *parent, int decimals)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setDecimals(decimals);
    spin->setRange(-kWideNumber, kWideNumber);
    spin->setKeyboardTracking(false);
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    return spin;
}

QSpinBox *wholeNumberBox(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(-kWideWhole, kWideWhole);
    spin->setKeyboardTracking(false);
    return spin;
}

} // namespace mixplanner::ui
