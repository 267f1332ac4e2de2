#pragma once

#include "core/importing/activityimport.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace mixplanner::ui {

// Activities from a spreadsheet: which column fills which field (guessed,
// changeable), a preview of the activities that will be added, and every
// problem with its row and column. Nothing changes in the plan until the
// user presses Import.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const core::Plan &plan, const QString &fileName, core::CsvTable table, QWidget *parent = nullptr);

    const core::ActivityImport &importResult() const { return m_result; }
    // The chooser for a field (tests set it like a user would).
    QComboBox *columnBox(core::ImportField field) const;
    QTableWidget *preview() const { return m_preview; }
    QListWidget *problems() const { return m_problems; }
    QPushButton *importButton() const;

private:
    void refresh();

    const core::Plan &m_plan;
    core::CsvTable m_table;
    core::ActivityImport m_result;
    std::vector<QComboBox *> m_columnBoxes;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QListWidget *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace mixplanner::ui
