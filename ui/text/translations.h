#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace mixplanner::ui {

// The languages MixPlanner speaks, as codes: "en" (the source language) and
// "ja".
QStringList availableLanguages();
// A language's name in that language ("English", "日本語").
QString languageName(const QString &code);

// The language chosen in Preferences ("en", "ja"), or "" to follow the
// system locale. Takes effect at the next start.
QString chosenLanguage();
void setChosenLanguage(const QString &code);

// The language the app speaks now ("en", "ja"): what installTranslations
// installed last, "en" before it runs.
QString currentLanguage();

// Installs Qt's own and MixPlanner's translators for `language` ("" for the
// system's) and returns the code of the language now used.
QString installTranslations(QCoreApplication &app, const QString &language = chosenLanguage());

} // namespace mixplanner::ui
