// PlanDocument: the open plan's one way in for every change. Each kind of
// edit (a field, rows added, removed, moved or copied, a phase's span, the
// work-plan simulation) is a short function that asks core/edit whether it may
// happen and then makes one undo command of it; together they are longer than
// most files, kept in one place so no edit can reach the plan another way.
#include "ui/document/plandocument.h"

#include "core/catalogue/catalogue.h"
#include "core/edit/planedits.h"
#include "core/io/planfile.h"
#include "core/io/planjson.h"
#include "core/model/planlimits.h"
#include "core/scoring/scorer.h"
#include "ui/document/plancommands.h"
#include "ui/io/filesaving.h"
#include "ui/text/uilanguage.h"

#include <QFileInfo>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace mixplanner::ui {

namespace {

template<typename Item>
std::vector<Item> &itemsOf(core::Plan &plan);
template<> std::vector<core::Channel> &itemsOf(core::Plan &plan) { return plan.channels; }
template<> std::vector<core::Cluster> &itemsOf(core::Plan &plan) { return plan.clusters; }
template<> std::vector<core::Phase> &itemsOf(core::Plan &plan) { return plan.phases; }
template<> std::vector<core::Activity> &itemsOf(core::Plan &plan) { return plan.activities; }

template<typename Item>
void insertInto(core::Plan &plan, int row, const Item &item)
{
    auto &items = itemsOf<Item>(plan);
    items.insert(items.begin() + row, item);
}

template<typename Item>
Item takeFrom(core::Plan &plan, int row)
{
    auto &items = itemsOf<Item>(plan);
    Item item = std::move(items.at(static_cast<std::size_t>(row)));
    items.erase(items.begin() + row);
    return item;
}

template<typename Item>
void moveWithin(core::Plan &plan, int from, int to)
{
    auto &items = itemsOf<Item>(plan);
    Item item = std::move(items.at(static_cast<std::size_t>(from)));
    items.erase(items.begin() + from);
    items.insert(items.begin() + to, std::move(item));
}

core::PlanList listOf(Collection collection)
{
    switch (collection) {
    case Collection::Channels: return core::PlanList::Channels;
    case Collection::Clusters: return core::PlanList::Clusters;
    case Collection::Phases: return core::PlanList::Phases;
    default: return core::PlanList::Activities;
    }
}

QString rendered(const core::text::Message &message)
{
    return QString::fromStdString(uiLanguage().render(message));
}

QString kindName(Collection collection)
{
    switch (collection) {
    case Collection::Channels: return PlanDocument::tr("channel");
    case Collection::Clusters: return PlanDocument::tr("cluster");
    case Collection::Phases: return PlanDocument::tr("phase");
    default: return PlanDocument::tr("activity");
    }
}

} // namespace

PlanDocument::PlanDocument(core::Plan plan, QString fileName, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_score(std::make_unique<core::ScoreReport>(core::scorePlan(m_plan)))
    , m_fileName(std::move(fileName))
    , m_undoStack(new QUndoStack(this))
    , m_sessionId(QUuid::createUuid().toString())
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    rememberDiskState();
}

void PlanDocument::rememberDiskState()
{
    const QFileInfo info(m_fileName);
    m_diskModified = !m_fileName.isEmpty() && info.exists() ? info.lastModified() : QDateTime();
    m_diskSize = !m_fileName.isEmpty() && info.exists() ? info.size() : -1;
    m_diskHash = !m_fileName.isEmpty() && info.exists() ? fileContentHash(m_fileName) : QByteArray();
}

bool PlanDocument::changedOnDisk() const
{
    if (m_fileName.isEmpty() || !m_diskModified.isValid())
        return false;
    const QFileInfo info(m_fileName);
    return !info.exists() || info.lastModified() != m_diskModified || info.size() != m_diskSize;
}

bool PlanDocument::isReadOnly() const
{
    if (m_fileName.isEmpty())
        return false;
    const QFileInfo info(m_fileName);
    // The mode bits, not access(): an administrator can write anything, but a
    // file marked read-only was marked so on purpose.
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.exists() && (info.permissions() & anyWrite) == 0;
}

PlanDocument::~PlanDocument() = default;

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &fileName, QStringList *errors)
{
    core::PlanReadResult read = core::loadPlanFile(fileName.toStdString());
    if (!read.plan) {
        if (errors) {
            errors->clear();
            for (const core::Diagnostic &diagnostic : read.errors)
                errors->append(QString::fromStdString(diagnostic.describe(uiLanguage())));
        }
        return nullptr;
    }
    return std::make_unique<PlanDocument>(std::move(*read.plan), QFileInfo(fileName).absoluteFilePath());
}

bool PlanDocument::save(const QString &fileName, QString *error, QString *warning)
{
    core::WriteRules rules;
    rules.keepBackup = true;
    const SaveResult saved = saveFile(fileName, QByteArray::fromStdString(core::writePlan(m_plan)), rules);
    if (!saved.ok) {
        if (error)
            *error = tr("The plan is not saved: %1. The file on disk and its backup are unchanged, and your "
                        "changes are still open; Save As can put them elsewhere.")
                         .arg(saved.error);
        return false;
    }
    if (warning)
        *warning = saved.warning;
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    if (absolute != m_fileName) {
        m_fileName = absolute;
        Q_EMIT fileNameChanged(m_fileName);
    }
    rememberDiskState();
    m_undoStack->setClean();
    return true;
}

QString PlanDocument::displayName() const
{
    if (!m_fileName.isEmpty())
        return QFileInfo(m_fileName).fileName();
    return m_plan.title.empty() ? tr("Untitled plan") : QString::fromStdString(m_plan.title);
}

bool PlanDocument::isModified() const { return !m_undoStack->isClean(); }

void PlanDocument::markModified()
{
    m_undoStack->resetClean();
    Q_EMIT modifiedChanged(true);
}

QString PlanDocument::recoveryKey() const
{
    return m_fileName.isEmpty() ? m_sessionId : m_fileName;
}

bool PlanDocument::setField(PlanField field, int row, const QVariant &value, QString *error, bool mergeable)
{
    const Collection collection = collectionOf(field);
    if (collection != Collection::None && (row < 0 || row >= itemCount(m_plan, collection)))
        return false;
    if (const QString problem = validateField(m_plan, field, row, value); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (readField(m_plan, field, row) == value)
        return true;   // an edit that changes nothing pushes nothing
    if (field == PlanField::ActivityType) {
        // The share follows the type where the rule says so, in the same undo step.
        const core::Activity &activity = m_plan.activities.at(static_cast<std::size_t>(row));
        if (const auto share = core::shareAfterTypeChange(activity, value.toString().toStdString(),
                                                          core::Catalogue::builtin())) {
            auto *group = new QUndoCommand(tr("Change type of '%1'").arg(toQString(activity.name)));
            new SetFieldCommand(this, field, row, value, false, group);
            new SetFieldCommand(this, PlanField::ActivityAccountShare, row, *share, false, group);
            m_undoStack->push(group);
            return true;
        }
    }
    m_undoStack->push(new SetFieldCommand(this, field, row, value, mergeable));
    return true;
}

int PlanDocument::addItem(Collection collection, QString *error)
{
    if (collection == Collection::None)
        return -1;
    QString name;
    switch (collection) {
    case Collection::Channels: name = tr("New channel"); break;
    case Collection::Clusters: name = tr("New cluster"); break;
    case Collection::Phases: name = tr("New phase"); break;
    default: name = tr("New activity"); break;
    }
    auto made = core::newItem(m_plan, listOf(collection), name.toStdString(), core::Catalogue::builtin());
    if (!made.value) {
        if (error)
            *error = rendered(made.refusal);
        return -1;
    }
    const int row = itemCount(m_plan, collection);
    m_undoStack->push(new InsertItemCommand(this, collection, row, std::move(*made.value),
                                            tr("Add %1").arg(kindName(collection))));
    return row;
}

int PlanDocument::appendActivities(const std::vector<core::Activity> &activities, const QString &source)
{
    if (activities.empty())
        return 0;
    auto group = std::make_unique<GroupCommand>(
        this, tr("Import %n activities from %1", nullptr, static_cast<int>(activities.size())).arg(source));
    int row = static_cast<int>(m_plan.activities.size());
    for (const core::Activity &activity : activities)
        new InsertItemCommand(this, Collection::Activities, row++, activity, QString(), group.get());
    m_undoStack->push(group.release());
    return static_cast<int>(activities.size());
}

int PlanDocument::duplicateItem(Collection collection, int row, QString *error)
{
    if (collection == Collection::None || row < 0 || row >= itemCount(m_plan, collection))
        return -1;
    const QString name = itemName(m_plan, collection, row);
    auto copy = core::duplicateItem(m_plan, listOf(collection), static_cast<std::size_t>(row),
                                    tr("%1 (copy)").arg(name).toStdString());
    if (!copy.value) {
        if (error)
            *error = rendered(copy.refusal);
        return -1;
    }
    const int target = static_cast<int>(copy.value->at);
    m_undoStack->push(new InsertItemCommand(this, collection, target, std::move(copy.value->item),
                                            tr("Duplicate %1 '%2'").arg(kindName(collection), name)));
    return target;
}

bool PlanDocument::removeItem(Collection collection, int row, QString *error)
{
    if (collection == Collection::None || row < 0 || row >= itemCount(m_plan, collection))
        return false;
    const auto index = static_cast<std::size_t>(row);
    if (const auto refusal = core::removalRefusal(m_plan, listOf(collection), index); !refusal.empty()) {
        if (error)
            *error = rendered(refusal);
        return false;
    }
    auto *command = new RemoveItemCommand(this, collection, row,
                                          tr("Delete %1 '%2'").arg(kindName(collection), itemName(m_plan, collection, row)));
    // Activities that list a removed phase or cluster drop the reference,
    // in the same undo step.
    const PlanField field = collection == Collection::Phases ? PlanField::ActivityPhases : PlanField::ActivityClusters;
    for (const core::ReferenceEdit &edit : core::referencesTo(m_plan, listOf(collection), index))
        new SetFieldCommand(this, field, static_cast<int>(edit.activity), toQStringList(edit.remaining), false, command);
    m_undoStack->push(command);
    return true;
}

namespace {

// Rows in descending order, each once and within the list: working from the
// end, removing or copying one row never moves the rows still to do.
QList<int> lastFirst(QList<int> rows, int count)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(), [count](int row) { return row < 0 || row >= count; }),
               rows.end());
    return rows;
}

void eraseFrom(core::Plan &plan, Collection collection, int row)
{
    switch (collection) {
    case Collection::Channels: takeFrom<core::Channel>(plan, row); break;
    case Collection::Clusters: takeFrom<core::Cluster>(plan, row); break;
    case Collection::Phases: takeFrom<core::Phase>(plan, row); break;
    default: takeFrom<core::Activity>(plan, row); break;
    }
}

} // namespace

int PlanDocument::removeItems(Collection collection, QList<int> rows, QString *error)
{
    if (collection == Collection::None)
        return 0;
    rows = lastFirst(std::move(rows), itemCount(m_plan, collection));
    if (rows.size() <= 1)
        return rows.isEmpty() ? 0 : removeItem(collection, rows.front(), error) ? 1 : 0;
    // Each removal is checked and its references found on the plan as the
    // removals before it leave it, so two removed phases clear both ids.
    core::Plan work = m_plan;
    auto group = std::make_unique<GroupCommand>(this, tr("Delete %1 rows").arg(rows.size()));
    const PlanField field = collection == Collection::Phases ? PlanField::ActivityPhases : PlanField::ActivityClusters;
    for (int row : rows) {
        const auto index = static_cast<std::size_t>(row);
        if (const auto refusal = core::removalRefusal(work, listOf(collection), index); !refusal.empty()) {
            if (error)
                *error = tr("%1: %2").arg(itemName(work, collection, row), rendered(refusal));
            return 0;
        }
        auto *command = new RemoveItemCommand(this, collection, row, QString(), group.get());
        for (const core::ReferenceEdit &edit : core::referencesTo(work, listOf(collection), index)) {
            new SetFieldCommand(this, field, static_cast<int>(edit.activity), toQStringList(edit.remaining), false,
                                command);
            writeField(work, field, static_cast<int>(edit.activity), toQStringList(edit.remaining));
        }
        eraseFrom(work, collection, row);
    }
    m_undoStack->push(group.release());
    return static_cast<int>(rows.size());
}

int PlanDocument::duplicateItems(Collection collection, QList<int> rows, QList<int> *copies, QString *error)
{
    if (collection == Collection::None)
        return 0;
    rows = lastFirst(std::move(rows), itemCount(m_plan, collection));
    if (rows.size() <= 1) {
        const int copy = rows.isEmpty() ? -1 : duplicateItem(collection, rows.front(), error);
        if (copies && copy >= 0)
            *copies = {copy};
        return copy >= 0 ? 1 : 0;
    }
    // Ids are made unique against the copies made before.
    core::Plan work = m_plan;
    auto group = std::make_unique<GroupCommand>(this, tr("Duplicate %1 rows").arg(rows.size()));
    QList<int> at;
    for (int row : rows) {
        const QString name = itemName(work, collection, row);
        auto copy = core::duplicateItem(work, listOf(collection), static_cast<std::size_t>(row),
                                        tr("%1 (copy)").arg(name).toStdString());
        if (!copy.value) {
            if (error)
                *error = rendered(copy.refusal);
            return 0;
        }
        const int target = static_cast<int>(copy.value->at);
        std::visit([&](const auto &item) { insertInto(work, target, item); }, copy.value->item);
        new InsertItemCommand(this, collection, target, std::move(copy.value->item), QString(), group.get());
        // Earlier copies (of later rows) move down by one with each insert above them.
        for (int &shifted : at)
            if (shifted >= target)
                ++shifted;
        at << target;
    }
    m_undoStack->push(group.release());
    if (copies) {
        std::sort(at.begin(), at.end());
        *copies = at;
    }
    return static_cast<int>(at.size());
}

int PlanDocument::setFieldOnRows(PlanField field, QList<int> rows, const QVariant &value, const QString &title,
                                 QString *error)
{
    const Collection collection = collectionOf(field);
    if (collection == Collection::None)
        return 0;
    const int count = itemCount(m_plan, collection);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(), [count](int row) { return row < 0 || row >= count; }),
               rows.end());
    if (rows.size() <= 1)
        return rows.isEmpty() ? 0 : setField(field, rows.front(), value, error) ? 1 : 0;
    core::Plan work = m_plan;
    auto group = std::make_unique<GroupCommand>(
        this, tr("Set %1 on %2 rows").arg(title).arg(rows.size()));
    int changes = 0;
    for (int row : rows) {
        if (const QString problem = validateField(work, field, row, value); !problem.isEmpty()) {
            if (error)
                *error = tr("%1: %2").arg(itemName(work, collection, row), problem);
            return 0;
        }
        if (readField(work, field, row) == value)
            continue;
        new SetFieldCommand(this, field, row, value, false, group.get());
        if (field == PlanField::ActivityType) {
            // The type-change share rule applies to each row, as it does to one.
            const core::Activity &activity = work.activities.at(static_cast<std::size_t>(row));
            if (const auto share = core::shareAfterTypeChange(activity, value.toString().toStdString(),
                                                              core::Catalogue::builtin())) {
                new SetFieldCommand(this, PlanField::ActivityAccountShare, row, *share, false, group.get());
                writeField(work, PlanField::ActivityAccountShare, row, *share);
            }
        }
        writeField(work, field, row, value);
        ++changes;
    }
    if (changes > 0)
        m_undoStack->push(group.release());
    return changes;
}

bool PlanDocument::moveItem(Collection collection, int from, int to, QString *error)
{
    const int count = itemCount(m_plan, collection);
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return false;
    if (collection == Collection::Phases) {
        if (error)
            *error = tr("Phases are ordered by their weeks; change the start weeks to reorder them.");
        return false;
    }
    m_undoStack->push(new MoveItemCommand(this, collection, from, to,
                                          tr("Move %1 '%2'").arg(kindName(collection), itemName(m_plan, collection, from))));
    return true;
}

bool PlanDocument::applyBudgets(const core::Plan &adjusted, const QString &text)
{
    if (adjusted.activities.size() != m_plan.activities.size())
        return false;
    auto group = std::make_unique<GroupCommand>(this, text);
    int changes = 0;
    for (std::size_t a = 0; a < m_plan.activities.size(); ++a) {
        const double budget = adjusted.activities[a].budget;
        if (budget == m_plan.activities[a].budget)
            continue;
        new SetFieldCommand(this, PlanField::ActivityBudget, static_cast<int>(a), budget, false, group.get());
        ++changes;
    }
    if (changes == 0)
        return false;
    m_undoStack->push(group.release());
    return true;
}

namespace {

// The phase's weeks with `field` set to `value`: (start week, weeks).
std::pair<qlonglong, qlonglong> phaseSpan(const core::Plan &plan, PlanField field, int row, qlonglong value)
{
    const core::Phase &phase = plan.phases.at(static_cast<std::size_t>(row));
    return field == PlanField::PhaseStartWeek ? std::pair<qlonglong, qlonglong>{value, phase.weeks}
                                              : std::pair<qlonglong, qlonglong>{phase.startWeek, value};
}

} // namespace

bool PlanDocument::phaseFitsWithRoomMade(PlanField field, int row, qlonglong value) const
{
    if ((field != PlanField::PhaseStartWeek && field != PlanField::PhaseWeeks) || row < 0
        || row >= static_cast<int>(m_plan.phases.size()))
        return false;
    core::Plan moved = m_plan;
    const auto [start, weeks] = phaseSpan(m_plan, field, row, value);
    const auto room = core::roomForPhase(m_plan, static_cast<std::size_t>(row), start, weeks);
    if (!room.value || room.value->empty())
        return false;
    for (const core::PhaseMove &move : *room.value)
        moved.phases[move.phase].startWeek = move.startWeek;
    return validateField(moved, field, row, value).isEmpty();
}

bool PlanDocument::setPhaseWeeksMakingRoom(PlanField field, int row, qlonglong value, QString *error)
{
    if (!phaseFitsWithRoomMade(field, row, value)) {
        if (error && row >= 0 && row < static_cast<int>(m_plan.phases.size())) {
            const auto [start, weeks] = phaseSpan(m_plan, field, row, value);
            *error = rendered(core::roomForPhase(m_plan, static_cast<std::size_t>(row), start, weeks).refusal);
        }
        return false;
    }
    const auto [start, weeks] = phaseSpan(m_plan, field, row, value);
    const auto room = core::roomForPhase(m_plan, static_cast<std::size_t>(row), start, weeks);
    const QString name = toQString(m_plan.phases.at(static_cast<std::size_t>(row)).name);
    auto group = std::make_unique<GroupCommand>(this, tr("Change weeks of '%1' and move the later phases").arg(name));
    // The last phase moves first, so the phases never overlap on the way.
    for (auto move = room.value->rbegin(); move != room.value->rend(); ++move)
        new SetFieldCommand(this, PlanField::PhaseStartWeek, static_cast<int>(move->phase),
                            qlonglong(move->startWeek), false, group.get());
    new SetFieldCommand(this, field, row, value, false, group.get());
    m_undoStack->push(group.release());
    return true;
}

PlanDocument::SpanChange PlanDocument::setPhaseSpan(int row, int startWeek, int weeks, bool makeRoom,
                                                    QString *error)
{
    if (row < 0 || row >= static_cast<int>(m_plan.phases.size()))
        return SpanChange::Refused;
    const auto at = static_cast<std::size_t>(row);
    const core::Phase &phase = m_plan.phases[at];
    if (phase.startWeek == startWeek && phase.weeks == weeks)
        return SpanChange::Done;
    const auto refuse = [error](SpanChange result, const QString &why) {
        if (error)
            *error = why;
        return result;
    };
    // Checked on the phases alone, as they would be: the checks of weeks
    // read nothing else, and a plan of many activities is not copied.
    core::Plan trial;
    trial.phases = m_plan.phases;
    trial.phases[at].startWeek = startWeek;
    trial.phases[at].weeks = weeks;
    // The field that changed speaks first: a dragged end is about the weeks.
    const bool endOnly = phase.startWeek == startWeek;
    const auto problem = [&](const core::Plan &plan) {
        const auto check = [&](PlanField field) {
            return validateField(plan, field, row, qlonglong(field == PlanField::PhaseWeeks ? weeks : startWeek));
        };
        const PlanField first = endOnly ? PlanField::PhaseWeeks : PlanField::PhaseStartWeek;
        const PlanField second = endOnly ? PlanField::PhaseStartWeek : PlanField::PhaseWeeks;
        const QString found = check(first);
        return found.isEmpty() ? check(second) : found;
    };
    const auto room = core::roomForPhase(m_plan, at, startWeek, weeks);
    const bool othersMove = room.value && !room.value->empty();
    if (const QString refused = problem(trial); !refused.isEmpty()) {
        // Without the later phases in the way, is the new span right?
        core::Plan alone = trial;
        alone.phases.resize(at + 1);
        if (const QString own = problem(alone); !own.isEmpty())
            return refuse(SpanChange::Refused, own);
        if (!room.value)
            return refuse(SpanChange::Refused, rendered(room.refusal));
        core::Plan moved = trial;
        for (const core::PhaseMove &move : *room.value)
            moved.phases[move.phase].startWeek = move.startWeek;
        if (const QString still = problem(moved); !still.isEmpty())
            return refuse(SpanChange::Refused, still);
        if (!makeRoom)
            return refuse(SpanChange::NeedsRoom, refused);
    }
    const QString name = toQString(phase.name);
    const bool moving = phase.weeks == weeks;
    QString text = moving ? tr("Move '%1'").arg(name) : tr("Change weeks of '%1'").arg(name);
    if (othersMove)
        text = moving ? tr("Move '%1' and the later phases").arg(name)
                      : tr("Change weeks of '%1' and move the later phases").arg(name);
    auto group = std::make_unique<GroupCommand>(this, text);
    if (othersMove)   // the last phase moves first, so the phases never overlap on the way
        for (auto move = room.value->rbegin(); move != room.value->rend(); ++move)
            new SetFieldCommand(this, PlanField::PhaseStartWeek, static_cast<int>(move->phase),
                                qlonglong(move->startWeek), false, group.get());
    if (phase.startWeek != startWeek)
        new SetFieldCommand(this, PlanField::PhaseStartWeek, row, qlonglong(startWeek), false, group.get());
    if (phase.weeks != weeks)
        new SetFieldCommand(this, PlanField::PhaseWeeks, row, qlonglong(weeks), false, group.get());
    m_undoStack->push(group.release());
    return SpanChange::Done;
}

void PlanDocument::applyField(PlanField field, int row, const QVariant &value)
{
    ChangeEvent event{ChangeEvent::Kind::FieldChanged, collectionOf(field), field, row, -1};
    Q_EMIT aboutToChange(event);
    writeField(m_plan, field, row, value);
    announce(event);
}

void PlanDocument::insertItemNow(Collection collection, int row, const PlanItem &item)
{
    Q_ASSERT(row >= 0 && row <= itemCount(m_plan, collection));
    ChangeEvent event{ChangeEvent::Kind::RowInserted, collection, PlanField::None, row, -1};
    Q_EMIT aboutToChange(event);
    std::visit([&](const auto &value) { insertInto(m_plan, row, value); }, item);
    announce(event);
}

PlanItem PlanDocument::takeItemNow(Collection collection, int row)
{
    Q_ASSERT(row >= 0 && row < itemCount(m_plan, collection));
    ChangeEvent event{ChangeEvent::Kind::RowRemoved, collection, PlanField::None, row, -1};
    Q_EMIT aboutToChange(event);
    PlanItem item;
    switch (collection) {
    case Collection::Channels: item = takeFrom<core::Channel>(m_plan, row); break;
    case Collection::Clusters: item = takeFrom<core::Cluster>(m_plan, row); break;
    case Collection::Phases: item = takeFrom<core::Phase>(m_plan, row); break;
    default: item = takeFrom<core::Activity>(m_plan, row); break;
    }
    announce(event);
    return item;
}

void PlanDocument::moveItemNow(Collection collection, int from, int to)
{
    Q_ASSERT(from >= 0 && from < itemCount(m_plan, collection) && to >= 0 && to < itemCount(m_plan, collection));
    ChangeEvent event{ChangeEvent::Kind::RowMoved, collection, PlanField::None, from, to};
    Q_EMIT aboutToChange(event);
    switch (collection) {
    case Collection::Channels: moveWithin<core::Channel>(m_plan, from, to); break;
    case Collection::Clusters: moveWithin<core::Cluster>(m_plan, from, to); break;
    case Collection::Phases: moveWithin<core::Phase>(m_plan, from, to); break;
    default: moveWithin<core::Activity>(m_plan, from, to); break;
    }
    announce(event);
}

void PlanDocument::announce(const ChangeEvent &event)
{
    Q_EMIT changed(event);
    if (m_batchDepth > 0) {
        m_scoreStale = true;
        return;
    }
    *m_score = core::scorePlan(m_plan);
    Q_EMIT scoreChanged();
}

void PlanDocument::endBatch()
{
    if (--m_batchDepth > 0 || !m_scoreStale)
        return;
    m_scoreStale = false;
    *m_score = core::scorePlan(m_plan);
    Q_EMIT scoreChanged();
}

} // namespace mixplanner::ui
