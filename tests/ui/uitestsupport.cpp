#include "uitestsupport.h"

#include "ui/document/plandocument.h"
#include "ui/models/activitiesmodel.h"

#include <QDir>
#include <QFile>

#include <sys/mount.h>
#include <unistd.h>

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

SmallDisk::SmallDisk(const QString &folder, int kib)
    : m_folder(folder)
{
    QDir().mkpath(folder);
    const QByteArray options = "size=" + QByteArray::number(kib) + "k,mode=0755";
    m_mounted = ::geteuid() == 0
                && ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, options.constData()) == 0;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

void SmallDisk::fill() const
{
    QFile filler(m_folder + QStringLiteral("/filler"));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return;
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size()) {
    }
}

int activityColumn(ui::PlanField field)
{
    ui::PlanDocument document;
    return ui::ActivitiesModel(&document).columnOf(field);
}

int activityColumn(ui::Derived derived)
{
    ui::PlanDocument document;
    return ui::ActivitiesModel(&document).columnOf(derived);
}

} // namespace mixplanner::test

