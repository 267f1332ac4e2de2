#pragma once

#include "core/model/plan.h"

#include <QMainWindow>

class QLabel;

namespace mixplanner::ui {

// The application window. For now it shows an overview of the open plan;
// the editors and the score panel grow from here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void showPlan(const core::Plan &plan, const QString &fileName);
    const core::Plan &plan() const { return m_plan; }

private:
    void refreshOverview();

    core::Plan m_plan;
    QString m_fileName;
    QLabel *m_overview = nullptr;
};

} // namespace mixplanner::ui
