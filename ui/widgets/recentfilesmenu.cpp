#include "ui/widgets/recentfilesmenu.h"

#include <QDir>
#include <QSettings>

namespace mixplanner::ui {

namespace {

constexpr int kMaxRecentFiles = 8;
const char *const kRecentFilesKey = "recentFiles";

} // namespace

RecentFilesMenu::RecentFilesMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
    rebuild();
}

QStringList RecentFilesMenu::files() const
{
    return QSettings().value(QLatin1String(kRecentFilesKey)).toStringList();
}

void RecentFilesMenu::add(const QString &fileName)
{
    QStringList recent = files();
    recent.removeAll(fileName);
    recent.prepend(fileName);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kRecentFilesKey), recent);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList recent = files();
    for (int i = 0; i < recent.size(); ++i) {
        const QString file = recent[i];
        QAction *action = addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(file)));
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT fileChosen(file); });
    }
    setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        addSeparator();
        addAction(tr("Clear list"), this, [this] {
            QSettings().remove(QLatin1String(kRecentFilesKey));
            rebuild();
        });
    }
}

} // namespace mixplanner::ui
