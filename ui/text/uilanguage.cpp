#include "ui/text/uilanguage.h"

#include "ui/text/displayformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace mixplanner::ui {

std::string UiLanguage::translate(const char *context, const char *source) const
{
    return QCoreApplication::translate(context, source).toStdString();
}

std::string UiLanguage::count(double value) const
{
    if (!std::isfinite(value))
        return "-";
    return formatCount(value).toStdString();
}

std::string UiLanguage::decimal(double value, int decimals) const
{
    if (!std::isfinite(value))
        return "-";
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0;   // never "-0"
    // Shortest form of the rounded value: no trailing zeros, the locale's
    // separators.
    return QLocale().toString(rounded, 'f', QLocale::FloatingPointShortest).toStdString();
}

std::string UiLanguage::percent(double share) const
{
    if (!std::isfinite(share))
        return "-";
    return formatShare(share).toStdString();
}

std::string UiLanguage::money(double amount, const std::string &currency) const
{
    if (!std::isfinite(amount))
        return "-";
    return formatMoney(amount, QString::fromStdString(currency)).toStdString();
}

std::string UiLanguage::date(const core::CalendarDate &date, bool withYear) const
{
    return formatPlanDate(QDate(date.year, date.month, date.day), withYear).toStdString();
}

QString catalogueText(const std::string &english)
{
    return QCoreApplication::translate("catalogue", english.c_str());
}

const UiLanguage &UiLanguage::instance()
{
    static const UiLanguage language;
    return language;
}

} // namespace mixplanner::ui
