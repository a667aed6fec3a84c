#include "chronologypdf.h"

#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace hearth::ChronologyPdf {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A review's actions are lines of their own on the screen; so they are on paper.
QString lines(const QString &text)
{
    return esc(text).replace(u'\n', QStringLiteral("<br/>"));
}

QString html(const Document &d)
{
    QString out = QStringLiteral("<h1>%1</h1><p>%2</p><p><b>%3</b></p><p>%4</p>")
                      .arg(esc(d.title), esc(d.exported), esc(d.filter), esc(d.builtFrom));
    out += QStringLiteral("<h2>%1</h2>").arg(esc(d.flagsHeading));
    if (d.flags.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(esc(d.noFlags));
    else {
        out += QStringLiteral("<ul>");
        for (const Flag &flag : d.flags)
            out += QStringLiteral("<li><b>%1</b><br/><i>%2</i></li>")
                       .arg(esc(flag.text), esc(flag.status));
        out += QStringLiteral("</ul>");
    }
    out += QStringLiteral("<h2>%1</h2>").arg(esc(d.entriesHeading));
    out += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          "style=\"border-collapse: collapse; border-color: #888888\"><thead><tr>");
    for (const QString &column : d.columns)
        out += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(column));
    out += QStringLiteral("</tr></thead>");
    for (const Entry &e : d.entries) {
        // A failed signature is said in words and set in bold: print may be black and white.
        const QString signature = e.signatureFailed
            ? QStringLiteral("<b>%1</b>").arg(esc(e.signature))
            : esc(e.signature);
        out += QStringLiteral(
            "<tr><td width=\"16%\" nowrap>%1<br/><i>%2</i></td><td width=\"48%\">%3</td>"
            "<td width=\"17%\">%4</td><td width=\"19%\">%5</td></tr>")
                   .arg(esc(e.date), esc(e.kind), lines(e.what), esc(e.recordedBy), signature);
    }
    out += QStringLiteral("</table>");
    return out;
}
} // namespace

QString fontFamily()
{
    static const QString family = [] {
        QString found;
        for (const char *file :
            { ":/hearth/fonts/DejaVuSans.ttf", ":/hearth/fonts/DejaVuSans-Bold.ttf" }) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            if (id >= 0 && found.isEmpty())
                found = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return found.isEmpty() ? QStringLiteral("DejaVu Sans") : found;
    }();
    return family;
}

Expected<void, QString> write(const Document &document, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return unexpected(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Hearth"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument text;
        QFont font(fontFamily());
        font.setPointSizeF(9.5);
        text.setDefaultFont(font);
        text.setHtml(html(document));
        text.print(&writer);
    }
    if (!file.commit())
        return unexpected(file.errorString());
    return {};
}

} // namespace hearth::ChronologyPdf
