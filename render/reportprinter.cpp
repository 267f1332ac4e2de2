#include "render/reportprinter.h"

#include "core/report/printedreport.h"
#include "core/report/reportwriters.h"
#include "core/report/svgcharts.h"

#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace mixplanner::render {

namespace {

// Charts are rasterised at this many pixels per SVG unit: about 300 dpi at
// the size they are printed, sharp on paper and small enough for a PDF.
constexpr double kChartScale = 4.0;

QImage renderSvg(const std::string &svg)
{
    QSvgRenderer renderer(QByteArray::fromStdString(svg));
    const QSize size = (renderer.defaultSize() * kChartScale);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    image.setDevicePixelRatio(kChartScale);
    return image;
}

} // namespace

ReportPrinter::ReportPrinter(const core::PlanReport &fullReport)
    : m_document(std::make_unique<QTextDocument>())
{
    // Paper lays out every line: long texts and lists are cut first, so any
    // valid plan prints in seconds (core/report/printedreport.h).
    const core::PlanReport report = core::condenseForPrint(fullReport);
    m_document->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 20pt; } h2 { font-size: 14pt; color: #1f5f99; } h3 { font-size: 11pt; }"
        "table { border-collapse: collapse; } th { background-color: #eef3f8; }"));
    QFont font = m_document->defaultFont();
    font.setPointSizeF(9.5);
    m_document->setDefaultFont(font);
    m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("mixplanner:mix-chart")),
                            renderSvg(core::mixChartSvg(report)));
    m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("mixplanner:components-chart")),
                            renderSvg(core::componentsChartSvg(report)));
    m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("mixplanner:projection-chart")),
                            renderSvg(core::projectionChartSvg(report)));
    m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("mixplanner:cost-phase-chart")),
                            renderSvg(core::costChartSvg(report, core::CostChart::ByPhase)));
    m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("mixplanner:cost-channel-chart")),
                            renderSvg(core::costChartSvg(report, core::CostChart::ByChannel)));
    QString html = QString::fromStdString(core::writePrintHtmlReport(report));
    // Qt's rich text takes table borders from attributes, not CSS.
    html.replace(QStringLiteral("<table>"), QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"));
    m_document->setHtml(html);
}

ReportPrinter::~ReportPrinter() = default;

QPageSize ReportPrinter::defaultPageSize()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates: case QLocale::Canada: case QLocale::Mexico: case QLocale::Philippines:
    case QLocale::Chile: case QLocale::Colombia: case QLocale::Venezuela:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

void ReportPrinter::print(QPagedPaintDevice *device) const
{
    // QTextDocument::print paginates to the device and numbers the pages.
    m_document->print(device);
}

void writePdf(const core::PlanReport &report, QIODevice &device)
{
    Q_ASSERT(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    QPdfWriter writer(&device);
    writer.setPageSize(ReportPrinter::defaultPageSize());
    writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QString::fromStdString(report.title));
    writer.setCreator(QString::fromStdString(report.generator));
    ReportPrinter(report).print(&writer);
}

} // namespace mixplanner::render
