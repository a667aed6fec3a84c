#include "contentpackreader.h"

#include "packparser.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace hearth {

Expected<ContentPack, ContentError> ContentPackReader::read(
    const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return unexpected(ContentError { fileName,
            { { QStringLiteral("$"),
                QStringLiteral("not valid JSON at byte %1: %2")
                    .arg(error.offset)
                    .arg(error.errorString()) } } });
    if (!document.isObject())
        return unexpected(ContentError {
            fileName, { { QStringLiteral("$"), QStringLiteral("must be a JSON object") } } });
    ContentPack pack;
    PackParser parser(pack);
    parser.parse(document.object());
    if (!parser.problems().isEmpty())
        return unexpected(ContentError { fileName, parser.problems() });
    pack.digest = QCryptographicHash::hash(
        document.toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    return pack;
}

} // namespace hearth
