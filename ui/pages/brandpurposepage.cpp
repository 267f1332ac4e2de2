#include "ui/pages/brandpurposepage.h"

#include "core/catalogue/catalogue.h"
#include "ui/document/plandocument.h"
#include "ui/pages/messagebar.h"
#include "ui/text/displayformat.h"
#include "ui/text/uilanguage.h"
#include "ui/widgets/fieldbinder.h"
#include "ui/widgets/heading.h"
#include "ui/widgets/numberbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mixplanner::ui {

namespace {

QDoubleSpinBox *percentBox(QWidget *parent)
{
    auto *spin = numberBox(parent, 1);
    spin->setSuffix(QStringLiteral("%"));
    return spin;
}

QDoubleSpinBox *peopleBox(QWidget *parent)
{
    return numberBox(parent, 0);
}

QComboBox *purposeBox(QWidget *parent, bool withNone)
{
    auto *combo = new QComboBox(parent);
    if (withNone)
        combo->addItem(BrandPurposePage::tr("None"), QString());
    for (const auto &purpose : core::Catalogue::builtin().purposes)
        combo->addItem(catalogueText(purpose.name), QString::fromStdString(purpose.id));
    return combo;
}

QString partName(const std::string &id)
{
    if (id == "awareness") return BrandPurposePage::tr("Awareness");
    if (id == "favorability") return BrandPurposePage::tr("Favourability");
    if (id == "followerReach") return BrandPurposePage::tr("Follower reach");
    return BrandPurposePage::tr("Engagement");
}

} // namespace

BrandPurposePage::BrandPurposePage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_binder(new FieldBinder(document, this))
    , m_strength(new QLabel(this))
    , m_breakdown(new QTableWidget(4, 4, this))
    , m_purposeNote(new QLabel(this))
{
    auto *overrideOn = new QCheckBox(tr("Set brand strength &directly:"), this);
    auto *overrideValue = numberBox(this, 0);
    overrideValue->setAccessibleName(tr("Brand strength set directly"));
    auto *awareness = percentBox(this);
    auto *favorability = percentBox(this);
    auto *followers = peopleBox(this);
    auto *audience = peopleBox(this);
    auto *engagement = percentBox(this);
    engagement->setDecimals(2);
    awareness->setObjectName(QStringLiteral("awarenessEdit"));
    favorability->setObjectName(QStringLiteral("favorabilityEdit"));
    followers->setObjectName(QStringLiteral("followersEdit"));
    engagement->setObjectName(QStringLiteral("engagementRateEdit"));
    m_binder->bindOptional(overrideOn, overrideValue, PlanField::BrandStrengthOverride);
    m_binder->bind(awareness, PlanField::BrandAwareness);
    m_binder->bind(favorability, PlanField::BrandFavorability);
    m_binder->bind(followers, PlanField::BrandFollowers);
    m_binder->bind(audience, PlanField::BrandAudienceSize);
    m_binder->bind(engagement, PlanField::BrandEngagementRate);

    auto *brandForm = new QFormLayout;
    brandForm->addRow(tr("&Awareness:"), awareness);
    brandForm->addRow(tr("Favou&rability:"), favorability);
    brandForm->addRow(tr("F&ollowers (all accounts):"), followers);
    brandForm->addRow(tr("A&udience size:"), audience);
    brandForm->addRow(tr("Engagement ra&te:"), engagement);
    auto *overrideRow = new QHBoxLayout;
    overrideRow->addWidget(overrideOn);
    overrideRow->addWidget(overrideValue);
    overrideRow->addStretch();
    brandForm->addRow(overrideRow);
    // Tab runs down the form as it is laid out: the override row comes last.
    const QList<QWidget *> brandOrder = {awareness, favorability, followers, audience, engagement, overrideOn,
                                         overrideValue};
    for (int i = 1; i < brandOrder.size(); ++i)
        setTabOrder(brandOrder[i - 1], brandOrder[i]);
    awareness->setToolTip(tr("Share of the target audience who know the brand"));
    favorability->setToolTip(tr("Share of those who like it"));
    audience->setToolTip(tr("People in the target audience"));

    m_breakdown->setObjectName(QStringLiteral("strengthBreakdown"));
    m_breakdown->setHorizontalHeaderLabels({tr("Input"), tr("Score"), tr("Weight"), tr("Points")});
    m_breakdown->verticalHeader()->setVisible(false);
    m_breakdown->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Read-only, but reachable with Tab so keyboard and screen reader users
    // can go through its rows.
    m_breakdown->setFocusPolicy(Qt::StrongFocus);
    m_breakdown->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_breakdown->setAccessibleName(tr("Brand strength breakdown"));
    m_breakdown->setMaximumHeight(m_breakdown->verticalHeader()->defaultSectionSize() * 5 + 8);

    auto *brandBox = new QGroupBox(tr("Brand"), this);
    auto *brandLayout = new QVBoxLayout(brandBox);
    brandLayout->addLayout(brandForm);
    m_strength->setObjectName(QStringLiteral("brandStrengthLabel"));
    brandLayout->addWidget(m_strength);
    brandLayout->addWidget(m_breakdown);

    auto *primary = purposeBox(this, false);
    auto *secondary = purposeBox(this, true);
    auto *weight = numberBox(this, 0);
    weight->setSingleStep(5);
    weight->setSuffix(QStringLiteral("%"));
    m_binder->bind(primary, PlanField::PurposePrimary);
    m_binder->bind(secondary, PlanField::PurposeSecondary);
    m_binder->bind(weight, PlanField::PurposeSecondaryWeight, 100.0);
    auto *purposeForm = new QFormLayout;
    purposeForm->addRow(tr("&Purpose:"), primary);
    purposeForm->addRow(tr("&Secondary purpose:"), secondary);
    purposeForm->addRow(tr("Secondary &weight:"), weight);
    auto *purposeBoxWidget = new QGroupBox(tr("Purpose"), this);
    auto *purposeLayout = new QVBoxLayout(purposeBoxWidget);
    purposeLayout->addLayout(purposeForm);
    m_purposeNote->setWordWrap(true);
    purposeLayout->addWidget(m_purposeNote);

    auto *messages = new MessageBar(this);
    connect(m_binder, &FieldBinder::editRejected, messages, &MessageBar::showMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Brand and purpose"), this));
    layout->addWidget(brandBox);
    layout->addWidget(purposeBoxWidget);
    layout->addWidget(messages);
    layout->addStretch();

    connect(document, &PlanDocument::scoreChanged, this, &BrandPurposePage::updateBreakdown);
    updateBreakdown();
}

void BrandPurposePage::updateBreakdown()
{
    const core::ScoreReport &score = m_document->score();
    const core::BrandStrength &strength = score.brandStrength;
    m_strength->setText(strength.override
                            ? tr("<b>Brand strength %1 of 100</b>, set directly. The figures above would give:")
                                  .arg(formatScore(strength.value))
                            : tr("<b>Brand strength %1 of 100</b>, from:").arg(formatScore(strength.value)));
    for (int row = 0; row < static_cast<int>(strength.parts.size()) && row < 4; ++row) {
        const core::BrandStrengthPart &part = strength.parts[static_cast<std::size_t>(row)];
        const QString input = part.id == "followerReach"
                                  ? tr("%1: %2 followers").arg(partName(part.id), formatCount(part.input))
                                  : tr("%1: %2").arg(partName(part.id), formatPercent(part.input));
        const QStringList cells = {input, formatScore(part.score), QLocale().toString(part.weight, 'f', 2),
                                   formatScore(part.contribution)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = m_breakdown->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_breakdown->setItem(row, column, item);
            }
            item->setText(cells[column]);
            item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    const core::Catalogue &catalogue = core::Catalogue::builtin();
    const auto *purpose = catalogue.purpose(m_document->plan().purpose.primary);
    QString note = tr("Social media suits this purpose %1.").arg(formatShare(score.suitability));
    if (purpose)
        note += QLatin1Char(' ') + catalogueText(purpose->reason);
    if (score.suitabilityCap < 100)
        note += QLatin1Char(' ') + tr("The score is capped at %1.").arg(formatScore(score.suitabilityCap));
    m_purposeNote->setText(note);
}

} // namespace mixplanner::ui
