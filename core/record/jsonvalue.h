#pragma once

#include <QString>
#include <QStringView>

#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <type_traits>
#include <utility>
#include <vector>

namespace hearth {

struct JsonMember;

// The JSON value type of signed records. It exists instead of QJsonValue because signed input
// must keep what QJsonValue loses: integers stay 64-bit integers (QJsonValue turns them into
// doubles), there is no floating-point type at all, and object members are kept in the
// canonical order (UTF-16 code units of the key, RFC 8785 section 3.2.3) so that
// serialisation is a plain walk.
class JsonValue
{
public:
    enum class Type
    {
        Null,
        Bool,
        Integer,
        String,
        Array,
        Object
    };

    // The largest magnitude an integer may have: beyond 2^53 - 1 a JavaScript or other
    // IEEE-754 reader of the record would silently round it (I-JSON, RFC 7493).
    static constexpr qint64 maxSafeInteger = (qint64(1) << 53) - 1;

    JsonValue() = default; // null
    JsonValue(std::nullptr_t);
    JsonValue(bool value);
    // Any integer type that fits in qint64 without changing sign; the range of 2^53 is
    // checked when the value is serialised.
    template<std::integral T>
    requires(!std::same_as<T, bool> && (std::is_signed_v<T> || sizeof(T) < sizeof(qint64)))
        JsonValue(T value);
    JsonValue(QString value);
    JsonValue(const char *) = delete; // say QStringLiteral so the encoding is explicit

    static JsonValue array();
    static JsonValue array(std::vector<JsonValue> items);
    static JsonValue object(std::initializer_list<std::pair<QString, JsonValue>> members = {});

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInteger() const { return m_type == Type::Integer; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    qint64 toInteger() const { return m_integer; }
    const QString &toString() const { return m_string; }

    // Arrays.
    // On a temporary these return by value, so `for (auto &x : parse(...)->items())` is safe.
    const std::vector<JsonValue> &items() const & { return m_items; }
    std::vector<JsonValue> items() && { return std::move(m_items); }
    void append(JsonValue value);

    // Objects: members sorted by key in UTF-16 code-unit order.
    const std::vector<JsonMember> &members() const & { return m_members; }
    std::vector<JsonMember> members() &&;
    // Adds or replaces the member with this key and keeps the order.
    void insert(const QString &key, JsonValue value);
    bool remove(QStringView key);
    const JsonValue *find(QStringView key) const;
    bool contains(QStringView key) const { return find(key) != nullptr; }
    // The member's value, or a shared null value when it is missing.
    const JsonValue &operator[](QStringView key) const;

    // Number of items or members; 0 for scalars.
    std::size_t size() const;

    friend bool operator==(const JsonValue &a, const JsonValue &b);

    // RFC 8785 section 3.2.3: compare keys as arrays of UTF-16 code units, not by locale and
    // not by code point (the two differ above U+FFFF).
    static bool keyLess(QStringView a, QStringView b);

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_integer = 0;
    QString m_string;
    std::vector<JsonValue> m_items;
    std::vector<JsonMember> m_members;
};

struct JsonMember
{
    QString key;
    JsonValue value;

    friend bool operator==(const JsonMember &a, const JsonMember &b) = default;
};

// These bodies come after JsonMember on purpose: in C++20 std::vector is constexpr, and clang
// instantiates ~vector<JsonMember> for inline bodies inside the class, where JsonMember is
// still incomplete.
inline JsonValue::JsonValue(std::nullptr_t) { }

template<std::integral T>
requires(!std::same_as<T, bool> && (std::is_signed_v<T> || sizeof(T) < sizeof(qint64)))
    JsonValue::JsonValue(T value)
    : m_type(Type::Integer)
    , m_integer(static_cast<qint64>(value))
{ }

inline JsonValue JsonValue::array()
{
    return array(std::vector<JsonValue>());
}

inline std::vector<JsonMember> JsonValue::members() &&
{
    return std::move(m_members);
}

} // namespace hearth
