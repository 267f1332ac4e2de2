#pragma once

#include "core/scoring/scorereport.h"
#include "ui/document/recoverystore.h"

#include <QDateTime>
#include <QMainWindow>

#include <array>
#include <functional>
#include <memory>

class QDialog;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace mixplanner::ui {

class PlanDocument;
class ScorePanel;
class TablePage;

// The application window: an outline of the plan on the left, the editor of
// the chosen part in the middle, the live score on the right. File handling
// here is only the user's side of it (prompts, recent files); reading and
// writing live in PlanDocument and core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { OverviewPage, BrandPage, ChannelsPage, ClustersPage, PhasesPage, ActivitiesPage, ProjectionView };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a plan file. On failure shows every problem and keeps the plan
    // that was open, untouched.
    bool openFile(const QString &fileName);
    void openSample();
    void newFromTemplate(const QString &resourceName);   // "" for a blank plan

    PlanDocument *document() const { return m_document.get(); }
    // The score panel (built now if the window was not shown yet).
    ScorePanel *scorePanel();
    // The page (built now if it was not yet shown).
    QWidget *page(Page which);
    TablePage *tablePage(Page which);
    Page currentPage() const;
    void showPage(Page page);
    // Shows what a finding refers to: the phase or activity row, selected.
    void showReference(const core::FindingRef &ref);

    bool save();
    bool saveAs();
    // "Saved NAME" in the status bar, or the warning when the .bak was not kept.
    void reportSaved(const QString &warning);
    // Offers to restore recovery copies left by a crash; call once at start.
    void offerRecovery();
    // Writes the recovery copy now (the autosave timer calls this).
    void autosave();
    // Removes this window's recovery copy and releases its claim on it.
    void dropRecoveryCopy();
    // Asks for a file and format and writes the plan summary there.
    bool exportSummary();
    void printSummary();
    // Asks for one to three plan files and shows them beside the open plan.
    void comparePlans();
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();

    // Tests: called with the comparison dialog instead of showing it.
    void setCompareHook(std::function<void(QDialog *)> hook) { m_compareHook = std::move(hook); }
    // Tests: Preferences and the Guide are handed to this instead of shown.
    void setDialogHook(std::function<void(QDialog *)> hook) { m_dialogHook = std::move(hook); }
    void showPreferences();
    void showGuide();
    void showAbout();
    void importActivities();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void setDocument(std::unique_ptr<PlanDocument> document);
    void updateTitle();
    void updateStatus();
    void addRecentFile(const QString &fileName);
    void updateRecentMenu();
    void open();
    void closePlan();
    void applyAutosaveInterval();
    QWidget *createPage(Page which);
    void ensureViews(Page current);

    std::unique_ptr<PlanDocument> m_document;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_outline = nullptr;
    QStackedWidget *m_pages = nullptr;
    ScorePanel *m_scorePanel = nullptr;
    QWidget *m_scoreHolder = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QLabel *m_costLabel = nullptr;
    QLabel *m_shareLabel = nullptr;
    QLabel *m_scoreLabel = nullptr;
    std::function<void(QDialog *)> m_compareHook;
    std::function<void(QDialog *)> m_dialogHook;
    QAction *m_preferencesAction = nullptr;
    std::array<bool, ProjectionView + 1> m_builtPages{};
    QTimer *m_autosave = nullptr;
    QString m_recoveryKey;           // the key the recovery copies are written under
    QString m_recoveryDocumentKey;   // the document's own key when they were claimed
    RecoveryStore::Claim m_recoveryClaim;
    QLabel *m_recoveryProblem = nullptr;   // shown while autosave fails
    QDateTime m_diskChangeNoticed;   // the outside change already told about
};

} // namespace mixplanner::ui
