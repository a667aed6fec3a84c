#include "attachmentconsole.h"

#include "record/photohash.h"

#include <QJsonArray>

namespace hearth::server::AttachmentConsole {

Html figures(ConsoleLanguage language, const ConsoleRecord &record)
{
    Html html;
    const QJsonArray photos = record.body.value(QLatin1String("photos")).toArray();
    if (photos.isEmpty())
        return html;
    html.markup("<div class=\"photos\">");
    int number = 0;
    for (const QJsonValue &entry : photos) {
        ++number;
        const QJsonObject photo = entry.toObject();
        const QString hash = photo.value(QLatin1String("hash")).toString();
        if (!PhotoHash::isHash(hash))
            continue; // the signature check on the page already says the record is not right
        const QString caption = photo.value(QLatin1String("caption")).toString();
        const QString label = ConsoleStrings::get(language, "photo").arg(number);
        html.markup("<figure><img src=\"/console/photo?device=")
            .url(record.stored.device)
            .markup("&amp;id=")
            .url(record.stored.id)
            .markup("&amp;hash=")
            .url(hash)
            .markup("\" alt=\"")
            .text(caption.isEmpty() ? label : caption)
            .markup("\" width=\"")
            .text(QString::number(photo.value(QLatin1String("width")).toInt()))
            .markup("\" height=\"")
            .text(QString::number(photo.value(QLatin1String("height")).toInt()))
            .markup("\" loading=\"lazy\"><figcaption>")
            .text(caption.isEmpty() ? label : label + QStringLiteral(": ") + caption)
            .markup("</figcaption></figure>");
    }
    html.markup("</div>");
    return html;
}

} // namespace hearth::server::AttachmentConsole
