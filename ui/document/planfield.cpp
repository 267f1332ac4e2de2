#include "ui/document/planfield.h"

#include "core/catalogue/catalogue.h"
#include "core/model/planvalidation.h"
#include "ui/text/uilanguage.h"

#include <QCoreApplication>

namespace mixplanner::ui {

namespace {

using core::schema::FieldValue;
using core::schema::Kind;

// The words of the field layer are filed under "PlanField" for translators
// (free functions have no class of their own to name them).
class PlanFieldText
{
    Q_DECLARE_TR_FUNCTIONS(PlanField)
};

template<typename Item>
const Item &itemAt(const std::vector<Item> &items, int row)
{
    return items.at(static_cast<std::size_t>(row));
}

bool holdsWholeNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

// The QVariant an editor widget gives, as the field table's value. A value of
// the wrong kind stays what it is (text typed where a number belongs), so the
// check can say what was given.
FieldValue toFieldValue(const core::schema::Field &field, const QVariant &value)
{
    switch (field.kind) {
    case Kind::Text: case Kind::Identifier: case Kind::Currency: case Kind::Date: case Kind::Choice:
        return toStdString(value.toString());
    case Kind::Number: case Kind::WholeNumber: {
        if (!value.isValid())
            return {};
        if (field.kind == Kind::WholeNumber && holdsWholeNumber(value))
            return static_cast<std::int64_t>(value.toLongLong());
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return toStdString(value.toString());
        return number;
    }
    case Kind::Flag:
        return value.toBool();
    case Kind::TextList: case Kind::References:
        return toStdStrings(value.toStringList());
    }
    return {};
}

QVariant toVariant(const FieldValue &value)
{
    return std::visit([](const auto &held) -> QVariant {
        using Held = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<Held, std::monostate>)
            return {};
        else if constexpr (std::is_same_v<Held, std::string>)
            return toQString(held);
        else if constexpr (std::is_same_v<Held, std::int64_t>)
            return qlonglong(held);
        else if constexpr (std::is_same_v<Held, std::vector<std::string>>)
            return toQStringList(held);
        else
            return held;
    }, value);
}

} // namespace

QString toQString(const std::string &text) { return QString::fromStdString(text); }
std::string toStdString(const QString &text) { return text.toStdString(); }

QStringList toQStringList(const std::vector<std::string> &items)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(items.size()));
    for (const std::string &item : items)
        list << toQString(item);
    return list;
}

std::vector<std::string> toStdStrings(const QStringList &items)
{
    std::vector<std::string> result;
    result.reserve(static_cast<std::size_t>(items.size()));
    for (const QString &item : items)
        result.push_back(toStdString(item));
    return result;
}

Collection collectionOf(PlanField field)
{
    if (field == PlanField::None)
        return Collection::None;
    switch (core::schema::field(field).owner) {
    case core::schema::Owner::Channel: return Collection::Channels;
    case core::schema::Owner::Cluster: return Collection::Clusters;
    case core::schema::Owner::Phase: return Collection::Phases;
    case core::schema::Owner::Activity: return Collection::Activities;
    case core::schema::Owner::Plan: case core::schema::Owner::Brand: case core::schema::Owner::Purpose: break;
    }
    return Collection::None;
}

QVariant readField(const core::Plan &plan, PlanField field, int row)
{
    if (field == PlanField::None)
        return {};
    return toVariant(core::schema::get(plan, field, static_cast<std::size_t>(std::max(row, 0))));
}

void writeField(core::Plan &plan, PlanField field, int row, const QVariant &value)
{
    if (field == PlanField::None)
        return;
    core::schema::set(plan, field, static_cast<std::size_t>(std::max(row, 0)),
                      toFieldValue(core::schema::field(field), value));
}

QString validateField(const core::Plan &plan, PlanField field, int row, const QVariant &value)
{
    if (field == PlanField::None)
        return {};
    const core::Problem problem = core::validate(plan, core::Catalogue::builtin(), field,
                                                 static_cast<std::size_t>(std::max(row, 0)),
                                                 toFieldValue(core::schema::field(field), value));
    if (!problem)
        return {};
    QString label = fieldLabel(field);
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return PlanFieldText::tr("%1: %2").arg(label, QString::fromStdString(uiLanguage().render(problem.message)));
}

QString fieldLabel(PlanField field)
{
    if (field == PlanField::None)
        return {};
    return QString::fromStdString(uiLanguage().words(core::schema::field(field).label));
}

int itemCount(const core::Plan &plan, Collection collection)
{
    switch (collection) {
    case Collection::Channels: return static_cast<int>(plan.channels.size());
    case Collection::Clusters: return static_cast<int>(plan.clusters.size());
    case Collection::Phases: return static_cast<int>(plan.phases.size());
    case Collection::Activities: return static_cast<int>(plan.activities.size());
    case Collection::None: break;
    }
    return 0;
}

QString itemName(const core::Plan &plan, Collection collection, int row)
{
    if (row < 0 || row >= itemCount(plan, collection))
        return {};
    switch (collection) {
    case Collection::Channels: {
        const core::Channel &channel = itemAt(plan.channels, row);
        return toQString(channel.name.empty() ? channel.id : channel.name);
    }
    case Collection::Clusters: return toQString(itemAt(plan.clusters, row).name);
    case Collection::Phases: return toQString(itemAt(plan.phases, row).name);
    case Collection::Activities: return toQString(itemAt(plan.activities, row).name);
    case Collection::None: break;
    }
    return {};
}

} // namespace mixplanner::ui
