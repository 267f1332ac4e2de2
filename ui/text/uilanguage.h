#pragma once

#include "core/text/language.h"

#include <QString>

namespace mixplanner::ui {

// Core's messages in the app's language: words from the installed Qt
// translators, numbers and money as the user's locale writes them. The
// reports the app exports speak the same language as its windows.
class UiLanguage final : public core::text::Language {
public:
    std::string translate(const char *context, const char *source) const override;
    std::string count(double value) const override;
    std::string decimal(double value, int decimals) const override;
    std::string percent(double share) const override;
    std::string money(double amount, const std::string &currency) const override;
    std::string date(const core::CalendarDate &date, bool withYear) const override;

    static const UiLanguage &instance();
};

inline const core::text::Language &uiLanguage()
{
    return UiLanguage::instance();
}

// A catalogue word (platform, activity type, purpose, or their reasons) in
// the app's language.
QString catalogueText(const std::string &english);

} // namespace mixplanner::ui
