#include "ui/dialogs/preferencesdialog.h"

#include "ui/text/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mixplanner::ui {

namespace {

constexpr auto kAutosaveKey = "autosave/intervalSeconds";

} // namespace

int autosaveInterval()
{
    return std::max(0, QSettings().value(QLatin1String(kAutosaveKey), 60).toInt());
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));

    m_language->addItem(tr("System language"), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosenLanguage())));
    m_language->setAccessibleName(tr("Language"));

    m_autosave->setRange(0, 3600);
    m_autosave->setSingleStep(15);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setValue(autosaveInterval());
    m_autosave->setAccessibleName(tr("Recovery copy interval in seconds"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies the next time MixPlanner starts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Recovery copy every:"), m_autosave);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::save() const
{
    setChosenLanguage(m_language->currentData().toString());
    QSettings().setValue(QLatin1String(kAutosaveKey), m_autosave->value());
}

} // namespace mixplanner::ui
