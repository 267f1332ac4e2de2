#include "ui/dialogs/filedialog.h"

#include <QFileDialog>

#include <optional>

namespace mixplanner::ui {

namespace {
std::optional<QString> g_nextFileName;
}

void FileDialog::setNextFileName(const QString &fileName) { g_nextFileName = fileName; }

bool FileDialog::takeNext(QString *fileName)
{
    if (!g_nextFileName)
        return false;
    *fileName = *g_nextFileName;
    g_nextFileName.reset();
    return true;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &proposed,
                                    const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, proposed, filter);
}

} // namespace mixplanner::ui
