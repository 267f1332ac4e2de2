#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace mixplanner::ui {

// Numbers as the user's locale writes them.
QString formatMoney(double amount, const QString &currency);   // "¥1,200,000", "$1,250.00"
QString formatShare(double share);                             // 0.234 -> "23%"
QString formatPercent(double percent, int decimals = 1);       // 2.1 -> "2.1%"
QString formatCount(double value);                             // 12345 -> "12,345"
QString formatScore(double score);                             // 85.345 -> "85.3"
// The locale's long date without the weekday, months abbreviated: "d MMM
// yyyy" (en_GB), "MMM d, yyyy" (en_US), "yyyy年M月d日" (ja); without the
// year "d MMM", "MMM d", "M月d日". Plan weeks are shown by their first day.
QString planDateFormat(const QLocale &locale, bool withYear);
QString formatPlanDate(const QDate &date, bool withYear);
// Decimals a currency is written with (JPY 0, USD 2).
int currencyDecimals(const QString &currency);
QString currencySymbol(const QString &currency);

} // namespace mixplanner::ui
