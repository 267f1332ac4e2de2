#include "ui/io/filesaving.h"

#include "ui/text/uilanguage.h"

#include <QCryptographicHash>
#include <QFile>

namespace mixplanner::ui {

namespace {

std::filesystem::path nativePath(const QString &fileName)
{
    return std::filesystem::path(QFile::encodeName(fileName).toStdString());
}

SaveResult toResult(const core::WriteOutcome &outcome)
{
    SaveResult result;
    result.ok = outcome.ok();
    if (!outcome.failure.empty())
        result.error = QString::fromStdString(uiLanguage().render(outcome.failure));
    if (!outcome.warning.empty())
        result.warning = QString::fromStdString(uiLanguage().render(outcome.warning));
    return result;
}

} // namespace

SaveResult saveFile(const QString &fileName, const QByteArray &bytes, const core::WriteRules &rules)
{
    return toResult(core::writeFileSafely(nativePath(fileName), std::string_view(bytes.constData(),
                                                                                 static_cast<std::size_t>(bytes.size())),
                                          rules));
}

SaveResult checkSaveTarget(const QString &fileName, const core::WriteRules &rules)
{
    return toResult(core::checkWriteTarget(nativePath(fileName), rules));
}

QByteArray fileContentHash(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

core::WriteRules protecting(const QStringList &inputs)
{
    core::WriteRules rules;
    for (const QString &input : inputs)
        if (!input.isEmpty())
            rules.inputs.push_back(nativePath(input));
    return rules;
}

} // namespace mixplanner::ui
