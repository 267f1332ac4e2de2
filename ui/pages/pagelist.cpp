#include "ui/pages/pagelist.h"

#include "ui/document/planactions.h"
#include "ui/models/activitiesmodel.h"
#include "ui/models/channelsmodel.h"
#include "ui/models/clustersmodel.h"
#include "ui/models/phasesmodel.h"
#include "ui/pages/assumptionspage.h"
#include "ui/pages/brandpurposepage.h"
#include "ui/pages/messagebar.h"
#include "ui/pages/overviewpage.h"
#include "ui/pages/projectionpage.h"
#include "ui/pages/tablepage.h"
#include "ui/pages/timelinepage.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QScrollArea>

#include <array>

namespace mixplanner::ui {

namespace {

struct Pages {
    Q_DECLARE_TR_FUNCTIONS(Pages)
};

QWidget *scrollable(QWidget *page)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

const std::array<PageEntry, 9> kPages = {{
    {QT_TRANSLATE_NOOP("Pages", "Overview"), QT_TRANSLATE_NOOP("Pages", "&Overview"),
     [](PlanDocument *doc) -> QWidget * { return scrollable(new OverviewPage(doc)); }},
    {QT_TRANSLATE_NOOP("Pages", "Brand & purpose"), QT_TRANSLATE_NOOP("Pages", "&Brand && purpose"),
     [](PlanDocument *doc) -> QWidget * { return scrollable(new BrandPurposePage(doc)); }},
    {QT_TRANSLATE_NOOP("Pages", "Channels"), QT_TRANSLATE_NOOP("Pages", "&Channels"),
     [](PlanDocument *doc) -> QWidget * {
         return new TablePage(new ChannelsModel(doc), Pages::tr("Channels"),
                              Pages::tr("The accounts and outlets the plan uses. Social-graph platforms (Facebook, "
                                 "LINE, LinkedIn) suit account-driven work; interest-graph ones (Instagram, "
                                 "X, TikTok, YouTube) carry content to people by interest."));
     }},
    {QT_TRANSLATE_NOOP("Pages", "Clusters"), QT_TRANSLATE_NOOP("Pages", "C&lusters"),
     [](PlanDocument *doc) -> QWidget * {
         return new TablePage(new ClustersModel(doc), Pages::tr("Interest clusters"),
                              Pages::tr("Groups of people who share an interest, and the tags and keywords they "
                                 "follow. Content-driven work finds them through these."));
     }},
    {QT_TRANSLATE_NOOP("Pages", "Phases"), QT_TRANSLATE_NOOP("Pages", "&Phases"),
     [](PlanDocument *doc) -> QWidget * {
         return new TablePage(new PhasesModel(doc), Pages::tr("Phases"),
                              Pages::tr("The plan's stages in time. The follower milestone is the following you "
                                 "expect when a phase starts: as it grows, the recommended mix moves toward "
                                 "the account."));
     }},
    {QT_TRANSLATE_NOOP("Pages", "Activities"), QT_TRANSLATE_NOOP("Pages", "&Activities"),
     [](PlanDocument *doc) -> QWidget * {
         auto *page = new TablePage(new ActivitiesModel(doc), Pages::tr("Activities"),
                              Pages::tr("The work of the plan. The account share says how much of an activity "
                                 "reaches people through the account and its followers rather than through "
                                 "the content itself."));
         // Copied as the CSV export's columns, so rows paste back here or
         // into a spreadsheet as numbers.
         page->setCopier([doc](const QList<int> &rows) { return planactions::activitiesAsText(*doc, rows); });
         // Narrowed by the columns a marketer reviews the plan by.
         const PlanTableModel *model = page->model();
         page->addFilterBar({model->columnOf(PlanField::ActivityPhases), model->columnOf(PlanField::ActivityChannel),
                             model->columnOf(PlanField::ActivityType)});
         page->addPaste([doc, page] {
             QString status;
             if (planactions::pasteActivities(page, *doc, QGuiApplication::clipboard()->text(), &status) > 0)
                 page->messageBar()->showMessage(status);
         });
         return page;
     }},
    {QT_TRANSLATE_NOOP("Pages", "Timeline"), QT_TRANSLATE_NOOP("Pages", "&Timeline"),
     [](PlanDocument *doc) -> QWidget * { return new TimelinePage(doc); }},
    {QT_TRANSLATE_NOOP("Pages", "Projection"), QT_TRANSLATE_NOOP("Pages", "P&rojection and suggestion"),
     [](PlanDocument *doc) -> QWidget * { return new ProjectionPage(doc); }},
    {QT_TRANSLATE_NOOP("Pages", "Assumptions"), QT_TRANSLATE_NOOP("Pages", "A&ssumptions"),
     [](PlanDocument *) -> QWidget * { return new AssumptionsPage; }},
}};

} // namespace

std::size_t pageCount()
{
    return kPages.size();
}

std::size_t pageOf(core::RefKind kind)
{
    // Indices into kPages.
    switch (kind) {
    case core::RefKind::Channel: return 2;
    case core::RefKind::Cluster: return 3;
    case core::RefKind::Phase: return 4;
    case core::RefKind::Activity: return 5;
    case core::RefKind::Plan: break;
    }
    return 1;
}

const PageEntry &pageEntry(std::size_t index)
{
    return kPages.at(index);
}

QString pageOutlineName(std::size_t index)
{
    return Pages::tr(kPages.at(index).outlineName);
}

QString pageMenuName(std::size_t index)
{
    return Pages::tr(kPages.at(index).menuName);
}

} // namespace mixplanner::ui
