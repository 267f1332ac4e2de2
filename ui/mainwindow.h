#pragma once

#include "core/scoring/scorereport.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QDialog;
class QLabel;
class QMenu;
class QSplitter;
class QUndoGroup;

namespace mixplanner::ui {

class DocumentManager;
class PageStack;
class Workspace;
class PlanDocument;
class PlanStatus;
class RecentFilesMenu;
class RecoveryController;
class ScorePanel;
class TablePage;

// The application window: an outline of the plan on the left, the editor of
// the chosen part in the middle, the live score on the right. It lays these
// out and wires them; the file's life is DocumentManager's, the recovery
// copies RecoveryController's, the pages are listed in ui/pages/pagelist.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // In the order of ui/pages/pagelist.cpp.
    enum Page { OverviewPage, BrandPage, ChannelsPage, ClustersPage, PhasesPage, ActivitiesPage, Timeline,
                ProjectionView, Assumptions };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a plan file. On failure shows every problem and keeps the plan
    // that was open, untouched.
    bool openFile(const QString &fileName);
    void openSample();
    void newFromTemplate(const QString &resourceName);   // "" for a blank plan

    PlanDocument *document() const;
    // The score panel (built now if the window was not shown yet).
    ScorePanel *scorePanel();
    // The page (built now if it was not yet shown).
    QWidget *page(Page which);
    TablePage *tablePage(Page which);
    Page currentPage() const;
    void showPage(Page page);
    // The start page: new plan, open, recent plans, the sample.
    void showStartPage();
    bool showingStartPage() const;
    QStringList recentFiles() const;
    // Shows what a finding refers to: the phase or activity row, selected.
    void showReference(const core::FindingRef &ref);

    bool save();
    bool saveAs();
    // Offers to restore recovery copies left by a crash; call once at start.
    void offerRecovery();
    // Writes the recovery copy now (the autosave timer calls this).
    void autosave();
    // Asks for a file and format and writes the plan summary there.
    bool exportSummary();
    void printSummary();
    // Asks for one to three plan files and shows them beside the open plan.
    void comparePlans();
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();

    // Tests: called with the comparison dialog instead of showing it.
    void setCompareHook(std::function<void(QDialog *)> hook) { m_compareHook = std::move(hook); }
    // Tests: Preferences, the Guide and the import are handed to this instead of shown.
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
    void addTemplates(QMenu *menu);
    void documentReplaced(PlanDocument *document);
    void updateTitle();
    void ensureViews(Page current);

    DocumentManager *m_files = nullptr;
    RecoveryController *m_recovery = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QSplitter *m_splitter = nullptr;
    PageStack *m_pages = nullptr;
    Workspace *m_workspace = nullptr;
    ScorePanel *m_scorePanel = nullptr;
    QWidget *m_scoreHolder = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    PlanStatus *m_status = nullptr;
    QLabel *m_recoveryProblem = nullptr;   // shown while autosave fails
    std::function<void(QDialog *)> m_compareHook;
    std::function<void(QDialog *)> m_dialogHook;
};

} // namespace mixplanner::ui
