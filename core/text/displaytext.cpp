#include "displaytext.h"

namespace core {

QString displayText(const QString &untrusted, int maxLength)
{
    QString out;
    out.reserve(qMin<qsizetype>(untrusted.size(), maxLength) + 8);
    for (qsizetype i = 0; i < untrusted.size() && out.size() < maxLength; ++i) {
        const QChar c = untrusted.at(i);
        const ushort code = c.unicode();
        // Markers are drawn with glyphs common fonts have (DejaVu, Noto, Liberation
        // lack the control pictures ␊ …), or written out.
        if (code == '\n' || code == '\r') {
            if (!(code == '\r' && i + 1 < untrusted.size() && untrusted.at(i + 1) == u'\n'))
                out.append(QChar(0x21b5)); // ↵: a line break, shown on the one line
        } else if (code == '\t') {
            out.append(QChar(0x2192)); // →
        } else if (code < 0x20 || code == 0x7f || c.category() == QChar::Other_Format
                   || c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
                   || c.category() == QChar::Separator_Paragraph) {
            out.append(QStringLiteral("[U+%1]").arg(code, 4, 16, QLatin1Char('0')).toUpper());
        } else {
            out.append(c);
        }
    }
    if (out.size() >= maxLength && untrusted.size() > maxLength)
        out.append(QChar(0x2026));
    return out;
}

QString tooltipText(const QString &untrusted)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
        .arg(displayText(untrusted).toHtmlEscaped());
}

} // namespace core
