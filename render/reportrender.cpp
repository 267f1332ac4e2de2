#include "render/reportrender.h"

#include "render/reportprinter.h"

#include <QBuffer>

namespace mixplanner::render {

bool needsGuiApplication(core::ReportFormat format)
{
    return format == core::ReportFormat::Pdf;
}

void writeReport(const core::PlanReport &report, core::ReportFormat format, QIODevice &device)
{
    if (format == core::ReportFormat::Pdf) {
        writePdf(report, device);
        return;
    }
    const std::string text = core::writeReport(report, format);
    device.write(text.data(), static_cast<qint64>(text.size()));
}

QByteArray reportBytes(const core::PlanReport &report, core::ReportFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeReport(report, format, buffer);
    return buffer.data();
}

} // namespace mixplanner::render
