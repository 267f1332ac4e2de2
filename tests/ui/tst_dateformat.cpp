// Plan weeks are shown by the day they start, in the reader's locale: the
// long date without its weekday, the month abbreviated, with or without the
// year.
#include "ui/text/displayformat.h"

#include <QLocale>
#include <QTest>

using namespace mixplanner;

class TestDateFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachLocaleWritesDayAndMonthWithoutWeekday_data();
    void eachLocaleWritesDayAndMonthWithoutWeekday();
    void familiarLocalesReadAsTheirReadersExpect();
};

void TestDateFormat::eachLocaleWritesDayAndMonthWithoutWeekday_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"en_US", "en_GB", "ja_JP", "de_DE", "fr_FR", "es_ES", "ko_KR", "zh_CN", "pt_BR",
                             "it_IT", "nl_NL", "sv_SE", "ru_RU", "pl_PL", "th_TH", "vi_VN", "id_ID", "zh_TW"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestDateFormat::eachLocaleWritesDayAndMonthWithoutWeekday()
{
    QFETCH(QString, name);
    const QLocale locale(name);
    const QDate monday(2027, 3, 15);
    const QString shortDate = locale.toString(monday, ui::planDateFormat(locale, false));
    const QString longDate = locale.toString(monday, ui::planDateFormat(locale, true));
    const QString day = locale.toString(15);
    const QString year = locale.toString(monday, QStringLiteral("yyyy"));
    QVERIFY2(shortDate.contains(day), qPrintable(shortDate));
    QVERIFY2(!shortDate.contains(year), qPrintable(shortDate));
    QVERIFY2(longDate.contains(year), qPrintable(longDate));
    // No weekday, by name or by pattern ("月" alone is both Monday and month in Japanese).
    const QString weekday = locale.dayName(1, QLocale::LongFormat);
    QVERIFY2(!shortDate.contains(weekday), qPrintable(shortDate + QStringLiteral(" has ") + weekday));
    QVERIFY2(!longDate.contains(weekday), qPrintable(longDate + QStringLiteral(" has ") + weekday));
    QVERIFY(!ui::planDateFormat(locale, false).contains(QStringLiteral("ddd")));
    QVERIFY(!ui::planDateFormat(locale, true).contains(QStringLiteral("ddd")));
    // The month is there, as a word or a number.
    const bool hasMonth = shortDate.contains(locale.monthName(3, QLocale::ShortFormat))
                          || shortDate.contains(locale.toString(3));
    QVERIFY2(hasMonth, qPrintable(shortDate));
    // No separator left hanging at either end.
    for (const QChar edge : {shortDate.front(), shortDate.back(), longDate.front(), longDate.back()})
        QVERIFY2(!edge.isSpace() && edge != QLatin1Char(',') && edge != QLatin1Char('\''),
                 qPrintable(shortDate + QStringLiteral(" / ") + longDate));
}

void TestDateFormat::familiarLocalesReadAsTheirReadersExpect()
{
    const QDate monday(2027, 3, 15);
    const auto shown = [&](const char *name, bool withYear) {
        const QLocale locale{QString::fromLatin1(name)};
        return locale.toString(monday, ui::planDateFormat(locale, withYear));
    };
    QCOMPARE(shown("en_GB", false), QStringLiteral("15 Mar"));
    QCOMPARE(shown("en_GB", true), QStringLiteral("15 Mar 2027"));
    QCOMPARE(shown("en_US", false), QStringLiteral("Mar 15"));
    QCOMPARE(shown("en_US", true), QStringLiteral("Mar 15, 2027"));
    QCOMPARE(shown("ja_JP", false), QStringLiteral("3月15日"));
    QCOMPARE(shown("ja_JP", true), QStringLiteral("2027年3月15日"));
}

QTEST_MAIN(TestDateFormat)
#include "tst_dateformat.moc"
