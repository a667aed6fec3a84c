#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth {

// One thing wrong in a JSON document, with the path to it ($.children[3].dateOfBirth), so an
// agency administrator or pack author can find it without reading code.
struct JsonProblem
{
    QString path;
    QString message;
    QString toString() const { return path + QStringLiteral(": ") + message; }
};

// Reads typed members out of a QJsonObject tree, remembering where it is and collecting every
// problem instead of stopping at the first: one pass over an agency download or a content pack
// names all that is wrong with it. Callers check ok() at the end and use nothing read when it
// is false, which is how "all or nothing" loads stay simple.
class JsonReader
{
public:
    enum class Need
    {
        Required,
        Optional
    };

    JsonReader() = default;

    // Walking into and out of members and array elements; Scope pops on destruction.
    class Scope
    {
    public:
        Scope(JsonReader &reader, const QString &key);
        Scope(JsonReader &reader, qsizetype index);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        JsonReader &m_reader;
        qsizetype m_size;
    };

    QString path() const { return m_path; }
    QString pathOf(const QString &key) const;
    void problem(const QString &path, const QString &message);
    void problemAt(const QString &key, const QString &message) { problem(pathOf(key), message); }
    bool ok() const { return m_problems.isEmpty(); }
    const QList<JsonProblem> &problems() const { return m_problems; }

    QString text(const QJsonObject &object, const QString &key, Need need = Need::Required);
    // A member that may be JSON null; absent counts as null when optional.
    std::optional<QString> nullableText(
        const QJsonObject &object, const QString &key, Need need = Need::Optional);
    // One of `allowed`; an empty optional member gives `fallback`.
    QString choice(const QJsonObject &object, const QString &key, const QStringList &allowed,
        Need need = Need::Required, const QString &fallback = {});
    bool boolean(const QJsonObject &object, const QString &key, Need need = Need::Required);
    std::optional<bool> nullableBool(const QJsonObject &object, const QString &key);
    // Whole numbers only: the data ends up in signed records, which carry no floating point.
    std::optional<qint64> integer(
        const QJsonObject &object, const QString &key, qint64 min, qint64 max, Need need);
    // YYYY-MM-DD or null.
    std::optional<QDate> date(
        const QJsonObject &object, const QString &key, Need need = Need::Optional);
    QJsonArray array(const QJsonObject &object, const QString &key, Need need = Need::Optional);
    QJsonObject object(const QJsonObject &object, const QString &key, Need need = Need::Optional);
    QStringList textList(const QJsonObject &object, const QString &key);
    // Element `index` of `array` as an object (a problem when it is not one).
    QJsonObject objectAt(const QJsonArray &array, qsizetype index);

    static bool isUuid(const QString &text);
    static QString dateText(const std::optional<QDate> &date);

private:
    QString m_path = QStringLiteral("$");
    QList<JsonProblem> m_problems;
};

} // namespace hearth
