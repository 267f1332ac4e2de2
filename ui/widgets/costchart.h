#pragma once

#include "core/report/costbreakdown.h"
#include "ui/widgets/chartpanel.h"

#include <QWidget>

namespace mixplanner::ui {

// Horizontal bars of what each phase or channel costs: budgets and the team
// hours' cost stacked, the amount beside each bar, so where the money goes
// is seen at a glance. Painted directly, like the mix chart, to stay cheap
// on every edit.
class CostChart : public QWidget
{
    Q_OBJECT

public:
    explicit CostChart(const QString &accessibleName, QWidget *parent = nullptr);
    void setRows(std::vector<core::CostRow> rows, const QString &currency);
    ChartTable numbers(const QString &firstColumn) const;
    const std::vector<core::CostRow> &rows() const { return m_rows; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int barHeight() const;

    std::vector<core::CostRow> m_rows;
    QString m_currency;
};

} // namespace mixplanner::ui
