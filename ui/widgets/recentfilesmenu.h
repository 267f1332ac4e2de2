#pragma once

#include <QMenu>
#include <QStringList>

namespace mixplanner::ui {

// File > Open Recent: the last plans opened or saved, newest first, kept in
// the settings; "Clear list" at the end.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(const QString &title, QWidget *parent = nullptr);

    // Puts `fileName` first (once), keeping at most eight.
    void add(const QString &fileName);
    QStringList files() const;

Q_SIGNALS:
    void fileChosen(const QString &fileName);

private:
    void rebuild();
};

} // namespace mixplanner::ui
