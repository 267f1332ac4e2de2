#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class QFileSystemWatcher;
class QWidget;

namespace mixplanner::ui {

class PlanDocument;

// The open plan's life as a file, with the user's side of it: open (a
// message when the file is refused, and the open plan kept), save and save
// as (with the read-only and changed-on-disk questions), unsaved-changes
// prompts, new plans from a template or the sample, and the watch on the
// file that tells when another program changed it (never after our own
// saves). Reading and writing themselves live in PlanDocument and core.
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs.
    explicit DocumentManager(QWidget *window);
    ~DocumentManager() override;

    PlanDocument *document() const { return m_document.get(); }
    // Makes `document` the open plan; the old one is gone.
    void replace(std::unique_ptr<PlanDocument> document);

    bool openFile(const QString &fileName);
    void open();   // asks for the file
    void openSample();
    void newFromTemplate(const QString &resourceName);   // "" for a blank plan
    bool save();
    bool saveAs();
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void closePlan();
    // Tells, once per outside change, that the file changed on disk; offers
    // to reload when there is nothing unsaved.
    void checkDiskChange();

Q_SIGNALS:
    void documentReplaced(mixplanner::ui::PlanDocument *document);
    // A file was opened or saved under a new name (for Open Recent).
    void fileUsed(const QString &fileName);
    void statusMessage(const QString &text, int timeout);

private:
    void reportSaved(const QString &warning);
    void watchFile();

    QWidget *m_window;
    std::unique_ptr<PlanDocument> m_document;
    QFileSystemWatcher *m_watcher;
    QDateTime m_diskChangeNoticed;   // the outside change already told about
};

} // namespace mixplanner::ui
