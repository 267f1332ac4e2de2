#include "ui/dialogs/guidedialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mixplanner::ui {

QString GuideDialog::guideHtml(const QString &language)
{
    QFile file(QStringLiteral(":/help/guide.%1.html").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        file.setFileName(QStringLiteral(":/help/guide.en.html"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
    }
    return QString::fromUtf8(file.readAll());
}

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("MixPlanner Guide"));
    // The translation file names the guide's language, so the guide always
    // matches the language of the menus around it.
    m_browser->setHtml(guideHtml(tr("en", "language code of the guide to show")));
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("Guide"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(680, 720);
}

} // namespace mixplanner::ui
