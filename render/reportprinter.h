#pragma once

#include "core/report/planreport.h"

#include <QByteArray>
#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace mixplanner::ui {

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

// The summary as the bytes of a PDF, for the one safe writer to put on disk.
// Creates an offscreen QGuiApplication when none exists, so the CLI can use
// it headless.
QByteArray renderPdf(const core::PlanReport &report);

} // namespace mixplanner::ui
