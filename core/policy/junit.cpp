#include "junit.h"

#include "text/displaytext.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace core {

namespace {

constexpr int kNameLength = 200;
constexpr int kMessageLength = 2000;
constexpr int kFixLength = 4000;

/// Leaves out what XML 1.0 forbids (control characters but tab and line
/// breaks, lone surrogates, U+FFFE and U+FFFF); everything else is kept.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xD7FF)
            || (u >= 0xE000 && u <= 0xFFFD);
        if (allowed)
            out.append(c);
    }
    return out;
}

/// Untrusted text for an attribute or an element: one line, bidi and other
/// invisible characters made visible, then what XML forbids left out.
QString safe(const QString &untrusted, int maxLength)
{
    return xmlSafe(displayText(untrusted, maxLength));
}

struct Counts
{
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;

    void add(const Counts &other)
    {
        tests += other.tests;
        failures += other.failures;
        errors += other.errors;
        skipped += other.skipped;
    }
};

bool scanFailed(const ScanVerdict &scan)
{
    return scan.state == QLatin1String("failed");
}

Counts countsOf(const ScanVerdict &scan)
{
    Counts counts;
    if (scanFailed(scan)) {
        // One test, the scan itself, in error.
        ++counts.tests;
        ++counts.errors;
    }
    if (scan.partialFails) {
        // One test, the scan itself, failed: it ended partial.
        ++counts.tests;
        ++counts.failures;
    }
    if (!scan.failBelow.isEmpty()) {
        // One test, the grade, failed.
        ++counts.tests;
        ++counts.failures;
    }
    for (const FindingVerdict &finding : scan.findings) {
        ++counts.tests;
        if (finding.counts == FindingVerdict::Counts::Fails && finding.decidesExit)
            ++counts.failures;
        else if (finding.counts == FindingVerdict::Counts::Suppressed
                 || finding.counts == FindingVerdict::Counts::Ignored)
            ++counts.skipped;
    }
    return counts;
}

void writeCounts(QXmlStreamWriter &xml, const Counts &counts)
{
    xml.writeAttribute(QStringLiteral("tests"), QString::number(counts.tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(counts.failures));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(counts.errors));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(counts.skipped));
}

void writeProperty(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    xml.writeStartElement(QStringLiteral("property"));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeAttribute(QStringLiteral("value"), value);
    xml.writeEndElement();
}

QString suppressionText(const Suppression &suppression)
{
    const QString reason = safe(suppression.reason, kMessageLength);
    return suppression.state == TriageState::FalsePositive
        ? QCoreApplication::translate("junit", "False positive: %1").arg(reason)
        : QCoreApplication::translate("junit", "Accepted risk: %1").arg(reason);
}

QString expiredText(const Suppression &suppression)
{
    return QCoreApplication::translate("junit",
                                       "The suppression expired on %1 and counts again. %2")
        .arg(suppression.expires.toString(Qt::ISODate), suppressionText(suppression));
}

QString failedScanText(const ScanVerdict &scan)
{
    const QString error = safe(scan.error, kMessageLength);
    return error.isEmpty()
        ? QCoreApplication::translate("junit", "The scan failed; AppVet gave no reason.")
        : QCoreApplication::translate("junit", "The scan failed: %1").arg(error);
}

void writeTestCase(QXmlStreamWriter &xml, const FindingVerdict &finding)
{
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("classname"), safe(finding.category, kNameLength));
    xml.writeAttribute(QStringLiteral("name"), safe(finding.check, kNameLength));
    const QString message = safe(finding.message, kMessageLength);
    switch (finding.counts) {
    case FindingVerdict::Counts::Fails: {
        QStringList body;
        if (!finding.fix.trimmed().isEmpty())
            body << QCoreApplication::translate("junit", "Fix: %1")
                        .arg(safe(finding.fix, kFixLength));
        if (finding.suppression && finding.suppressionExpired)
            body << expiredText(*finding.suppression);
        if (!finding.decidesExit) {
            // CI shows a <failure> as a failed test: only what failed the
            // gate is one. This one fails but did not count (not new, below
            // the minimum severity, or a gate on the grade only).
            body.prepend(
                QCoreApplication::translate("junit", "Failing, not counted by the gate: %1")
                    .arg(message));
            xml.writeTextElement(QStringLiteral("system-out"), body.join(QLatin1Char('\n')));
            break;
        }
        xml.writeStartElement(QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("message"), message);
        if (!finding.severity.isEmpty())
            xml.writeAttribute(QStringLiteral("type"), safe(finding.severity, kNameLength));
        if (!body.isEmpty())
            xml.writeCharacters(body.join(QLatin1Char('\n')));
        xml.writeEndElement();
        break;
    }
    case FindingVerdict::Counts::Suppressed:
        xml.writeEmptyElement(QStringLiteral("skipped"));
        xml.writeAttribute(QStringLiteral("message"),
                           finding.suppression
                               ? suppressionText(*finding.suppression)
                               : QCoreApplication::translate("junit", "Suppressed."));
        break;
    case FindingVerdict::Counts::Ignored:
        xml.writeEmptyElement(QStringLiteral("skipped"));
        xml.writeAttribute(QStringLiteral("message"),
                           QCoreApplication::translate("junit", "Ignored by the policy's rules."));
        break;
    case FindingVerdict::Counts::Warns: {
        // A warning passes; it is said in the test's output.
        QString text = QCoreApplication::translate("junit", "Warning: %1").arg(message);
        if (finding.suppression && finding.suppressionExpired)
            text += QLatin1Char('\n') + expiredText(*finding.suppression);
        xml.writeTextElement(QStringLiteral("system-out"), text);
        break;
    }
    case FindingVerdict::Counts::Passes:
        break;
    }
    xml.writeEndElement();
}

} // namespace

QByteArray toJUnit(const QList<ScanVerdict> &verdicts, const QString &toolVersion)
{
    Counts total;
    for (const ScanVerdict &scan : verdicts)
        total.add(countsOf(scan));

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("ScanDash"));
    writeCounts(xml, total);
    for (const ScanVerdict &scan : verdicts) {
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"),
                           QStringLiteral("%1 (%2)").arg(safe(scan.siteUrl, kMessageLength),
                                                         safe(scan.type, kNameLength)));
        writeCounts(xml, countsOf(scan));
        xml.writeStartElement(QStringLiteral("properties"));
        writeProperty(xml, QStringLiteral("scanId"), safe(scan.scanId, kNameLength));
        writeProperty(xml, QStringLiteral("site"), safe(scan.siteUrl, kMessageLength));
        writeProperty(xml, QStringLiteral("type"), safe(scan.type, kNameLength));
        writeProperty(xml, QStringLiteral("grade"), safe(scan.grade, 4));
        writeProperty(xml, QStringLiteral("score"), QString::number(scan.score));
        writeProperty(xml, QStringLiteral("passed"),
                      scan.passed ? QStringLiteral("true") : QStringLiteral("false"));
        if (scan.hasBaseline)
            writeProperty(xml, QStringLiteral("baseline"), safe(scan.baselineScanId, kNameLength));
        writeProperty(xml, QStringLiteral("scandashVersion"), xmlSafe(toolVersion));
        if (!scan.state.isEmpty())
            writeProperty(xml, QStringLiteral("state"), safe(scan.state, kNameLength));
        xml.writeEndElement();
        if (scanFailed(scan)) {
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("scan"));
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("scan"));
            xml.writeEmptyElement(QStringLiteral("error"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("failed"));
            xml.writeAttribute(QStringLiteral("message"), failedScanText(scan));
            xml.writeEndElement();
        }
        if (scan.partialFails) {
            const QString why = safe(scan.error, kMessageLength);
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("scan"));
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("scan"));
            xml.writeEmptyElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("partial"));
            xml.writeAttribute(
                QStringLiteral("message"),
                why.isEmpty()
                    ? QCoreApplication::translate(
                        "junit", "The scan ended partial: some checks did not run.")
                    : QCoreApplication::translate("junit", "The scan ended partial: %1").arg(why));
            xml.writeEndElement();
        }
        if (!scan.failBelow.isEmpty()) {
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("scan"));
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("grade"));
            xml.writeEmptyElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"),
                               QCoreApplication::translate("junit", "Graded %1, below %2.")
                                   .arg(safe(scan.grade, 4), safe(scan.failBelow, 4)));
            xml.writeEndElement();
        }
        for (const FindingVerdict &finding : scan.findings)
            writeTestCase(xml, finding);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace core
