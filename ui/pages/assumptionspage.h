#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace mixplanner::ui {

class AssumptionsFilter;

// Every number the score, the projection and the suggestion rest on, with
// its value, unit and the reason for it (or its source), read-only and
// searchable. A finding opens it on the numbers behind that finding.
class AssumptionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssumptionsPage(QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    // Only the parameters behind `findingCode` (described by `finding`, the
    // finding as the user read it); an empty code shows all again.
    void showBehind(const QString &findingCode, const QString &finding);
    int shownCount() const;

private:
    void updateCount();

    QStandardItemModel *m_model;
    AssumptionsFilter *m_filter;
    QLineEdit *m_search;
    QLabel *m_behind;
    QPushButton *m_showAll;
    QLabel *m_count;
    QTableView *m_view;
};

} // namespace mixplanner::ui
