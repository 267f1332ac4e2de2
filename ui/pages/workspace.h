#pragma once

#include <QStackedWidget>

class QLabel;

namespace mixplanner::ui {

class DocumentManager;
class PlanDocument;
class StartPage;

// The window's middle: the start page, or the editor (the outline, pages
// and score) under a line that says when the open plan is the sample. The
// start page's choices go to `files`, after it has asked about unsaved work.
class Workspace : public QStackedWidget
{
    Q_OBJECT

public:
    Workspace(QWidget *editor, DocumentManager *files, QWidget *parent = nullptr);

    StartPage *startPage() const { return m_start; }
    bool showingStartPage() const { return currentIndex() == 0; }
    void showStartPage(const QStringList &recentFiles);
    void showEditor();
    // Follows the open plan: the sample line shows while it is the sample.
    void setDocument(PlanDocument *document);

private:
    void updateSampleNote();

    StartPage *m_start;
    QLabel *m_sampleNote;
    PlanDocument *m_document = nullptr;
};

} // namespace mixplanner::ui
