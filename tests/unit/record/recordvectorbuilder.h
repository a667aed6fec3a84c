#pragma once

#include "common/expected.h"
#include "record/devicekeypair.h"
#include "record/jsonvalue.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace hearth::test {

// Produces the published record vectors (tests/data/record-vectors) from fixed keys and fixed
// envelope fields. The generator program writes its output to disk; tst_recordvectors builds it
// again and requires the committed files to be byte-for-byte equal, so any change to the
// canonical form, the signing input or the chain hash fails a test instead of silently
// changing the published format.
class RecordVectorBuilder
{
public:
    struct Key
    {
        QString device;
        QByteArray seedHex; // 32-byte RFC 8032 private key
    };

    // dataDir is tests/data (the visit body comes from record-vectors/typical-visit-body.json).
    explicit RecordVectorBuilder(QString dataDir);

    // File name (inside record-vectors/) -> exact content.
    [[nodiscard]] Expected<QMap<QString, QByteArray>, QString> build() const;

    static QList<Key> keys();
    static DeviceKeyPair keyPair(const Key &key);
    // The body of a typical visit (about 2 KB canonical), NFC as if entered in the app.
    [[nodiscard]] static Expected<JsonValue, QString> typicalVisitBody(const QString &dataDir);
    // Indented JSON with sorted keys for files meant to be read by people as well.
    static QByteArray pretty(const JsonValue &value);

private:
    QString m_dataDir;
};

} // namespace hearth::test
