#pragma once

#include "core/model/plan.h"
#include "ui/models/plantablemodel.h"

#include <QLocale>
#include <QString>

namespace mixplanner::test {

core::Plan samplePlan();
QString dataPath(const QString &relative);
// Keeps QSettings and standard paths of tests away from the user's own.
void isolateSettings();

// The column of the activities table that shows `field` (or the computed
// `derived`), as the model lists it.
int activityColumn(ui::PlanField field);
int activityColumn(ui::Derived derived);

// While it lives, this thread runs without the administrator's right to
// ignore file permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
// dropped from the effective set, put back after), so permission checks run
// as root too. For an unprivileged user it changes nothing.
class WithoutPermissionOverride
{
public:
    WithoutPermissionOverride();
    ~WithoutPermissionOverride();
    WithoutPermissionOverride(const WithoutPermissionOverride &) = delete;
    WithoutPermissionOverride &operator=(const WithoutPermissionOverride &) = delete;
    // Whether permissions now bind this thread (false if the drop failed).
    bool active() const { return m_active; }

private:
    unsigned m_saved[2] = {0, 0};
    bool m_dropped = false;
    bool m_active = false;
};

// Restores the default QLocale when it goes, so a test that sets one
// leaves the next test the locale it started with.
class DefaultLocaleGuard
{
public:
    DefaultLocaleGuard();
    ~DefaultLocaleGuard();

private:
    QLocale m_saved;
};

// A tmpfs of `kib` KiB mounted on `folder` (created) while the object lives:
// a real full disk. Needs root; mounted() says whether it worked.
class SmallDisk
{
public:
    SmallDisk(const QString &folder, int kib);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;
    bool mounted() const { return m_mounted; }
    // Takes every free byte.
    void fill() const;

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace mixplanner::test
