#include "ui/document/documentmanager.h"

#include "core/edit/plantemplates.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/document/plandocument.h"
#include "ui/text/translations.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QRegularExpression>
#include <QWidget>

namespace mixplanner::ui {

namespace {

core::Plan untitledPlan()
{
    return core::blankPlan(DocumentManager::tr("Untitled plan").toStdString());
}

} // namespace

DocumentManager::DocumentManager(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // A save replaces the file (a new inode), which ends the watch.
        watchFile();
        if (m_window->isActiveWindow())
            checkDiskChange();
    });
}

DocumentManager::~DocumentManager() = default;

void DocumentManager::replace(std::unique_ptr<PlanDocument> document)
{
    std::unique_ptr<PlanDocument> old = std::move(m_document);
    m_document = std::move(document);
    connect(m_document.get(), &PlanDocument::fileNameChanged, this, &DocumentManager::watchFile);
    watchFile();
    Q_EMIT documentReplaced(m_document.get());
    // Views of the old document are gone now; the document may go too.
    old.reset();
}

void DocumentManager::watchFile()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (m_document && !m_document->fileName().isEmpty() && QFileInfo::exists(m_document->fileName()))
        m_watcher->addPath(m_document->fileName());
}

bool DocumentManager::openFile(const QString &fileName)
{
    QStringList errors;
    std::unique_ptr<PlanDocument> document = PlanDocument::open(fileName, &errors);
    if (!document) {
        MessageBox::warning(m_window, tr("Cannot open plan"),
                            tr("%1 could not be opened. The plan you have open is unchanged.\n\n"
                               "Problems found (JSON pointer: what is wrong):")
                                .arg(QDir::toNativeSeparators(fileName)),
                            errors);
        return false;
    }
    replace(std::move(document));
    Q_EMIT fileUsed(m_document->fileName());
    Q_EMIT statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(fileName)), 4000);
    return true;
}

void DocumentManager::openSample()
{
    // The sample written in the app's language, where there is one.
    const auto sample = core::bundledPlan(core::sampleResource(currentLanguage().toStdString()));
    auto document = std::make_unique<PlanDocument>(sample.value_or(untitledPlan()));
    if (sample)
        document->markSample();
    replace(std::move(document));
}

void DocumentManager::newFromTemplate(const QString &resourceName)
{
    std::optional<core::Plan> plan;
    if (!resourceName.isEmpty())
        plan = core::bundledPlan(resourceName.toStdString());
    replace(std::make_unique<PlanDocument>(plan.value_or(untitledPlan())));
}

void DocumentManager::open()
{
    if (!maybeSave())
        return;
    const QString directory = m_document->fileName().isEmpty() ? QDir::homePath()
                                                               : QFileInfo(m_document->fileName()).absolutePath();
    const QString fileName = FileDialog::getOpenFileName(m_window, tr("Open plan"), directory, FileDialog::planFilter());
    if (!fileName.isEmpty())
        openFile(fileName);
}

bool DocumentManager::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    if (m_document->isReadOnly()) {
        MessageBox::information(m_window, tr("Read-only plan"),
                                tr("%1 is read-only, so MixPlanner will not write over it. Choose another name.")
                                    .arg(QDir::toNativeSeparators(m_document->fileName())));
        return saveAs();
    }
    if (m_document->changedOnDisk()) {
        const auto answer = MessageBox::question(
            m_window, tr("File changed on disk"),
            tr("%1 was changed or removed by another program since you opened it. Write your version over it? "
               "No saves your version under another name instead.")
                .arg(QDir::toNativeSeparators(m_document->fileName())),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::No)
            return saveAs();
        if (answer != QMessageBox::Yes)
            return false;
    }
    QString error;
    QString warning;
    if (!m_document->save(m_document->fileName(), &error, &warning)) {
        MessageBox::warning(m_window, tr("Cannot save plan"), error);
        return false;
    }
    reportSaved(warning);
    return true;
}

void DocumentManager::reportSaved(const QString &warning)
{
    watchFile();
    if (warning.isEmpty())
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->fileName())), 4000);
    else
        MessageBox::warning(m_window, tr("Saved without a backup"), warning);
}

bool DocumentManager::saveAs()
{
    QString proposed = m_document->fileName();
    if (proposed.isEmpty()) {
        QString base = QString::fromStdString(m_document->plan().title).trimmed();
        base.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
        proposed = QDir::home().filePath((base.isEmpty() ? tr("plan") : base) + QStringLiteral(".mixplan"));
    }
    QString fileName = FileDialog::getSaveFileName(m_window, tr("Save plan as"), proposed, FileDialog::planFilter());
    if (fileName.isEmpty())
        return false;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".mixplan");
    QString error;
    QString warning;
    if (!m_document->save(fileName, &error, &warning)) {
        MessageBox::warning(m_window, tr("Cannot save plan"), error);
        return false;
    }
    reportSaved(warning);
    Q_EMIT fileUsed(m_document->fileName());
    return true;
}

bool DocumentManager::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = MessageBox::question(
        m_window, tr("Unsaved changes"),
        tr("'%1' has changes that are not saved. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentManager::closePlan()
{
    if (maybeSave())
        newFromTemplate(QString());
}

void DocumentManager::checkDiskChange()
{
    if (!m_document || !m_document->changedOnDisk())
        return;
    // Tell once per outside change.
    const QFileInfo info(m_document->fileName());
    const QDateTime stamp = info.exists() ? info.lastModified() : QDateTime::fromMSecsSinceEpoch(0);
    if (stamp == m_diskChangeNoticed)
        return;
    m_diskChangeNoticed = stamp;
    if (!m_document->isModified() && info.exists()) {
        const auto answer = MessageBox::question(
            m_window, tr("File changed on disk"),
            tr("%1 was changed by another program. Reload it?").arg(QDir::toNativeSeparators(m_document->fileName())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            openFile(m_document->fileName());
    } else {
        MessageBox::information(m_window, tr("File changed on disk"),
                                tr("%1 was changed or removed by another program. Your changes are still open; "
                                   "when you save, MixPlanner will ask before writing over it.")
                                    .arg(QDir::toNativeSeparators(m_document->fileName())));
    }
}

} // namespace mixplanner::ui
