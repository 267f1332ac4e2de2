#pragma once

#include <QDialog>

class QTextBrowser;

namespace mixplanner::ui {

// A short guide to the idea behind MixPlanner (account-driven and
// content-driven work, brand strength, purposes) in the app's language.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

    // The guide's HTML for a language code, falling back to English.
    static QString guideHtml(const QString &language);

private:
    QTextBrowser *m_browser;
};

} // namespace mixplanner::ui
