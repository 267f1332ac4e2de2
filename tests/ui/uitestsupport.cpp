#include "uitestsupport.h"

#include "core/io/planjson.h"
#include "core/resources/embeddedresource.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <stdexcept>

namespace mixplanner::test {

core::Plan samplePlan()
{
    auto read = core::readPlan(*core::embeddedResource("samples/spring-launch.mixplan"));
    if (!read.plan)
        throw std::runtime_error("the sample plan does not load");
    return *read.plan;
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(MIXPLANNER_TEST_DATA_DIR "/") + relative;
}

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MixPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("MixPlannerTests"));
}

} // namespace mixplanner::test
