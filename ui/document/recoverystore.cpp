#include "ui/document/recoverystore.h"

#include "core/io/planfile.h"
#include "core/io/planjson.h"
#include "ui/io/filesaving.h"
#include "ui/text/uilanguage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

namespace mixplanner::ui {

namespace {

QString baseName(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString basePath(const QString &key) { return QDir(RecoveryStore::folder()).filePath(baseName(key)); }

QString lockPathFor(const QString &recoveryFile)
{
    const QFileInfo info(recoveryFile);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".lock");
}

std::unique_ptr<QLockFile> lockAt(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    // Only a dead holder makes a lock stale: a window open for days still
    // holds its copies (QLockFile's default also counts age, 30 s).
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace

QString RecoveryStore::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

RecoveryStore::Claim RecoveryStore::claim(const QString &key)
{
    if (!QDir().mkpath(folder()))
        return nullptr;
    return lockAt(basePath(key) + QStringLiteral(".lock"));
}

bool RecoveryStore::write(const QString &key, const QString &originalFile, const QByteArray &originalHash,
                          const core::Plan &plan, QString *error)
{
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = QObject::tr("cannot create %1").arg(folder());
        return false;
    }
    const QString base = basePath(key);
    SaveResult saved = saveFile(base + QStringLiteral(".mixplan"), QByteArray::fromStdString(core::writePlan(plan)));
    if (saved.ok) {
        const QJsonObject note{{QStringLiteral("originalFile"), originalFile},
                               {QStringLiteral("originalSha256"), QString::fromLatin1(originalHash)},
                               {QStringLiteral("written"),
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        saved = saveFile(base + QStringLiteral(".json"), QJsonDocument(note).toJson());
    }
    if (!saved.ok && error)
        *error = saved.error;
    return saved.ok;
}

void RecoveryStore::remove(const QString &key)
{
    const QString base = basePath(key);
    QFile::remove(base + QStringLiteral(".mixplan"));
    QFile::remove(base + QStringLiteral(".json"));
}

std::vector<RecoveryStore::Entry> RecoveryStore::pending()
{
    std::vector<Entry> entries;
    const QDir dir(folder());
    const QStringList notes = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QString &note : notes) {
        QFile file(dir.filePath(note));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        Entry entry;
        entry.recoveryFile = dir.filePath(QFileInfo(note).completeBaseName() + QStringLiteral(".mixplan"));
        entry.originalFile = object.value(QStringLiteral("originalFile")).toString();
        entry.written = QDateTime::fromString(object.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
        if (!QFileInfo::exists(entry.recoveryFile))
            continue;
        // Another running MixPlanner writes this copy: not ours to offer.
        if (!lockAt(lockPathFor(entry.recoveryFile)))
            continue;
        if (!entry.originalFile.isEmpty() && QFileInfo::exists(entry.originalFile)) {
            const QByteArray current = fileContentHash(entry.originalFile);
            // The file already holds exactly what the copy holds: saved since.
            if (!current.isEmpty() && current == fileContentHash(entry.recoveryFile)) {
                discard(entry);
                continue;
            }
            const QByteArray base = object.value(QStringLiteral("originalSha256")).toString().toLatin1();
            entry.originalChangedSince = !base.isEmpty() && base != current;
        }
        entries.push_back(entry);
    }
    return entries;
}

void RecoveryStore::discard(const Entry &entry)
{
    QFile::remove(entry.recoveryFile);
    QFile::remove(QFileInfo(entry.recoveryFile).path() + QLatin1Char('/') + QFileInfo(entry.recoveryFile).completeBaseName()
                  + QStringLiteral(".json"));
}

std::optional<core::Plan> RecoveryStore::read(const Entry &entry, QStringList *errors)
{
    core::PlanReadResult read = core::loadPlanFile(entry.recoveryFile.toStdString());
    if (!read.plan && errors)
        for (const auto &diagnostic : read.errors)
            errors->append(QString::fromStdString(diagnostic.describe(uiLanguage())));
    return read.plan;
}

} // namespace mixplanner::ui
