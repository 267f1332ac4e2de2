#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QTableView;

namespace mixplanner::ui {

// Keeps a table's columns as wide as what they show: fitted when the model is
// reset (a plan opened) and widened when rows arrive or cells change, so a
// table that started empty does not stay at "¥400,0…". A column the user
// resizes by hand keeps that width, also in later sessions (stored under
// `settingsKey` with the column's title).
class ColumnSizer : public QObject
{
    Q_OBJECT

public:
    ColumnSizer(QTableView *view, QString settingsKey);

    // Fits every column the user has not sized; called when the plan changes.
    void fitAll();

private:
    // Columns `first`..`last` may have grown (all of them: -1, -1).
    void scheduleGrow(int first = -1, int last = -1);
    void grow();
    int contentWidth(int section) const;
    void remember(int section, int width);
    QString titleOf(int section) const;

    QTableView *m_view;
    QString m_settingsKey;
    QSet<QString> m_userSized;   // column titles the user resized
    bool m_sizing = false;       // our own resizes are not the user's
    bool m_growPending = false;
    QSet<int> m_growColumns;   // the columns a change touched
    bool m_growAll = false;    // rows arrived: every column
};

} // namespace mixplanner::ui
