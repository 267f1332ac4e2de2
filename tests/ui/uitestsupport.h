#pragma once

#include "core/model/plan.h"
#include "ui/models/plantablemodel.h"

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
