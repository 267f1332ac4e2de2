#include "ui/models/clustersmodel.h"

#include <algorithm>

namespace mixplanner::ui {

ClustersModel::ClustersModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, Collection::Clusters,
                     {{tr("Name"), ColumnKind::Text, PlanField::ClusterName, {}},
                      {tr("People"), ColumnKind::Count, PlanField::ClusterSize,
                       tr("Estimated number of people in the cluster")},
                      {tr("Keywords and tags"), ColumnKind::TextList, PlanField::ClusterKeywords,
                       tr("Comma-separated tags and keywords this cluster follows or searches")},
                      {tr("Activities"), ColumnKind::Computed, PlanField::None,
                       tr("Activities aimed at this cluster"), Derived::ActivityCount}},
                     parent)
{
}

QVariant ClustersModel::computedValue(int row, int) const
{
    const std::string &id = plan().clusters.at(static_cast<std::size_t>(row)).id;
    int count = 0;
    for (const auto &activity : plan().activities)
        count += std::find(activity.clusters.begin(), activity.clusters.end(), id) != activity.clusters.end();
    return count;
}

QString ClustersModel::displayText(int row, int section, const QVariant &value) const
{
    if (column(section).kind == ColumnKind::Computed)
        return QString::number(value.toInt());
    return PlanTableModel::displayText(row, section, value);
}

bool ClustersModel::dependsOn(const Column &column, const ChangeEvent &event) const
{
    return column.kind == ColumnKind::Computed && event.collection == Collection::Activities;
}

} // namespace mixplanner::ui
