#include "exporting.h"

#include "model/scanlistmodel.h"
#include "pdfexport.h"
#include "report/reportexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

namespace ui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ui", text); // lupdate's context here
}

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

namespace {

/// The bytes for `path`'s suffix: `json`, `markdown`, or the HTML page (also
/// laid out as PDF).
bool exportByFormat(const QString &path, const std::function<QByteArray()> &json,
                    const std::function<QString()> &markdown, const std::function<QString()> &page,
                    QString *error)
{
    const QString suffix = suffixOf(path);
    QByteArray bytes;
    if (suffix == QLatin1String("json"))
        bytes = json();
    else if (suffix == QLatin1String("md"))
        bytes = markdown().toUtf8();
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        bytes = page().toUtf8();
    else if (suffix == QLatin1String("pdf")) {
        if (!renderPdf(page(), &bytes, error))
            return false;
    } else {
        *error = tr("pick a file ending in .pdf, .html, .md or .json");
        return false;
    }
    return writeFile(path, bytes, error);
}

} // namespace

bool exportReport(const core::Report &report, const QString &path, QString *error,
                  const QList<core::SuppressedCheck> &suppressed)
{
    return exportByFormat(
        path, [&] { return report.body; }, [&] { return core::reportMarkdown(report, suppressed); },
        [&] { return core::reportHtml(report, suppressed); }, error);
}

bool exportComparison(const core::ReportComparison &comparison, const QString &path, QString *error)
{
    return exportByFormat(
        path, [&] { return core::comparisonJson(comparison); },
        [&] { return core::comparisonMarkdown(comparison); },
        [&] { return core::comparisonHtml(comparison); }, error);
}

bool exportScanList(const QAbstractItemModel &model, const QString &path, QString *error)
{
    using List = core::ScanListModel;
    QList<QStringList> rows { { tr("Site"), tr("Type"), tr("Status"), tr("Grade"), tr("Score"),
                                tr("Started (UTC)"), tr("Scan id") } };
    for (int row = 0; row < model.rowCount(); ++row) {
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        const qint64 started = cell(List::StartedColumn, List::SortRole).toLongLong();
        const int score = cell(List::GradeColumn, List::SortRole).toInt();
        rows.append({ cell(List::SiteColumn).toString(), cell(0, List::TypeRole).toString(),
                      cell(List::StatusColumn).toString(), cell(0, List::GradeRole).toString(),
                      score < 0 ? QString() : QString::number(score),
                      QDateTime::fromMSecsSinceEpoch(started, Qt::UTC)
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      cell(0, List::ScanIdRole).toString() });
    }
    return writeFile(path, core::csv(rows), error);
}

} // namespace ui
