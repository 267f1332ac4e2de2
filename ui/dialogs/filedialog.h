#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace mixplanner::ui {

// File choosers of the app, with a test hook that answers the next one.
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(FileDialog)

public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter);
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                        const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &proposed,
                                   const QString &filter);
    // "MixPlanner plans (*.mixplan);;..." for choosing plan files.
    static QString planFilter();
    // Tests: the next dialog returns this name (empty means cancelled).
    static void setNextFileName(const QString &fileName);
    static void setNextFileNames(const QStringList &fileNames);

private:
    static bool takeNext(QString *fileName);
};

} // namespace mixplanner::ui
