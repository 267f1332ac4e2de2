#include "ui/pages/workspace.h"

#include "ui/document/documentmanager.h"
#include "ui/document/plandocument.h"
#include "ui/pages/startpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mixplanner::ui {

Workspace::Workspace(QWidget *editor, DocumentManager *files, QWidget *parent)
    : QStackedWidget(parent)
    , m_start(new StartPage)
    , m_sampleNote(new QLabel)
{
    m_sampleNote->setObjectName(QStringLiteral("sampleNote"));
    m_sampleNote->setWordWrap(true);
    m_sampleNote->setText(tr("This is the sample plan: a made-up campaign to look around in. Change anything; "
                             "File > Save As keeps it as a plan of your own, File > New starts yours."));
    m_sampleNote->setAccessibleName(tr("About the sample plan"));
    m_sampleNote->setContentsMargins(8, 4, 8, 4);
    m_sampleNote->setAutoFillBackground(true);
    m_sampleNote->setBackgroundRole(QPalette::ToolTipBase);
    m_sampleNote->setForegroundRole(QPalette::ToolTipText);
    m_sampleNote->hide();

    auto *editorArea = new QWidget;
    auto *layout = new QVBoxLayout(editorArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sampleNote);
    layout->addWidget(editor, 1);
    addWidget(m_start);
    addWidget(editorArea);
    setCurrentIndex(1);

    connect(m_start, &StartPage::templateChosen, files, [files](const QString &resource) {
        if (files->maybeSave())
            files->newFromTemplate(resource);
    });
    connect(m_start, &StartPage::openChosen, files, &DocumentManager::open);
    connect(m_start, &StartPage::recentChosen, files, [files](const QString &file) {
        if (files->maybeSave())
            files->openFile(file);
    });
    connect(m_start, &StartPage::sampleChosen, files, [files] {
        if (files->maybeSave())
            files->openSample();
    });
}

void Workspace::showStartPage(const QStringList &recentFiles)
{
    m_start->refresh(recentFiles);
    setCurrentIndex(0);
    m_start->setFocus();
}

void Workspace::showEditor()
{
    setCurrentIndex(1);
}

void Workspace::setDocument(PlanDocument *document)
{
    m_document = document;
    connect(document, &PlanDocument::fileNameChanged, this, &Workspace::updateSampleNote);
    updateSampleNote();
}

void Workspace::updateSampleNote()
{
    m_sampleNote->setVisible(m_document && m_document->isSample());
}

} // namespace mixplanner::ui
