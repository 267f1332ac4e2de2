#include "ui/text/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mixplanner::ui {

namespace {

constexpr auto kLanguageKey = "ui/language";

QLocale localeFor(const QString &code)
{
    if (code == QLatin1String("ja"))
        return QLocale(QLocale::Japanese, QLocale::Japan);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("ja"))
        return QStringLiteral("\u65E5\u672C\u8A9E");   // 日本語
    return QStringLiteral("English");
}

QString chosenLanguage()
{
    const QString code = QSettings().value(QLatin1String(kLanguageKey)).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void setChosenLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kLanguageKey));
    else
        settings.setValue(QLatin1String(kLanguageKey), code);
}

namespace {

QString g_currentLanguage = QStringLiteral("en");

} // namespace

QString currentLanguage()
{
    return g_currentLanguage;
}

QString installTranslations(QCoreApplication &app, const QString &chosen)
{
    // A chosen language brings its number and date formats with it; otherwise
    // the system locale decides both.
    if (!chosen.isEmpty())
        QLocale::setDefault(localeFor(chosen));
    const QLocale locale;

    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("mixplanner"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
        return g_currentLanguage = QStringLiteral("en");
    }
    // Qt's standard buttons and dialogs (Yes, Cancel, file dialogs), when
    // the system has Qt's translations installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return g_currentLanguage = own->language().left(2);
}

} // namespace mixplanner::ui
