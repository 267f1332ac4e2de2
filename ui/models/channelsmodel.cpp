#include "ui/models/channelsmodel.h"

#include "core/catalogue/catalogue.h"
#include "ui/text/uilanguage.h"

namespace mixplanner::ui {

ChannelsModel::ChannelsModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, Collection::Channels,
                     {{tr("Name"), ColumnKind::Text, PlanField::ChannelName, tr("The account or outlet, e.g. @brand")},
                      {tr("Platform"), ColumnKind::Choice, PlanField::ChannelPlatform, {}},
                      {tr("Graph"), ColumnKind::Computed, PlanField::None,
                       tr("Social graph: ties between people who know each other. Interest graph: content spreads by interest."),
                       Derived::Graph},
                      {tr("Has account"), ColumnKind::Flag, PlanField::ChannelHasAccount,
                       tr("Whether the brand has its own account on this channel")},
                      {tr("Followers"), ColumnKind::Count, PlanField::ChannelFollowers, tr("Followers of this account")}},
                     parent)
{
}

QPair<QStringList, QStringList> ChannelsModel::options(const Column &column) const
{
    QStringList ids, names;
    if (column.field == PlanField::ChannelPlatform) {
        for (const auto &platform : core::Catalogue::builtin().platforms) {
            ids << QString::fromStdString(platform.id);
            names << catalogueText(platform.name);
        }
    }
    return {ids, names};
}

QString ChannelsModel::displayText(int row, int section, const QVariant &value) const
{
    if (column(section).kind == ColumnKind::Computed) {
        const QString graph = value.toString();
        if (graph == QLatin1String("social")) return tr("social");
        if (graph == QLatin1String("interest")) return tr("interest");
        if (graph == QLatin1String("search")) return tr("search");
        return tr("mixed");
    }
    return PlanTableModel::displayText(row, section, value);
}

QVariant ChannelsModel::computedValue(int row, int) const
{
    const auto *platform = core::Catalogue::builtin().platform(plan().channels.at(static_cast<std::size_t>(row)).platform);
    return platform ? QString::fromUtf8(core::socialGraphId(platform->graph).data()) : QString();
}

} // namespace mixplanner::ui
