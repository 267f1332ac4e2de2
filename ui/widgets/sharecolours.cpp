#include "ui/widgets/sharecolours.h"

#include <algorithm>
#include <cmath>

namespace mixplanner::ui {

namespace {

// Blue for content-driven, orange for account-driven: mid tones that read on
// light and dark bases alike, and that stay apart for the commonest colour
// blindness (the page's legend and the numbers table name them too).
const QColor kContent(0x2c, 0x7f, 0xb8);
const QColor kAccount(0xe0, 0x6c, 0x1c);

double relativeLuminance(const QColor &colour)
{
    // As WCAG 2 counts it.
    const auto channel = [](double c) {
        c /= 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue());
}

} // namespace

QColor shareColour(double share)
{
    const double t = std::clamp(share, 0.0, 1.0);
    const auto mix = [t](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * t)); };
    return QColor(mix(kContent.red(), kAccount.red()), mix(kContent.green(), kAccount.green()),
                  mix(kContent.blue(), kAccount.blue()));
}

double contrastRatio(const QColor &one, const QColor &other)
{
    const double a = relativeLuminance(one);
    const double b = relativeLuminance(other);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor textColourOn(const QColor &fill)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, fill) >= contrastRatio(white, fill) ? black : white;
}

} // namespace mixplanner::ui
