#include "ui/widgets/scorepanel.h"

#include "core/scoring/findingparameters.h"
#include "ui/document/plandocument.h"
#include "ui/text/displayformat.h"
#include "ui/text/uilanguage.h"
#include "ui/widgets/chartpanel.h"
#include "ui/widgets/mixchart.h"
#include "ui/widgets/whatifchart.h"
#include "ui/widgets/heading.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QGuiApplication>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mixplanner::ui {

namespace {
// The reference a finding leads to when activated: its kind and id.
constexpr int kRefKindRole = Qt::UserRole + 1;
constexpr int kRefIdRole = Qt::UserRole + 2;
}

QString componentTitle(const std::string &id)
{
    if (id == "mixFit") return ScorePanel::tr("Mix fit");
    if (id == "trajectory") return ScorePanel::tr("Trajectory");
    if (id == "channelFit") return ScorePanel::tr("Channel fit");
    if (id == "contentReadiness") return ScorePanel::tr("Content readiness");
    if (id == "accountReadiness") return ScorePanel::tr("Account readiness");
    return QString::fromStdString(id);
}

ScorePanel::ScorePanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_total(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_chart(new MixChart(this))
    , m_findings(new QListWidget(this))
    , m_suggestion(new QLabel(this))
{
    m_total->setObjectName(QStringLiteral("scoreTotal"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setAccessibleName(tr("Score"));
    m_verdict->setWordWrap(true);

    auto *header = new QGridLayout;
    header->addWidget(m_total, 0, 0, 2, 1);
    header->addWidget(makeCaption(tr("Score of 100"), this), 0, 1);
    header->addWidget(m_verdict, 1, 1);
    header->setColumnStretch(1, 1);

    // The number stands beside its bar, in the palette's text colour: drawn
    // on the bar, part of it fell on the fill and part on the groove, and in
    // some styles and palettes one half was white on white.
    auto *components = new QGridLayout;
    for (int i = 0; i < 5; ++i) {
        auto *label = new QLabel(this);
        auto *bar = new QProgressBar(this);
        auto *value = new QLabel(this);
        bar->setRange(0, 100);
        bar->setTextVisible(false);
        bar->setMaximumHeight(label->sizeHint().height());
        value->setObjectName(QStringLiteral("componentScore"));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("100.0")) + 4);
        label->setBuddy(bar);
        components->addWidget(label, i, 0);
        components->addWidget(bar, i, 1);
        components->addWidget(value, i, 2);
        m_components.append({label, bar, value});
    }

    m_findings->setObjectName(QStringLiteral("findingsView"));
    m_findings->setWordWrap(true);
    m_findings->setUniformItemSizes(false);
    m_findings->setResizeMode(QListView::Adjust);
    // Word-wrapped items are measured one by one; in batches the first
    // screenful shows at once and the rest is laid out while the app idles
    // (a large plan has dozens of findings).
    m_findings->setLayoutMode(QListView::Batched);
    m_findings->setBatchSize(8);
    m_findings->setSpacing(2);
    m_findings->setAlternatingRowColors(true);
    m_findings->setAccessibleName(tr("Findings"));
    m_suggestion->setWordWrap(true);
    m_suggestion->setObjectName(QStringLiteral("findingSuggestion"));
    m_suggestion->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *findingsBox = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(makeCaption(tr("Findings (click one to go to it)"), findingsBox));
    findingsLayout->addWidget(m_findings, 1);
    findingsLayout->addWidget(m_suggestion);
    m_assumptions = new QPushButton(tr("Assu&mptions behind this finding"), findingsBox);
    m_assumptions->setObjectName(QStringLiteral("assumptionsBehind"));
    m_assumptions->setEnabled(false);
    findingsLayout->addWidget(m_assumptions, 0, Qt::AlignLeft);
    connect(m_assumptions, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_findings->currentItem())
            Q_EMIT assumptionsRequested(item->data(Qt::AccessibleDescriptionRole).toString(), item->text());
    });

    auto *charts = new QTabWidget(this);
    charts->setObjectName(QStringLiteral("scoreCharts"));
    m_mixPanel = new ChartPanel(m_chart, [this] { return m_chart->numbers(); }, charts);
    charts->addTab(m_mixPanel, tr("Mix per phase"));
    // The what-if chart is made when its tab is first opened: most sessions
    // never open it, and a chart costs start-up time.
    auto *whatIfHolder = new QWidget(charts);
    new QVBoxLayout(whatIfHolder);
    whatIfHolder->layout()->setContentsMargins(0, 0, 0, 0);
    const int whatIfTab = charts->addTab(whatIfHolder, tr("What if"));
    connect(charts, &QTabWidget::currentChanged, this, [this, whatIfHolder, whatIfTab](int index) {
        if (index != whatIfTab || !whatIfHolder->layout()->isEmpty())
            return;
        auto *whatIf = new WhatIfChart(m_document, whatIfHolder);
        auto *panel = new ChartPanel(whatIf, [whatIf] { return whatIf->numbers(); }, whatIfHolder);
        connect(whatIf, &WhatIfChart::updated, panel, &ChartPanel::refresh);
        whatIfHolder->layout()->addWidget(panel);
    });
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(findingsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(components);
    layout->addWidget(splitter, 1);

    // One press goes to what a finding is about. On the press, not the click:
    // a click needs its release on the same item, and the first click into
    // the window (or one during a relayout, as the advice below appears) can
    // lose it, which made people click twice.
    connect(m_findings, &QListWidget::itemPressed, this, [this](QListWidgetItem *item) {
        if (QGuiApplication::mouseButtons() & Qt::LeftButton)
            onFindingActivated(item);
    });
    connect(m_findings, &QListWidget::itemActivated, this, &ScorePanel::onFindingActivated);
    connect(m_findings, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_suggestion->setText(item ? tr("<b>What to do:</b> %1").arg(item->toolTip().toHtmlEscaped()) : QString());
        // Only findings that rest on the model's numbers have assumptions to show.
        m_assumptions->setEnabled(
            item && !core::parametersBehind(item->data(Qt::AccessibleDescriptionRole).toString().toStdString()).empty());
    });
    connect(document, &PlanDocument::scoreChanged, this, &ScorePanel::refresh);
    refresh();
}

void ScorePanel::refresh()
{
    const core::ScoreReport &score = m_document->score();
    m_total->setText(formatScore(score.total));
    if (score.total >= 80)
        m_verdict->setText(tr("Well balanced for this brand and purpose."));
    else if (score.total >= 60)
        m_verdict->setText(tr("Workable; the findings below say what would improve it."));
    else
        m_verdict->setText(tr("The mix does not suit this brand or purpose yet; start with the largest finding."));
    if (score.total < score.rawTotal)
        m_verdict->setText(m_verdict->text() + QLatin1Char(' ')
                           + tr("Capped at %1 because social media serves this purpose only in part.")
                                 .arg(formatScore(score.suitabilityCap)));

    for (int i = 0; i < m_components.size() && i < static_cast<int>(score.components.size()); ++i) {
        const core::ComponentScore &component = score.components[static_cast<std::size_t>(i)];
        ComponentRow &row = m_components[i];
        row.title->setText(tr("%1 (%2)").arg(componentTitle(component.id), formatShare(component.weight)));
        row.bar->setValue(qRound(component.score));
        row.bar->setAccessibleName(componentTitle(component.id));
        row.bar->setAccessibleDescription(formatScore(component.score));
        row.score->setText(formatScore(component.score));
    }
    m_chart->setReport(score);
    m_mixPanel->refresh();

    // The finding chosen stays chosen when the score changes (an edit, Undo,
    // Apply) if it is still there: found by its code and what it is about,
    // never by its row, which now holds another finding.
    const QListWidgetItem *chosen = m_findings->currentItem();
    const QString chosenKey = chosen ? findingKey(*chosen) : QString();
    m_findings->clear();
    for (const core::Finding &finding : score.findings) {
        const QString severity = finding.severity == core::Severity::Error ? tr("Problem")
                                 : finding.severity == core::Severity::Warning ? tr("Warning")
                                                                               : tr("Note");
        auto *item = new QListWidgetItem(tr("\u2212%1 points \u2014 %2: %3")
                                             .arg(QLocale().toString(finding.points, 'f', 1), severity,
                                                  QString::fromStdString(uiLanguage().render(finding.message))),
                                         m_findings);
        item->setToolTip(QString::fromStdString(uiLanguage().render(finding.suggestion)));
        item->setData(Qt::AccessibleDescriptionRole, QString::fromStdString(finding.code));
        // Activating a finding shows what it is first about (an activity
        // before its channel); only that reference is kept, as a folded
        // finding on a large plan names tens of thousands.
        const auto about = std::find_if(finding.refs.begin(), finding.refs.end(), [](const core::FindingRef &ref) {
            return ref.kind != core::RefKind::Plan;
        });
        if (about != finding.refs.end()) {
            item->setData(kRefKindRole, static_cast<int>(about->kind));
            item->setData(kRefIdRole, QString::fromStdString(about->id));
        }
    }
    QListWidgetItem *same = nullptr;
    for (int row = 0; row < m_findings->count() && !chosenKey.isEmpty() && !same; ++row)
        if (findingKey(*m_findings->item(row)) == chosenKey)
            same = m_findings->item(row);
    if (same) {
        m_findings->setCurrentItem(same);
    } else {
        m_findings->setCurrentRow(-1);
        m_suggestion->clear();
    }
}

QString ScorePanel::findingKey(const QListWidgetItem &item)
{
    return item.data(Qt::AccessibleDescriptionRole).toString() + QLatin1Char('|')
           + item.data(kRefKindRole).toString() + QLatin1Char('|') + item.data(kRefIdRole).toString();
}

void ScorePanel::onFindingActivated(QListWidgetItem *item)
{
    if (!item)
        return;
    const QVariant kind = item->data(kRefKindRole);
    if (kind.isValid()) {
        Q_EMIT findingActivated(core::FindingRef{static_cast<core::RefKind>(kind.toInt()),
                                                 item->data(kRefIdRole).toString().toStdString()});
        return;
    }
    Q_EMIT findingActivated(core::FindingRef{core::RefKind::Plan, ""});
}

} // namespace mixplanner::ui
