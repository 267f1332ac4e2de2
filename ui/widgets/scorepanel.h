#pragma once

#include "core/scoring/scorereport.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QListWidget;
class QListWidgetItem;

namespace mixplanner::ui {

class ChartPanel;
class MixChart;
class PlanDocument;

// The plan's score as it stands after the last edit: the total, the
// components, the mix chart and the findings. Activating a finding asks the
// window to show what it refers to.
class ScorePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScorePanel(PlanDocument *document, QWidget *parent = nullptr);

    QListWidget *findingsView() const { return m_findings; }
    QLabel *totalLabel() const { return m_total; }

Q_SIGNALS:
    void findingActivated(const mixplanner::core::FindingRef &ref);
    // Show the model's numbers a finding rests on (`finding` as it reads).
    void assumptionsRequested(const QString &findingCode, const QString &finding);

private:
    void refresh();
    void onFindingActivated(QListWidgetItem *item);
    // A finding's code and the reference it leads to: what stays the same
    // when the score is recomputed.
    static QString findingKey(const QListWidgetItem &item);

    PlanDocument *m_document;
    QLabel *m_total;
    QLabel *m_verdict;
    struct ComponentRow {
        QLabel *title;
        QProgressBar *bar;
        QLabel *score;
    };
    QList<ComponentRow> m_components;
    MixChart *m_chart;
    ChartPanel *m_mixPanel = nullptr;
    QListWidget *m_findings;
    QLabel *m_suggestion;
    QPushButton *m_assumptions;
};

QString componentTitle(const std::string &id);

} // namespace mixplanner::ui
