#include "ui/text/displayformat.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace mixplanner::ui {

int currencyDecimals(const QString &currency)
{
    static const QStringList noMinorUnits = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                             QStringLiteral("VND"), QStringLiteral("CLP"),
                                             QStringLiteral("ISK"), QStringLiteral("HUF"),
                                             QStringLiteral("TWD")};
    return noMinorUnits.contains(currency) ? 0 : 2;
}

QString currencySymbol(const QString &currency)
{
    if (currency == QLatin1String("JPY"))
        return QStringLiteral("\u00A5");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("\u20AC");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("\u00A3");
    return currency + QChar(0x00A0);
}

QString formatMoney(double amount, const QString &currency)
{
    // Symbol first, as both English and Japanese write amounts; QLocale's
    // currency format puts it last in the C locale.
    const QString number = QLocale().toString(std::fabs(amount), 'f', currencyDecimals(currency));
    return (amount < 0 ? QStringLiteral("-") : QString()) + currencySymbol(currency) + number;
}

QString formatShare(double share)
{
    return QLocale().toString(std::round(share * 100), 'f', 0) + QLatin1Char('%');
}

QString formatPercent(double percent, int decimals)
{
    return QLocale().toString(percent, 'f', decimals) + QLatin1Char('%');
}

QString formatCount(double value)
{
    return QLocale().toString(std::round(value), 'f', 0);
}

QString formatScore(double score)
{
    return QLocale().toString(score, 'f', 1);
}

QString planDateFormat(const QLocale &locale, bool withYear)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QStringLiteral("dddd"));
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    if (!withYear) {
        // The year with the text that belongs to it: "yyyy年", ", yyyy",
        // " 'de' yyyy", "yyyy 'г'.".
        static const QRegularExpression year(QStringLiteral("y+[^dMy']*|[^dMy']*y+"));
        format.remove(year);
        static const QRegularExpression strayLiteral(QStringLiteral("\\s*'[^']*'[.\\s]*$"));
        format.remove(strayLiteral);
    }
    // What stood between the weekday and the rest ("dddd, d MMMM").
    static const QRegularExpression edges(QStringLiteral("^[,\\s]+|[,\\s]+$"));
    format.remove(edges);
    // A locale whose long format says nothing usable still gets a date.
    if (!format.contains(QLatin1Char('d')) || !format.contains(QLatin1Char('M')))
        return withYear ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd");
    return format;
}

QString formatPlanDate(const QDate &date, bool withYear)
{
    const QLocale locale;
    return locale.toString(date, planDateFormat(locale, withYear));
}

} // namespace mixplanner::ui
