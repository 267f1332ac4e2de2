#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace mixplanner::ui {

// The app's settings: its language (from the next start) and how often
// unsaved work is kept for recovery.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QSpinBox *autosaveBox() const { return m_autosave; }
    // Writes the choices to the settings.
    void save() const;

private:
    QComboBox *m_language;
    QSpinBox *m_autosave;
};

// Seconds between recovery copies; 0 turns them off.
int autosaveInterval();

} // namespace mixplanner::ui
