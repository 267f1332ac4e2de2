#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace mixplanner::ui {

class FieldBinder;
class PlanDocument;

// The brand's figures and the plan's purpose, with the brand strength they
// give, broken down live as the inputs change.
class BrandPurposePage : public QWidget
{
    Q_OBJECT

public:
    explicit BrandPurposePage(PlanDocument *document, QWidget *parent = nullptr);

private:
    void updateBreakdown();

    PlanDocument *m_document;
    FieldBinder *m_binder;
    QLabel *m_strength;
    QTableWidget *m_breakdown;
    QLabel *m_purposeNote;
};

} // namespace mixplanner::ui
