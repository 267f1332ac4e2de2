// MixPlanner in Japanese: the translator follows the chosen language, every
// menu and finding is in Japanese, exports speak it too, and numbers follow
// the locale.
#include "uitestsupport.h"

#include "core/catalogue/cataloguetexts.h"
#include "core/report/planreport.h"
#include "core/scoring/scorer.h"
#include "ui/dialogs/guidedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/export/reportexporter.h"
#include "ui/mainwindow.h"
#include "ui/text/translations.h"
#include "ui/text/uilanguage.h"

#include <QDate>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace mixplanner;

namespace {

// Latin words left in a text once names that stay Latin in Japanese (the
// product, platforms, file types) and mnemonics are taken out.
QStringList englishWords(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    for (const char *name : {"MixPlanner", "Instagram", "TikTok", "YouTube", "Facebook", "LINE", "LinkedIn",
                             "Twitter", "Qt", "PDF", "JSON", "CSV", "HTML", "Markdown", "X"})
        text.remove(QLatin1String(name));
    QStringList words;
    auto matches = QRegularExpression(QStringLiteral("[A-Za-z]{2,}")).globalMatch(text);
    while (matches.hasNext())
        words << matches.next().captured();
    return words;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menusAreJapanese();
    void theSampleAndItsFindingsAreJapanese();
    void everyCatalogueWordHasATranslation();
    void numbersFollowTheLocale();
    void theGuideIsInJapanese();
    void aPdfExportIsJapanese();
    void problemsInABrokenFileAreJapanese();
};

void TestTranslations::initTestCase()
{
    test::isolateSettings();
    ui::setChosenLanguage(QStringLiteral("ja"));
    QCOMPARE(ui::installTranslations(*QCoreApplication::instance()), QStringLiteral("ja"));
}

void TestTranslations::menusAreJapanese()
{
    ui::MainWindow window;
    int checked = 0;
    for (QAction *menuAction : window.menuBar()->actions()) {
        QVERIFY2(englishWords(menuAction->text()).isEmpty(), qPrintable(menuAction->text()));
        const QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            ++checked;
            QVERIFY2(englishWords(action->text()).isEmpty(), qPrintable(action->text()));
            // Submenus too: File > New lists the templates by their titles.
            if (const QMenu *submenu = action->menu()) {
                for (QAction *item : submenu->actions()) {
                    // Open Recent lists file paths, which are the user's words.
                    if (item->isSeparator() || item->text().contains(QLatin1Char('/')))
                        continue;
                    ++checked;
                    QVERIFY2(englishWords(item->text()).isEmpty(), qPrintable(item->text()));
                }
            }
        }
    }
    QVERIFY(checked >= 15);
}

void TestTranslations::theSampleAndItsFindingsAreJapanese()
{
    ui::MainWindow window;
    window.openSample();
    QVERIFY(window.windowTitle().contains(QStringLiteral("クモロースターズ")));
    const core::Plan plan = test::samplePlan();
    const core::ScoreReport score = core::scorePlan(plan);
    QVERIFY(score.findings.size() >= 5);
    for (const core::Finding &finding : score.findings) {
        for (const core::text::Message *message : {&finding.message, &finding.suggestion}) {
            const QString text = QString::fromStdString(ui::uiLanguage().render(*message));
            // Plan names of the English sample may stay English; the sentence
            // around them may not.
            QString withoutNames = text;
            withoutNames.remove(QRegularExpression(QStringLiteral("「[^」]*」")));
            QVERIFY2(englishWords(withoutNames).isEmpty(), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("。")) || text.endsWith(QStringLiteral("ん")), qPrintable(text));
        }
    }
}

void TestTranslations::everyCatalogueWordHasATranslation()
{
    QTranslator japanese;
    QVERIFY(japanese.load(QStringLiteral(":/i18n/mixplanner_ja.qm")));
    for (const core::text::Source &source : core::catalogueTexts())
        QVERIFY2(!japanese.translate(source.context, source.text).isEmpty(), source.text);
    for (const char *id : {"mixFit", "trajectory", "channelFit", "contentReadiness", "accountReadiness"}) {
        const core::text::Source name = core::componentName(id);
        QVERIFY2(!japanese.translate(name.context, name.text).isEmpty(), id);
    }
}

void TestTranslations::numbersFollowTheLocale()
{
    const test::DefaultLocaleGuard restoreLocale;
    const core::text::Language &language = ui::uiLanguage();
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(language.money(1234567, "JPY"), std::string("\u00A51,234,567"));
    QCOMPARE(language.money(1234.5, "USD"), std::string("$1,234.50"));
    QCOMPARE(language.count(9876543), std::string("9,876,543"));
    QCOMPARE(language.percent(0.234), std::string("23%"));
    // A locale with other separators writes them its way.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(language.money(1234.5, "USD"), std::string("$1.234,50"));
    QCOMPARE(language.decimal(2.5, 1), std::string("2,5"));
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
}

void TestTranslations::theGuideIsInJapanese()
{
    ui::GuideDialog guide;
    const QString text = guide.browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("アカウント起点")));
    QVERIFY(text.contains(QStringLiteral("コンテンツ起点")));
    // Both guides tell the same story: the same sections.
    const auto sections = [](const QString &html) { return html.count(QStringLiteral("<h2>")); };
    QCOMPARE(sections(ui::GuideDialog::guideHtml(QStringLiteral("ja"))),
             sections(ui::GuideDialog::guideHtml(QStringLiteral("en"))));
    QVERIFY(sections(ui::GuideDialog::guideHtml(QStringLiteral("en"))) >= 5);
}

void TestTranslations::aPdfExportIsJapanese()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QFAIL("pdftotext is missing (poppler-utils, installed by scripts/install-deps)");
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("summary.pdf"));
    const core::Plan plan = test::samplePlan();
    QString error;
    QVERIFY2(ui::exportReport(plan, core::scorePlan(plan), core::ReportFormat::Pdf, pdf, &error), qPrintable(error));
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    // NFKC: the CJK font maps some ideographs to look-alike radicals (心 as
    // ⼼) in the text pdftotext extracts.
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    for (const char *heading : {"スコア", "フェーズごとの配分", "指摘", "予測", "フェーズごとの施策", "チャネル",
                                "興味関心クラスター", "モデルのパラメーター", "ユーロ建て予算"})
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    for (const char *english : {"Findings", "Mix per phase", "What to do", "Activities by phase", "Score:"})
        QVERIFY2(!text.contains(QLatin1String(english)), english);
    QVERIFY(text.contains(QStringLiteral("\u00A5")));
    // Dated as Japanese write dates.
    QVERIFY2(text.contains(QLocale().toString(QDate::currentDate(), QLocale::LongFormat).normalized(QString::NormalizationForm_KC)),
             qPrintable(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
}

void TestTranslations::problemsInABrokenFileAreJapanese()
{
    ui::MainWindow window;
    window.openSample();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openFile(test::dataPath(QStringLiteral("broken/dangling-phase.mixplan"))));
    const QStringList details = ui::MessageBox::lastDetails();
    QVERIFY(!details.isEmpty());
    // The pointer stays as it is (it names the place in the file); the words are Japanese.
    QVERIFY2(details.front().startsWith(QStringLiteral("/activities/0/phases/1 ")), qPrintable(details.front()));
    QVERIFY2(details.front().contains(QStringLiteral("参照していますが")), qPrintable(details.front()));
    // Quoted values and pointers are the file's own words.
    QString words = details.front();
    words.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|/\\S*")));
    QVERIFY2(englishWords(words).isEmpty(), qPrintable(details.front()));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
