#pragma once

#include "core/report/planreport.h"

#include <QByteArray>
#include <QPageSize>
#include <QString>

#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

namespace mixplanner::render {

// Lays out the plan summary for paper: the same content as the HTML export,
// with the charts drawn from their SVG at print resolution. PDF export and
// printing (with preview) both use this layout.
class ReportPrinter
{
public:
    explicit ReportPrinter(const core::PlanReport &report);
    ~ReportPrinter();

    // Paints every page, with page numbers, onto a PDF writer or printer.
    void print(QPagedPaintDevice *device) const;
    QTextDocument *document() const { return m_document.get(); }

    // The page size for the user's locale: Letter where it is the norm, else A4.
    static QPageSize defaultPageSize();

private:
    std::unique_ptr<QTextDocument> m_document;
};

// The summary as a PDF written to `device`. Needs a QGuiApplication (fonts);
// the CLI creates one, offscreen, only when it exports a PDF.
void writePdf(const core::PlanReport &report, QIODevice &device);

} // namespace mixplanner::render
