#include "pdfexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace ui {

bool renderPdf(const QString &html, QByteArray *pdf, QString *error)
{
    QBuffer buffer(pdf);
    if (!buffer.open(QIODevice::WriteOnly)) {
        *error = buffer.errorString();
        return false;
    }
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("ScanDash"));
    writer.setTitle(QCoreApplication::translate("pdf", "AppVet report"));
    QTextDocument document;
    // The page is the exporters' escaped HTML: no resources are loaded.
    document.setHtml(html);
    document.print(&writer);
    buffer.close();
    if (pdf->isEmpty()) {
        *error = QCoreApplication::translate("pdf", "the PDF came out empty");
        return false;
    }
    return true;
}

} // namespace ui
