#include "ui/document/recoverystore.h"

#include "core/io/planfile.h"
#include "core/io/planjson.h"
#include "ui/text/uilanguage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace mixplanner::ui {

namespace {

QString baseName(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QString RecoveryStore::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

bool RecoveryStore::write(const QString &key, const QString &originalFile, const core::Plan &plan, QString *error)
{
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = QObject::tr("cannot create %1").arg(folder());
        return false;
    }
    const QString base = QDir(folder()).filePath(baseName(key));
    const std::string text = core::writePlan(plan);
    if (!writeAtomically(base + QStringLiteral(".mixplan"), QByteArray::fromStdString(text), error))
        return false;
    QJsonObject note{{QStringLiteral("originalFile"), originalFile},
                     {QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return writeAtomically(base + QStringLiteral(".json"), QJsonDocument(note).toJson(), error);
}

void RecoveryStore::remove(const QString &key)
{
    const QString base = QDir(folder()).filePath(baseName(key));
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
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        Entry entry;
        entry.recoveryFile = dir.filePath(QFileInfo(note).completeBaseName() + QStringLiteral(".mixplan"));
        entry.originalFile = object.value(QStringLiteral("originalFile")).toString();
        entry.written = QDateTime::fromString(object.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
        if (!QFileInfo::exists(entry.recoveryFile))
            continue;
        // A copy older than its saved plan is stale: the plan was saved since.
        const QFileInfo original(entry.originalFile);
        if (!entry.originalFile.isEmpty() && original.exists() && entry.written.isValid()
            && original.lastModified().toUTC() > entry.written)
            continue;
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
