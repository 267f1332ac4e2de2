#include "ui/mainwindow.h"

#include "core/importing/csvtable.h"
#include "core/io/planfile.h"
#include "core/io/planjson.h"
#include "core/report/planreport.h"
#include "core/resources/embeddedresource.h"
#include "ui/dialogs/comparedialog.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/guidedialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/document/plandocument.h"
#include "ui/document/recoverystore.h"
#include "ui/export/reportexporter.h"
#include "render/reportprinter.h"
#include "ui/models/activitiesmodel.h"
#include "ui/models/channelsmodel.h"
#include "ui/models/clustersmodel.h"
#include "ui/models/phasesmodel.h"
#include "ui/pages/brandpurposepage.h"
#include "ui/pages/overviewpage.h"
#include "ui/pages/projectionpage.h"
#include "ui/pages/tablepage.h"
#include "ui/text/displayformat.h"
#include "ui/text/uilanguage.h"
#include "ui/widgets/scorepanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLockFile>
#include <QMenuBar>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QFile>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUuid>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mixplanner::ui {

namespace {

constexpr int kMaxRecentFiles = 8;
const char *const kRecentFilesKey = "recentFiles";
const char *const kGeometryKey = "mainWindow/geometry";
const char *const kStateKey = "mainWindow/state";
const char *const kSplitterKey = "mainWindow/splitter";

QString planFilter()
{
    return MainWindow::tr("MixPlanner plans (*.mixplan);;JSON files (*.json);;All files (*)");
}

core::Plan blankPlan(const QString &title)
{
    core::Plan plan;
    plan.title = title.toStdString();
    plan.purpose.primary = "awareness";
    plan.hourlyRate = 5000;
    return plan;
}

QWidget *scrollable(QWidget *page)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_outline = new QListWidget;
    m_outline->setObjectName(QStringLiteral("outline"));
    m_outline->setAccessibleName(tr("Plan outline"));
    for (const QString &name : {tr("Overview"), tr("Brand & purpose"), tr("Channels"), tr("Clusters"),
                                tr("Phases"), tr("Activities"), tr("Projection")})
        m_outline->addItem(name);
    m_outline->setMaximumWidth(220);
    m_outline->setMinimumWidth(120);
    m_pages = new QStackedWidget;
    m_scoreHolder = new QWidget;
    auto *scoreLayout = new QVBoxLayout(m_scoreHolder);
    scoreLayout->setContentsMargins(0, 0, 0, 0);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_outline);
    m_splitter->addWidget(m_pages);
    m_splitter->addWidget(m_scoreHolder);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({150, 820, 470});
    setCentralWidget(m_splitter);
    connect(m_outline, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(static_cast<Page>(row));
    });

    m_costLabel = new QLabel;
    m_shareLabel = new QLabel;
    m_scoreLabel = new QLabel;
    m_recoveryProblem = new QLabel(this);
    m_recoveryProblem->setObjectName(QStringLiteral("recoveryProblem"));
    m_recoveryProblem->setAccessibleName(tr("Recovery copy problem"));
    m_recoveryProblem->hide();
    statusBar()->addPermanentWidget(m_recoveryProblem);
    statusBar()->addPermanentWidget(m_costLabel);
    statusBar()->addPermanentWidget(m_shareLabel);
    statusBar()->addPermanentWidget(m_scoreLabel);

    createActions();
    setDocument(std::make_unique<PlanDocument>(blankPlan(tr("Untitled plan"))));

    // Autosave: a recovery copy while there are unsaved changes. The interval
    // is a preference (seconds, 0 turns it off).
    m_autosave = new QTimer(this);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    applyAutosaveInterval();

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
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = fileMenu->addMenu(tr("&New"));
    QAction *blank = newMenu->addAction(tr("&Blank plan"), this, [this] {
        if (maybeSave())
            newFromTemplate(QString());
    });
    blank->setShortcut(QKeySequence::New);
    newMenu->addSeparator();
    // The translation names the file ending of templates written in the
    // app's language ("weak-brand-launch.ja.mixplan"); English ones otherwise.
    const std::string localEnding =
        tr(".mixplan", "file ending of the templates written in this language").toStdString();
    for (std::string name : core::embeddedResourceNames("templates/")) {
        const std::string stem = name.substr(0, name.rfind('.'));
        if (stem.find('.', std::string("templates/").size()) != std::string::npos)
            continue;   // a template in a language, offered in place of its English one
        if (const std::string local = stem + localEnding; core::embeddedResource(local))
            name = local;
        const auto read = core::readPlan(*core::embeddedResource(name));
        if (!read.plan)
            continue;
        const QString resource = QString::fromStdString(name);
        newMenu->addAction(QString::fromStdString(read.plan->title), this, [this, resource] {
            if (maybeSave())
                newFromTemplate(resource);
        });
    }
    newMenu->addAction(tr("The &sample plan"), this, [this] {
        if (maybeSave())
            openSample();
    });

    QAction *openAction = fileMenu->addAction(tr("&Open..."), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    fileMenu->addSeparator();
    QAction *saveAction = fileMenu->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = fileMenu->addAction(tr("Save &As..."), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Import Activities from CSV..."), this, &MainWindow::importActivities);
    fileMenu->addAction(tr("Co&mpare Plans..."), this, &MainWindow::comparePlans);
    QAction *exportAction = fileMenu->addAction(tr("&Export Summary..."), this, &MainWindow::exportSummary);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *printAction = fileMenu->addAction(tr("&Print Summary..."), this, &MainWindow::printSummary);
    printAction->setShortcut(QKeySequence::Print);
    fileMenu->addSeparator();
    QAction *closeAction = fileMenu->addAction(tr("&Close"), this, &MainWindow::closePlan);
    closeAction->setShortcut(QKeySequence::Close);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_preferencesAction = new QAction(tr("&Preferences..."), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QStringList pages = {tr("&Overview"), tr("&Brand && purpose"), tr("&Channels"), tr("C&lusters"),
                               tr("&Phases"), tr("&Activities"), tr("P&rojection and suggestion")};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *action = viewMenu->addAction(pages[i], this, [this, i] { showPage(static_cast<Page>(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *guideAction = helpMenu->addAction(tr("MixPlanner &Guide"), this, &MainWindow::showGuide);
    guideAction->setShortcut(QKeySequence::HelpContents);
    helpMenu->addSeparator();
    QAction *aboutAction = helpMenu->addAction(tr("&About MixPlanner"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (m_dialogHook)
        m_dialogHook(&dialog);
    else
        dialog.exec();
    applyAutosaveInterval();
}

void MainWindow::applyAutosaveInterval()
{
    const int seconds = autosaveInterval();
    if (seconds > 0)
        m_autosave->start(seconds * 1000);
    else
        m_autosave->stop();
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

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document)
{
    // The plan being replaced was saved or its changes were given up.
    dropRecoveryCopy();
    // Pages hold models of the old document: rebuild them for the new one.
    const int page = m_outline->currentRow() < 0 ? 0 : m_outline->currentRow();
    while (m_pages->count() > 0) {
        QWidget *widget = m_pages->widget(0);
        m_pages->removeWidget(widget);
        delete widget;
    }
    delete m_scorePanel;
    m_scorePanel = nullptr;
    if (m_undoAction) {
        m_editMenu->removeAction(m_undoAction);
        m_editMenu->removeAction(m_redoAction);
        delete m_undoAction;
        delete m_redoAction;
    }

    m_document = std::move(document);
    PlanDocument *doc = m_document.get();
    // Pages are built when first shown: opening a plan builds one page, not
    // seven (start-up time, and large plans).
    for (int i = OverviewPage; i <= ProjectionView; ++i)
        m_pages->addWidget(new QWidget);
    m_builtPages.fill(false);

    m_undoAction = doc->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = doc->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    // Undo and Redo come first, above the separator and Preferences.
    m_editMenu->insertActions(m_editMenu->actions().value(0), {m_undoAction, m_redoAction});

    connect(doc, &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc, &PlanDocument::modifiedChanged, this, [this](bool modified) {
        // A clean save makes the recovery copy useless.
        if (!modified)
            dropRecoveryCopy();
    });
    connect(doc, &PlanDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(doc, &PlanDocument::scoreChanged, this, &MainWindow::updateStatus);
    connect(doc, &PlanDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.field == PlanField::Title)
            updateTitle();
    });
    // A window not yet shown builds its views when it is (a document set
    // before that, such as the blank plan of the constructor, costs nothing).
    if (isVisible()) {
        ensureViews(static_cast<Page>(page));
    } else {
        const QSignalBlocker blocker(m_outline);
        m_outline->setCurrentRow(page);
        m_pages->setCurrentIndex(page);
    }
    updateTitle();
    updateStatus();
}

void MainWindow::ensureViews(Page current)
{
    scorePanel();
    showPage(current);
}

ScorePanel *MainWindow::scorePanel()
{
    if (!m_scorePanel) {
        m_scorePanel = new ScorePanel(m_document.get());
        m_scoreHolder->layout()->addWidget(m_scorePanel);
        connect(m_scorePanel, &ScorePanel::findingActivated, this, &MainWindow::showReference);
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
    const QString title = QString::fromStdString(m_document->plan().title);
    const QString name = m_document->fileName().isEmpty() ? tr("not saved") : QFileInfo(m_document->fileName()).fileName();
    const QString state = m_document->isReadOnly() ? tr(", read-only") : QString();
    setWindowTitle(tr("%1 (%2%3)[*] - MixPlanner").arg(title.isEmpty() ? tr("Untitled plan") : title, name, state));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const core::ScoreReport &score = m_document->score();
    m_costLabel->setText(tr("Cost %1").arg(formatMoney(score.totalCost, QString::fromStdString(m_document->plan().currency))));
    m_shareLabel->setText(score.overallPlanned ? tr("Account-driven %1").arg(formatShare(*score.overallPlanned))
                                               : tr("Account-driven -"));
    m_scoreLabel->setText(tr("Score %1").arg(formatScore(score.total)));
}

QWidget *MainWindow::createPage(Page page)
{
    PlanDocument *doc = m_document.get();
    switch (page) {
    case OverviewPage:
        return scrollable(new ui::OverviewPage(doc));
    case BrandPage:
        return scrollable(new BrandPurposePage(doc));
    case ChannelsPage:
        return new TablePage(new ChannelsModel(doc), tr("Channels"),
                             tr("The accounts and outlets the plan uses. Social-graph platforms (Facebook, "
                                "LINE, LinkedIn) suit account-driven work; interest-graph ones (Instagram, "
                                "X, TikTok, YouTube) carry content to people by interest."));
    case ClustersPage:
        return new TablePage(new ClustersModel(doc), tr("Interest clusters"),
                             tr("Groups of people who share an interest, and the tags and keywords they "
                                "follow. Content-driven work finds them through these."));
    case PhasesPage:
        return new TablePage(new PhasesModel(doc), tr("Phases"),
                             tr("The plan's stages in time. The follower milestone is the following you "
                                "expect when a phase starts: as it grows, the recommended mix moves toward "
                                "the account."));
    case ActivitiesPage:
        return new TablePage(new ActivitiesModel(doc), tr("Activities"),
                             tr("The work of the plan. The account share says how much of an activity "
                                "reaches people through the account and its followers rather than through "
                                "the content itself."));
    case ProjectionView:
        break;
    }
    return new ui::ProjectionPage(doc);
}

QWidget *MainWindow::page(Page which)
{
    const auto index = static_cast<std::size_t>(which);
    if (!m_builtPages[index]) {
        QWidget *placeholder = m_pages->widget(which);
        QWidget *built = createPage(which);
        const bool current = m_pages->currentWidget() == placeholder;
        m_pages->insertWidget(which, built);
        m_pages->removeWidget(placeholder);
        delete placeholder;
        if (current)
            m_pages->setCurrentWidget(built);
        m_builtPages[index] = true;
    }
    return m_pages->widget(which);
}

TablePage *MainWindow::tablePage(Page which)
{
    return qobject_cast<TablePage *>(page(which));
}

MainWindow::Page MainWindow::currentPage() const { return static_cast<Page>(m_pages->currentIndex()); }

void MainWindow::showPage(Page which)
{
    QWidget *shown = page(which);
    if (m_outline->currentRow() != which)
        m_outline->setCurrentRow(which);   // comes back here, with the page built
    m_pages->setCurrentWidget(shown);
}

void MainWindow::showReference(const core::FindingRef &ref)
{
    const QString id = QString::fromStdString(ref.id);
    Page page = BrandPage;
    switch (ref.kind) {
    case core::RefKind::Activity: page = ActivitiesPage; break;
    case core::RefKind::Phase: page = PhasesPage; break;
    case core::RefKind::Channel: page = ChannelsPage; break;
    case core::RefKind::Cluster: page = ClustersPage; break;
    case core::RefKind::Plan: break;
    }
    showPage(page);
    if (TablePage *table = tablePage(page)) {
        table->selectRow(table->model()->rowOfId(id));
        table->view()->setFocus();
    }
}

bool MainWindow::openFile(const QString &fileName)
{
    QStringList errors;
    std::unique_ptr<PlanDocument> document = PlanDocument::open(fileName, &errors);
    if (!document) {
        MessageBox::warning(this, tr("Cannot open plan"),
                            tr("%1 could not be opened. The plan you have open is unchanged.\n\n"
                               "Problems found (JSON pointer: what is wrong):")
                                .arg(QDir::toNativeSeparators(fileName)),
                            errors);
        return false;
    }
    setDocument(std::move(document));
    addRecentFile(m_document->fileName());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(fileName)), 4000);
    return true;
}

void MainWindow::openSample()
{
    // Each language may bring the sample written in it; the translation file
    // names the resource.
    auto text = core::embeddedResource(
        tr("samples/spring-launch.mixplan", "the sample plan written in this language").toStdString());
    if (!text)
        text = core::embeddedResource("samples/spring-launch.mixplan");
    const auto read = core::readPlan(*text);
    setDocument(std::make_unique<PlanDocument>(read.plan.value_or(blankPlan(tr("Untitled plan")))));
}

void MainWindow::newFromTemplate(const QString &resourceName)
{
    core::Plan plan = blankPlan(tr("Untitled plan"));
    if (!resourceName.isEmpty()) {
        if (const auto text = core::embeddedResource(resourceName.toStdString())) {
            if (auto read = core::readPlan(*text); read.plan)
                plan = std::move(*read.plan);
        }
    }
    setDocument(std::make_unique<PlanDocument>(std::move(plan)));
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString directory = m_document->fileName().isEmpty() ? QDir::homePath()
                                                               : QFileInfo(m_document->fileName()).absolutePath();
    const QString fileName = FileDialog::getOpenFileName(this, tr("Open plan"), directory, planFilter());
    if (!fileName.isEmpty())
        openFile(fileName);
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    if (m_document->isReadOnly()) {
        MessageBox::information(this, tr("Read-only plan"),
                                tr("%1 is read-only, so MixPlanner will not write over it. Choose another name.")
                                    .arg(QDir::toNativeSeparators(m_document->fileName())));
        return saveAs();
    }
    if (m_document->changedOnDisk()) {
        const auto answer = MessageBox::question(
            this, tr("File changed on disk"),
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
        MessageBox::warning(this, tr("Cannot save plan"), error);
        return false;
    }
    reportSaved(warning);
    return true;
}

void MainWindow::reportSaved(const QString &warning)
{
    if (warning.isEmpty())
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->fileName())), 4000);
    else
        MessageBox::warning(this, tr("Saved without a backup"), warning);
}

bool MainWindow::saveAs()
{
    QString proposed = m_document->fileName();
    if (proposed.isEmpty()) {
        QString base = QString::fromStdString(m_document->plan().title).trimmed();
        base.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
        proposed = QDir::home().filePath((base.isEmpty() ? tr("plan") : base) + QStringLiteral(".mixplan"));
    }
    QString fileName = FileDialog::getSaveFileName(this, tr("Save plan as"), proposed, planFilter());
    if (fileName.isEmpty())
        return false;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".mixplan");
    QString error;
    QString warning;
    if (!m_document->save(fileName, &error, &warning)) {
        MessageBox::warning(this, tr("Cannot save plan"), error);
        return false;
    }
    reportSaved(warning);
    addRecentFile(m_document->fileName());
    return true;
}

bool MainWindow::exportSummary()
{
    QString base = m_document->fileName().isEmpty() ? QDir::home().filePath(m_document->displayName())
                                                    : m_document->fileName();
    base = QFileInfo(base).path() + QLatin1Char('/') + QFileInfo(base).completeBaseName();
    QString fileName = FileDialog::getSaveFileName(this, tr("Export plan summary"), base + QStringLiteral(".pdf"),
                                                   exportFileFilters());
    if (fileName.isEmpty())
        return false;
    const auto format = reportFormatForFile(fileName);
    if (!format) {
        MessageBox::warning(this, tr("Cannot export"),
                            tr("Choose a file ending in .pdf, .html, .md, .csv or .json, so MixPlanner knows "
                               "which format to write."));
        return false;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportReport(m_document->plan(), m_document->score(), *format, fileName, &error,
                                 {m_document->fileName()});
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBox::warning(this, tr("Cannot export"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(fileName)), 4000);
    return true;
}

void MainWindow::importActivities()
{
    const QString directory = m_document->fileName().isEmpty() ? QDir::homePath()
                                                               : QFileInfo(m_document->fileName()).absolutePath();
    const QString fileName = FileDialog::getOpenFileName(this, tr("Import activities"), directory,
                                                         tr("Spreadsheets as CSV (*.csv *.txt);;All files (*)"));
    if (fileName.isEmpty())
        return;
    const QString shown = QDir::toNativeSeparators(fileName);
    QFile file(fileName);
    // 32 MB holds far more than the 100,000 rows the importer reads.
    constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBytes) {
        MessageBox::warning(this, tr("Cannot import"),
                            file.size() > kMaxBytes ? tr("%1 is larger than 32 MB.").arg(shown)
                                                    : tr("%1 cannot be read: %2").arg(shown, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    auto read = core::readCsv(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!read.ok()) {
        MessageBox::warning(this, tr("Cannot import"),
                            tr("%1, line %2: %3")
                                .arg(shown)
                                .arg(read.errorLine)
                                .arg(QString::fromStdString(uiLanguage().render(read.error))));
        return;
    }
    ImportDialog dialog(m_document->plan(), fileName, std::move(read.table), this);
    const int answer = m_dialogHook ? (m_dialogHook(&dialog), dialog.result()) : dialog.exec();
    if (answer != QDialog::Accepted)
        return;
    const int added = m_document->appendActivities(dialog.importResult().activities, QFileInfo(fileName).fileName());
    statusBar()->showMessage(tr("Imported %n activities from %1", nullptr, added).arg(shown), 5000);
    showPage(ActivitiesPage);
}

void MainWindow::comparePlans()
{
    const QString directory = m_document->fileName().isEmpty() ? QDir::homePath()
                                                               : QFileInfo(m_document->fileName()).absolutePath();
    const QStringList files = FileDialog::getOpenFileNames(this, tr("Compare with plans"), directory, planFilter());
    if (files.isEmpty())
        return;
    if (files.size() > 3) {
        MessageBox::warning(this, tr("Compare plans"), tr("Choose at most three plans to compare with the open one."));
        return;
    }
    std::vector<core::ComparedPlan> plans;
    plans.push_back(core::comparePlan(tr("%1 (open)").arg(m_document->displayName()).toStdString(), m_document->plan()));
    for (const QString &file : files) {
        QStringList errors;
        const auto other = PlanDocument::open(file, &errors);
        if (!other) {
            MessageBox::warning(this, tr("Cannot compare"),
                                tr("%1 could not be read. Problems found:").arg(QDir::toNativeSeparators(file)), errors);
            return;
        }
        plans.push_back(core::comparePlan(QFileInfo(file).fileName().toStdString(), other->plan()));
    }
    CompareDialog dialog(plans, files + QStringList{m_document->fileName()}, this);
    if (m_compareHook)
        m_compareHook(&dialog);
    else
        dialog.exec();
}

void MainWindow::printSummary()
{
    const render::ReportPrinter layout(planReportForExport(m_document->plan(), m_document->score()));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(render::ReportPrinter::defaultPageSize());
    printer.setDocName(QString::fromStdString(m_document->plan().title));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print plan summary"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&layout](QPrinter *target) { layout.print(target); });
    preview.exec();
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"),
        tr("'%1' has changes that are not saved. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closePlan()
{
    if (maybeSave())
        newFromTemplate(QString());
}

void MainWindow::autosave()
{
    if (!m_document || !m_document->isModified())
        return;
    const QString documentKey = m_document->recoveryKey();
    if (documentKey != m_recoveryDocumentKey) {
        // The first copy of this document, or it was saved under a new name.
        dropRecoveryCopy();
        m_recoveryDocumentKey = documentKey;
        m_recoveryKey = documentKey;
        m_recoveryClaim = RecoveryStore::claim(m_recoveryKey);
        if (!m_recoveryClaim) {
            // Another running MixPlanner has the same plan open and writes its
            // copy under this key: ours goes beside it, not over it.
            m_recoveryKey = documentKey + QLatin1Char('#') + QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_recoveryClaim = RecoveryStore::claim(m_recoveryKey);
        }
    }
    QString error;
    if (RecoveryStore::write(m_recoveryKey, m_document->fileName(), m_document->diskHash(), m_document->plan(),
                             &error)) {
        m_recoveryProblem->hide();
        return;
    }
    // Stays in the status bar until a copy is written again: the previous
    // copy (if any) is still whole, but newer edits are not protected.
    m_recoveryProblem->setText(tr("Recovery copy not written: %1").arg(error));
    m_recoveryProblem->setToolTip(m_recoveryProblem->text());
    m_recoveryProblem->show();
}

void MainWindow::dropRecoveryCopy()
{
    if (!m_recoveryKey.isEmpty())
        RecoveryStore::remove(m_recoveryKey);
    m_recoveryKey.clear();
    m_recoveryDocumentKey.clear();
    m_recoveryClaim.reset();
    if (m_recoveryProblem)
        m_recoveryProblem->hide();
}

void MainWindow::offerRecovery()
{
    for (const RecoveryStore::Entry &entry : RecoveryStore::pending()) {
        const QString name = entry.originalFile.isEmpty() ? tr("an unsaved plan")
                                                          : QDir::toNativeSeparators(entry.originalFile);
        const auto answer = MessageBox::question(
            this, tr("Recover unsaved changes?"),
            (entry.originalChangedSince
                 ? tr("MixPlanner found changes to %1 that were not saved (kept %2). The file was changed by "
                      "another program since; restoring shows your version, and saving it replaces theirs "
                      "(keeping it as a .bak). Restore them? Discard removes the recovery copy.")
                 : tr("MixPlanner found changes to %1 that were not saved (kept %2). Restore them? "
                      "Discard removes the recovery copy."))
                .arg(name, QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            RecoveryStore::discard(entry);
            continue;
        }
        QStringList errors;
        std::optional<core::Plan> plan = RecoveryStore::read(entry, &errors);
        if (!plan) {
            MessageBox::warning(this, tr("Cannot recover"), tr("The recovery copy could not be read:"), errors);
            continue;
        }
        if (!maybeSave())
            return;
        RecoveryStore::discard(entry);
        auto document = std::make_unique<PlanDocument>(std::move(*plan), entry.originalFile);
        document->markModified();
        setDocument(std::move(document));
        autosave();   // keep a recovery copy of the restored work right away
        return;   // one plan at a time; the others are offered at the next start
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    dropRecoveryCopy();
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::ActivationChange || !isActiveWindow() || !m_document
        || !m_document->changedOnDisk())
        return;
    // Tell once per outside change, when the user comes back to the window.
    const QFileInfo info(m_document->fileName());
    const QDateTime stamp = info.exists() ? info.lastModified() : QDateTime::fromMSecsSinceEpoch(0);
    if (stamp == m_diskChangeNoticed)
        return;
    m_diskChangeNoticed = stamp;
    if (!m_document->isModified() && info.exists()) {
        const auto answer = MessageBox::question(
            this, tr("File changed on disk"),
            tr("%1 was changed by another program. Reload it?").arg(QDir::toNativeSeparators(m_document->fileName())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            openFile(m_document->fileName());
    } else {
        MessageBox::information(this, tr("File changed on disk"),
                                tr("%1 was changed or removed by another program. Your changes are still open; "
                                   "when you save, MixPlanner will ask before writing over it.")
                                    .arg(QDir::toNativeSeparators(m_document->fileName())));
    }
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
    if (maybeSave())
        openFile(urls.front().toLocalFile());
}

void MainWindow::addRecentFile(const QString &fileName)
{
    QSettings settings;
    QStringList files = settings.value(QLatin1String(kRecentFilesKey)).toStringList();
    files.removeAll(fileName);
    files.prepend(fileName);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(QLatin1String(kRecentFilesKey), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QLatin1String(kRecentFilesKey)).toStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files[i];
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(file)));
        connect(action, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear list"), this, [this] {
            QSettings().remove(QLatin1String(kRecentFilesKey));
            updateRecentMenu();
        });
    }
}

} // namespace mixplanner::ui
