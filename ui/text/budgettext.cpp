#include "ui/text/budgettext.h"

#include "ui/text/displayformat.h"

#include <QCoreApplication>

namespace mixplanner::ui {

namespace {

class BudgetText
{
    Q_DECLARE_TR_FUNCTIONS(BudgetText)
};

} // namespace

QString budgetSummary(const core::BudgetUse &budget, const QString &currency)
{
    const auto money = [&currency](double amount) { return formatMoney(amount, currency); };
    const QString parts = BudgetText::tr("Committed %1: budgets %2, team hours %3 (%4 h)")
                              .arg(money(budget.committed()), money(budget.money), money(budget.hoursCost),
                                   formatCount(budget.hours));
    if (!budget.cap)
        return parts + QLatin1Char('.');
    if (budget.overCap())
        return BudgetText::tr("%1. That is %2 over the budget cap of %3.")
            .arg(parts, money(-budget.remaining()), money(*budget.cap));
    return BudgetText::tr("%1. %2 of the budget cap of %3 is left.")
        .arg(parts, money(budget.remaining()), money(*budget.cap));
}

QString budgetStatus(const core::BudgetUse &budget, const QString &currency)
{
    const auto money = [&currency](double amount) { return formatMoney(amount, currency); };
    if (!budget.cap)
        return BudgetText::tr("Cost %1").arg(money(budget.committed()));
    if (budget.overCap())
        return BudgetText::tr("Cost %1 of %2 (%3 over)")
            .arg(money(budget.committed()), money(*budget.cap), money(-budget.remaining()));
    return BudgetText::tr("Cost %1 of %2 (%3 left)")
        .arg(money(budget.committed()), money(*budget.cap), money(budget.remaining()));
}

} // namespace mixplanner::ui
