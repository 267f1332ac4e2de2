#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace mixplanner::ui {

// What the window shows when MixPlanner starts without a file: start a plan
// (blank or from a template), open one, reopen a recent one, or explore the
// sample, which it says is made up. Every choice is a signal; the window
// asks about unsaved work and does it. A box says whether to show the page
// at the next start (when not, the last plan opened is reopened).
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    // Fills the lists again: templates in the app's language, recent files.
    void refresh(const QStringList &recentFiles);
    QListWidget *templates() const { return m_templates; }
    QListWidget *recent() const { return m_recent; }

    // The setting, kept in QSettings.
    static bool showAtStart();
    static void setShowAtStart(bool show);

Q_SIGNALS:
    void templateChosen(const QString &resource);   // empty: a blank plan
    void openChosen();
    void recentChosen(const QString &fileName);
    void sampleChosen();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createFromCurrent();
    void describeCurrent();

    QListWidget *m_templates;
    QLabel *m_description;
    QPushButton *m_create;
    QListWidget *m_recent;
    QPushButton *m_openRecent;
    QCheckBox *m_showAtStart;
};

} // namespace mixplanner::ui
