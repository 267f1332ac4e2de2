#include "ui/dialogs/filedialog.h"

#include <QFileDialog>

#include <optional>

namespace mixplanner::ui {

namespace {
std::optional<QString> g_nextFileName;
std::optional<QStringList> g_nextFileNames;
}

QString FileDialog::planFilter()
{
    return tr("MixPlanner plans (*.mixplan);;JSON files (*.json);;All files (*)");
}

void FileDialog::setNextFileNames(const QStringList &fileNames) { g_nextFileNames = fileNames; }

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                         const QString &filter)
{
    if (g_nextFileNames) {
        const QStringList names = *g_nextFileNames;
        g_nextFileNames.reset();
        return names;
    }
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter);
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
