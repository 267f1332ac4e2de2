#include "ui/pages/startpage.h"

#include "core/edit/plantemplates.h"
#include "ui/text/translations.h"
#include "ui/widgets/heading.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace mixplanner::ui {

namespace {

constexpr auto kShowKey = "startPage/show";
constexpr int kResourceRole = Qt::UserRole;

} // namespace

bool StartPage::showAtStart()
{
    return QSettings().value(QLatin1String(kShowKey), true).toBool();
}

void StartPage::setShowAtStart(bool show)
{
    QSettings().setValue(QLatin1String(kShowKey), show);
}

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_templates(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_create(new QPushButton(tr("&Create plan"), this))
    , m_recent(new QListWidget(this))
    , m_openRecent(new QPushButton(tr("Open &recent plan"), this))
    , m_showAtStart(new QCheckBox(tr("&Show this page when MixPlanner starts"), this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *heading = makeHeading(tr("Start a plan"), this);
    auto *about = new QLabel(tr("Draft a campaign's phases and activities, and MixPlanner scores how they balance "
                                "account-driven and content-driven work for your brand and purpose."),
                             this);
    about->setWordWrap(true);

    auto *newCaption = new QLabel(tr("&New plan"), this);
    newCaption->setBuddy(m_templates);
    m_templates->setObjectName(QStringLiteral("templateList"));
    m_templates->setAccessibleName(tr("New plan from"));
    m_description->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_create->setDefault(true);

    auto *openCaption = new QLabel(tr("Recent p&lans"), this);
    openCaption->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setAccessibleName(tr("Recent plans"));
    auto *open = new QPushButton(tr("&Open a plan file..."), this);

    auto *sampleCaption = makeCaption(tr("The sample plan"), this);
    auto *sampleText = new QLabel(tr("A made-up coffee roaster's spring launch, there to look around in: every "
                                     "page filled in, with findings and a projection. Change anything; it is not "
                                     "saved unless you save it as a plan of your own."),
                                  this);
    sampleText->setWordWrap(true);
    auto *sample = new QPushButton(tr("E&xplore the sample plan"), this);
    sample->setObjectName(QStringLiteral("exploreSample"));

    m_showAtStart->setChecked(showAtStart());
    m_showAtStart->setToolTip(tr("When off, MixPlanner reopens the plan you had open last."));

    auto *grid = new QGridLayout;
    grid->addWidget(newCaption, 0, 0);
    grid->addWidget(m_templates, 1, 0);
    grid->addWidget(m_description, 2, 0);
    grid->addWidget(m_create, 3, 0, Qt::AlignLeft);
    grid->addWidget(openCaption, 0, 1);
    grid->addWidget(m_recent, 1, 1);
    auto *openButtons = new QHBoxLayout;
    openButtons->addWidget(m_openRecent);
    openButtons->addWidget(open);
    openButtons->addStretch();
    grid->addLayout(openButtons, 3, 1);
    for (QWidget *fixed : std::initializer_list<QWidget *>{newCaption, openCaption, m_description})
        fixed->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    // A column of reading width, not stretched over a wide window.
    auto *content = new QWidget(this);
    content->setMaximumWidth(1000);
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(content, 1);
    outer->addStretch(0);
    const int listHeight = m_templates->fontMetrics().lineSpacing() * 10;
    m_templates->setFixedHeight(listHeight);
    m_recent->setFixedHeight(listHeight);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(sampleCaption);
    layout->addWidget(sampleText);
    layout->addWidget(sample, 0, Qt::AlignLeft);
    layout->addSpacing(16);
    layout->addWidget(m_showAtStart);
    layout->addStretch();
    // Down the page: templates, create, recent, open, sample, the box.
    setTabOrder(m_templates, m_create);
    setTabOrder(m_create, m_recent);
    setTabOrder(m_recent, m_openRecent);
    setTabOrder(m_openRecent, open);
    setTabOrder(open, sample);
    setTabOrder(sample, m_showAtStart);

    connect(m_templates, &QListWidget::currentRowChanged, this, &StartPage::describeCurrent);
    connect(m_templates, &QListWidget::itemActivated, this, &StartPage::createFromCurrent);
    connect(m_create, &QPushButton::clicked, this, &StartPage::createFromCurrent);
    const auto openCurrentRecent = [this] {
        if (QListWidgetItem *item = m_recent->currentItem())
            Q_EMIT recentChosen(item->data(kResourceRole).toString());
    };
    connect(m_recent, &QListWidget::itemActivated, this, openCurrentRecent);
    connect(m_openRecent, &QPushButton::clicked, this, openCurrentRecent);
    connect(m_recent, &QListWidget::currentRowChanged, this,
            [this](int row) { m_openRecent->setEnabled(row >= 0); });
    connect(open, &QPushButton::clicked, this, &StartPage::openChosen);
    connect(sample, &QPushButton::clicked, this, &StartPage::sampleChosen);
    connect(m_showAtStart, &QCheckBox::toggled, this, &StartPage::setShowAtStart);
    refresh({});
}

void StartPage::refresh(const QStringList &recentFiles)
{
    m_templates->clear();
    auto *blank = new QListWidgetItem(tr("Blank plan"), m_templates);
    blank->setData(kResourceRole, QString());
    blank->setToolTip(tr("An empty plan: you name the brand, purpose, channels and phases."));
    for (const std::string &name : core::templateResources(currentLanguage().toStdString())) {
        const auto plan = core::bundledPlan(name);
        if (!plan)
            continue;
        auto *item = new QListWidgetItem(QString::fromStdString(plan->title), m_templates);
        item->setData(kResourceRole, QString::fromStdString(name));
        item->setToolTip(QString::fromStdString(plan->notes));
    }
    m_templates->setCurrentRow(0);

    m_recent->clear();
    for (const QString &file : recentFiles) {
        const QFileInfo info(file);
        auto *item = new QListWidgetItem(
            tr("%1 (in %2)").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())), m_recent);
        item->setData(kResourceRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    if (recentFiles.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No plans opened yet"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_recent->setCurrentRow(0);
    }
    m_openRecent->setEnabled(!recentFiles.isEmpty());
}

void StartPage::describeCurrent()
{
    const QListWidgetItem *item = m_templates->currentItem();
    m_description->setText(item ? item->toolTip() : QString());
}

void StartPage::createFromCurrent()
{
    if (const QListWidgetItem *item = m_templates->currentItem())
        Q_EMIT templateChosen(item->data(kResourceRole).toString());
}

void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_templates->setFocus();
}

} // namespace mixplanner::ui
