#include "uitestsupport.h"

#include "ui/document/plandocument.h"
#include "ui/models/activitiesmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <linux/capability.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "core/io/planjson.h"
#include "core/resources/embeddedresource.h"

#include <QCoreApplication>
#include <QSettings>
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
    // One settings file (and data folder) per test program: ctest runs them side by
    // side, and one program's clear() must not wipe what another just saved.
    QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    // Test-mode settings live on between runs; each test program starts clean.
    QSettings().clear();
}

namespace {

bool capabilities(bool set, unsigned effective[2], unsigned permitted[2] = nullptr, unsigned inheritable[2] = nullptr)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (set) {
        for (int i = 0; i < 2; ++i) {
            data[i].effective = effective[i];
            data[i].permitted = permitted[i];
            data[i].inheritable = inheritable[i];
        }
        return ::syscall(SYS_capset, &header, data) == 0;
    }
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    for (int i = 0; i < 2; ++i) {
        effective[i] = data[i].effective;
        if (permitted)
            permitted[i] = data[i].permitted;
        if (inheritable)
            inheritable[i] = data[i].inheritable;
    }
    return true;
}

} // namespace

WithoutPermissionOverride::WithoutPermissionOverride()
{
    if (::geteuid() != 0) {
        m_active = true;
        return;
    }
    unsigned permitted[2], inheritable[2];
    if (!capabilities(false, m_saved, permitted, inheritable))
        return;
    unsigned effective[2] = {m_saved[0], m_saved[1]};
    for (const int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER})
        effective[cap / 32] &= ~(1u << (cap % 32));
    m_dropped = capabilities(true, effective, permitted, inheritable);
    m_active = m_dropped;
}

WithoutPermissionOverride::~WithoutPermissionOverride()
{
    if (!m_dropped)
        return;
    unsigned effective[2], permitted[2], inheritable[2];
    if (capabilities(false, effective, permitted, inheritable))
        capabilities(true, m_saved, permitted, inheritable);
}

DefaultLocaleGuard::DefaultLocaleGuard()
    : m_saved(QLocale())
{
}

DefaultLocaleGuard::~DefaultLocaleGuard()
{
    QLocale::setDefault(m_saved);
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

