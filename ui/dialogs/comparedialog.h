#pragma once

#include "core/report/comparison.h"

#include <QDialog>
#include <QStringList>

class QTableWidget;

namespace mixplanner::ui {

// Plans side by side: the open plan and up to three files, with their scores,
// components, mix per phase and projected followers and reach.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // `planFiles`: the files the plans were read from, never written over by
    // the export.
    CompareDialog(const std::vector<core::ComparedPlan> &plans, QStringList planFiles = {}, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // Writes the comparison as HTML or Markdown (by the file's extension).
    bool exportTo(const QString &fileName, QString *error) const;

private:
    void exportComparison();

    QTableWidget *m_table;
    core::ComparisonTable m_comparison;
    QStringList m_planFiles;
};

} // namespace mixplanner::ui
