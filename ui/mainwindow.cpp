#include "ui/mainwindow.h"

#include "core/edit/plantemplates.h"
#include "ui/dialogs/guidedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/document/documentmanager.h"
#include "ui/document/planactions.h"
#include "ui/document/plandocument.h"
#include "ui/document/recoverycontroller.h"
#include "ui/pages/assumptionspage.h"
#include "ui/pages/pagelist.h"
#include "ui/pages/pagestack.h"
#include "ui/pages/workspace.h"
#include "ui/pages/tablepage.h"
#include "ui/text/translations.h"
#include "ui/widgets/planstatus.h"
#include "ui/widgets/recentfilesmenu.h"
#include "ui/widgets/scorepanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mixplanner::ui {

namespace {

const char *const kGeometryKey = "mainWindow/geometry";
const char *const kStateKey = "mainWindow/state";
const char *const kSplitterKey = "mainWindow/splitter";

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_files(new DocumentManager(this))
    , m_recovery(new RecoveryController(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_pages(new PageStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_scoreHolder = new QWidget;
    auto *scoreLayout = new QVBoxLayout(m_scoreHolder);
    scoreLayout->setContentsMargins(0, 0, 0, 0);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_pages->outline());
    m_splitter->addWidget(m_pages->pages());
    m_splitter->addWidget(m_scoreHolder);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({150, 820, 470});
    m_workspace = new Workspace(m_splitter, m_files);
    setCentralWidget(m_workspace);

    m_status = new PlanStatus;
    m_recoveryProblem = new QLabel(this);
    m_recoveryProblem->setObjectName(QStringLiteral("recoveryProblem"));
    m_recoveryProblem->setAccessibleName(tr("Recovery copy problem"));
    m_recoveryProblem->hide();
    statusBar()->addPermanentWidget(m_recoveryProblem);
    statusBar()->addPermanentWidget(m_status);
    // The plan's cost and score belong to the editor, not the start page.
    connect(m_workspace, &QStackedWidget::currentChanged, m_status,
            [this] { m_status->setVisible(!m_workspace->showingStartPage()); });

    connect(m_files, &DocumentManager::documentReplaced, this, &MainWindow::documentReplaced);
    connect(m_files, &DocumentManager::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_recovery, &RecoveryController::problemChanged, this, [this](const QString &problem) {
        // Stays until a copy is written again: newer edits are not protected.
        m_recoveryProblem->setText(tr("Recovery copy not written: %1").arg(problem));
        m_recoveryProblem->setToolTip(m_recoveryProblem->text());
        m_recoveryProblem->setVisible(!problem.isEmpty());
    });
    createActions();
    connect(m_files, &DocumentManager::fileUsed, m_recentMenu, &RecentFilesMenu::add);
    m_files->newFromTemplate(QString());

    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    m_splitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray());
}

MainWindow::~MainWindow()
{
    // Pages and open cell editors may still talk to the document while they
    // are destroyed (an editor commits on losing focus); destroy them first.
    delete takeCentralWidget();
}

void MainWindow::createActions()
{
    const auto unlessCancelled = [this](auto action) {
        return [this, action] {
            if (m_files->maybeSave())
                action();
        };
    };
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = fileMenu->addMenu(tr("&New"));
    newMenu->addAction(tr("&Blank plan"), this, unlessCancelled([this] { newFromTemplate(QString()); }))
        ->setShortcut(QKeySequence::New);
    newMenu->addSeparator();
    addTemplates(newMenu);
    newMenu->addAction(tr("The &sample plan"), this, unlessCancelled([this] { openSample(); }));
    fileMenu->addAction(tr("Start &Page"), this, &MainWindow::showStartPage);

    fileMenu->addAction(tr("&Open..."), m_files, &DocumentManager::open)->setShortcut(QKeySequence::Open);
    m_recentMenu = new RecentFilesMenu(tr("Open &Recent"), fileMenu);
    fileMenu->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, [this](const QString &file) {
        if (m_files->maybeSave())
            openFile(file);
    });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Save"), this, &MainWindow::save)->setShortcut(QKeySequence::Save);
    fileMenu->addAction(tr("Save &As..."), this, &MainWindow::saveAs)->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Import Activities from CSV..."), this, &MainWindow::importActivities);
    fileMenu->addAction(tr("Co&mpare Plans..."), this, &MainWindow::comparePlans);
    fileMenu->addAction(tr("&Export Summary..."), this, &MainWindow::exportSummary)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    fileMenu->addAction(tr("&Print Summary..."), this, &MainWindow::printSummary)->setShortcut(QKeySequence::Print);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Close"), m_files, &DocumentManager::closePlan)->setShortcut(QKeySequence::Close);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // One pair of actions for every document's undo stack.
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addActions({undo, redo});
    editMenu->addSeparator();
    QAction *preferences = editMenu->addAction(tr("&Preferences..."), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (std::size_t i = 0; i < pageCount(); ++i) {
        QAction *action = viewMenu->addAction(pageMenuName(i), this, [this, i] { showPage(static_cast<Page>(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(i))));
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("MixPlanner &Guide"), this, &MainWindow::showGuide)->setShortcut(QKeySequence::HelpContents);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About MixPlanner"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
}

void MainWindow::addTemplates(QMenu *menu)
{
    // Each template in the app's language where it is written in it.
    for (const std::string &name : core::templateResources(currentLanguage().toStdString())) {
        const auto plan = core::bundledPlan(name);
        if (!plan)
            continue;
        const QString resource = QString::fromStdString(name);
        menu->addAction(QString::fromStdString(plan->title), this, [this, resource] {
            if (m_files->maybeSave())
                newFromTemplate(resource);
        });
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (m_dialogHook)
        m_dialogHook(&dialog);
    else
        dialog.exec();
    m_recovery->applyInterval();
}

void MainWindow::showGuide()
{
    auto *guide = new GuideDialog(this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    if (m_dialogHook)
        m_dialogHook(guide);
    else
        guide->show();
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About MixPlanner"),
        tr("<b>MixPlanner %1</b><p>Plans the balance of account-driven and content-driven social media work "
           "for a brand and purpose, explains every point of its score and suggests what to change.</p>"
           "<p>Built with Qt %2. Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::documentReplaced(PlanDocument *doc)
{
    // Pages and the score panel hold models of the old document: rebuild
    // them for the new one.
    delete m_scorePanel;
    m_scorePanel = nullptr;

    m_recovery->setDocument(doc);
    m_workspace->setDocument(doc);
    m_workspace->showEditor();
    m_undoGroup->addStack(doc->undoStack());
    m_undoGroup->setActiveStack(doc->undoStack());
    connect(doc, &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc, &PlanDocument::fileNameChanged, this, &MainWindow::updateTitle);
    m_status->setDocument(doc);
    connect(doc, &PlanDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.field == PlanField::Title)
            updateTitle();
    });
    // A window not yet shown builds its views when it is (a document set
    // before that, such as the blank plan of the constructor, costs nothing).
    m_pages->setDocument(doc, isVisible());
    if (isVisible())
        scorePanel();
    updateTitle();
}

PlanDocument *MainWindow::document() const
{
    return m_files->document();
}

void MainWindow::ensureViews(Page current)
{
    scorePanel();
    m_pages->show(current);   // behind the start page, if it is shown
}

ScorePanel *MainWindow::scorePanel()
{
    if (!m_scorePanel) {
        m_scorePanel = new ScorePanel(document());
        m_scoreHolder->layout()->addWidget(m_scorePanel);
        connect(m_scorePanel, &ScorePanel::findingActivated, this, &MainWindow::showReference);
        connect(m_scorePanel, &ScorePanel::assumptionsRequested, this, [this](const QString &code, const QString &text) {
            showPage(Assumptions);
            qobject_cast<AssumptionsPage *>(page(Assumptions))->showBehind(code, text);
        });
    }
    return m_scorePanel;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    ensureViews(currentPage());
}

void MainWindow::updateTitle()
{
    const PlanDocument *doc = document();
    const QString title = QString::fromStdString(doc->plan().title);
    const QString name = doc->fileName().isEmpty() ? tr("not saved") : QFileInfo(doc->fileName()).fileName();
    const QString state = doc->isReadOnly() ? tr(", read-only") : QString();
    setWindowTitle(tr("%1 (%2%3)[*] - MixPlanner").arg(title.isEmpty() ? tr("Untitled plan") : title, name, state));
    setWindowModified(doc->isModified());
}

QWidget *MainWindow::page(Page which)
{
    return m_pages->page(which);
}

TablePage *MainWindow::tablePage(Page which)
{
    return qobject_cast<TablePage *>(page(which));
}

MainWindow::Page MainWindow::currentPage() const { return static_cast<Page>(m_pages->current()); }
void MainWindow::showPage(Page which)
{
    m_workspace->showEditor();
    m_pages->show(which);
}

void MainWindow::showStartPage() { m_workspace->showStartPage(m_recentMenu->files()); }
bool MainWindow::showingStartPage() const { return m_workspace->showingStartPage(); }
QStringList MainWindow::recentFiles() const { return m_recentMenu->files(); }

void MainWindow::showReference(const core::FindingRef &ref)
{
    m_workspace->showEditor();
    m_pages->showReference(ref);
}

bool MainWindow::openFile(const QString &fileName) { return m_files->openFile(fileName); }
void MainWindow::openSample() { m_files->openSample(); }
void MainWindow::newFromTemplate(const QString &resourceName) { m_files->newFromTemplate(resourceName); }
bool MainWindow::save() { return m_files->save(); }
bool MainWindow::saveAs() { return m_files->saveAs(); }
bool MainWindow::maybeSave() { return m_files->maybeSave(); }
void MainWindow::autosave() { m_recovery->writeNow(); }

void MainWindow::offerRecovery()
{
    m_recovery->offer(this, [this] { return m_files->maybeSave(); },
                      [this](std::unique_ptr<PlanDocument> restored) { m_files->replace(std::move(restored)); });
}

bool MainWindow::exportSummary()
{
    const QString done = planactions::exportSummary(this, *document());
    if (!done.isEmpty())
        statusBar()->showMessage(done, 4000);
    return !done.isEmpty();
}

void MainWindow::printSummary()
{
    planactions::printSummary(this, *document());
}

void MainWindow::importActivities()
{
    QString status;
    if (planactions::importActivities(this, *document(), &status, m_dialogHook) > 0) {
        statusBar()->showMessage(status, 5000);
        showPage(ActivitiesPage);
    }
}

void MainWindow::comparePlans()
{
    planactions::comparePlans(this, *document(), m_compareHook);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery->drop();
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Coming back to the window is when an outside change is told.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_files->checkDiskChange();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return;
    event->acceptProposedAction();
    if (m_files->maybeSave())
        openFile(urls.front().toLocalFile());
}

} // namespace mixplanner::ui
