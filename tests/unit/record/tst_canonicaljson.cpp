#include "record/canonicaljson.h"

#include <QTest>

using namespace hearth;

Q_DECLARE_METATYPE(hearth::JsonValue)

// RFC 8785 canonical JSON: the RFC's own examples, escaping and key-order edge cases, and every
// kind of input the strict parser must refuse.
class TestCanonicalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalize_data();
    void canonicalize();
    void reject_data();
    void reject();
    void keyOrder_data();
    void keyOrder();
    void parseCanonical_data();
    void parseCanonical();
    void nestingLimit();
    void sizeLimit();
    void errorNamesPathAndOffset();
    void serializeRefusesWhatParserRefuses_data();
    void serializeRefusesWhatParserRefuses();
    void builtValueRoundTrips();
    void nfcAtInputTime();
};

void TestCanonicalJson::canonicalize_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    // RFC 8785 section 3.2.2 sample without its "numbers" member (Hearth refuses floats; the
    // complete sample is a rejection row below).
    QTest::newRow("rfc8785 3.2.2 strings and literals") << QByteArray(R"({
  "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
  "literals": [null, true, false]
})") << QByteArray(R"({"literals":[null,true,false],"string":"€$\u000f\nA'B\"\\\\\"/"})");

    // RFC 8785 section 3.2.3: sorting by UTF-16 code units.
    QTest::newRow("rfc8785 3.2.3 sorting")
        << QByteArray(R"({
  "\u20ac": "Euro Sign",
  "\r": "Carriage Return",
  "\ufb33": "Hebrew Letter Dalet With Dagesh",
  "1": "One",
  "\ud83d\ude00": "Emoji: Grinning Face",
  "\u0080": "Control",
  "\u00f6": "Latin Small Letter O With Diaeresis"
})")
        << QByteArray("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\xc2\x80\":\"Control\","
                      "\"\xc3\xb6\":\"Latin Small Letter O With "
                      "Diaeresis\",\"\xe2\x82\xac\":\"Euro Sign\","
                      "\"\xf0\x9f\x98\x80\":\"Emoji: Grinning Face\","
                      "\"\xef\xac\xb3\":\"Hebrew Letter Dalet With Dagesh\"}");

    QTest::newRow("locale is ignored (french)")
        << QByteArray(R"({"peach":1,"péché":2,"pêche":3,"sin":4})")
        << QByteArray(R"({"peach":1,"péché":2,"pêche":3,"sin":4})");
    QTest::newRow("nested objects sorted, arrays keep order")
        << QByteArray(R"({"b":[3,1,{"z":0,"a":0}],"a":{"y":true,"x":null}})")
        << QByteArray(R"({"a":{"x":null,"y":true},"b":[3,1,{"a":0,"z":0}]})");
    QTest::newRow("whitespace removed") << QByteArray(" \t\r\n[ 1 ,\n2 ]\n") << QByteArray("[1,2]");
    QTest::newRow("empty containers")
        << QByteArray(R"({"a":[],"b":{}})") << QByteArray(R"({"a":[],"b":{}})");
    QTest::newRow("scalar top level") << QByteArray("\"x\"") << QByteArray("\"x\"");
    QTest::newRow("largest safe integers") << QByteArray("[9007199254740991,-9007199254740991]")
                                           << QByteArray("[9007199254740991,-9007199254740991]");
    QTest::newRow("negative zero becomes 0") << QByteArray("-0") << QByteArray("0");

    // Escaping (RFC 8785 section 3.2.2.2): the short escapes, \u00xx lowercase for the other
    // controls, everything else literal UTF-8.
    QTest::newRow("short escapes")
        << QByteArray(R"("\b\t\n\f\r\"\\")") << QByteArray(R"("\b\t\n\f\r\"\\")");
    QTest::newRow("other controls lowercase hex") << QByteArray(R"("\u0000\u0001\u001F\u000B")")
                                                  << QByteArray(R"("\u0000\u0001\u001f\u000b")");
    QTest::newRow("solidus not escaped") << QByteArray(R"("a\/b")") << QByteArray(R"("a/b")");
    QTest::newRow("DEL literal") << QByteArray(R"("\u007f")") << QByteArray("\"\x7f\"");
    QTest::newRow("escaped ASCII becomes literal")
        << QByteArray(R"("\u0041\u0062")") << QByteArray(R"("Ab")");
    QTest::newRow("U+2028 literal") << QByteArray(R"("\u2028")") << QByteArray("\"\xe2\x80\xa8\"");
    QTest::newRow("surrogate pair escape to UTF-8")
        << QByteArray(R"("\uD83D\uDE0A")") << QByteArray("\"\xf0\x9f\x98\x8a\"");
    QTest::newRow("literal non-BMP kept")
        << QByteArray("\"\xf4\x8f\xbf\xbf\"") << QByteArray("\"\xf4\x8f\xbf\xbf\"");
    QTest::newRow("escaped key") << QByteArray(R"({"\n":1})") << QByteArray(R"({"\n":1})");
}

void TestCanonicalJson::canonicalize()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    auto value = CanonicalJson::parse(input);
    QVERIFY2(value, value ? "" : qPrintable(value.error().toString()));
    auto bytes = CanonicalJson::serialize(*value);
    QVERIFY(bytes);
    QCOMPARE(*bytes, expected);
    // The canonical form is a fixed point.
    auto again = CanonicalJson::parseCanonical(*bytes);
    QVERIFY(again);
    QCOMPARE(*again, *value);
}

void TestCanonicalJson::reject_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qsizetype>("offset"); // -1: not checked

    QTest::newRow("rfc8785 sample with floats") << QByteArray(
        R"({"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001]})")
                                                << QStringLiteral("only integers") << qsizetype(22);
    QTest::newRow("duplicate key")
        << QByteArray(R"({"a":1,"a":2})") << QStringLiteral("duplicate key") << qsizetype(7);
    QTest::newRow("duplicate key via escape")
        << QByteArray(R"({"a":1,"\u0061":2})") << QStringLiteral("duplicate key") << qsizetype(7);
    QTest::newRow("duplicate key nested") << QByteArray(R"({"x":{"b":1,"c":2,"b":3}})")
                                          << QStringLiteral("duplicate key") << qsizetype(18);
    QTest::newRow("fraction") << QByteArray("1.0") << QStringLiteral("only integers")
                              << qsizetype(1);
    QTest::newRow("fraction negative")
        << QByteArray("[-0.5]") << QStringLiteral("only integers") << qsizetype(3);
    QTest::newRow("exponent") << QByteArray("1e3") << QStringLiteral("only integers")
                              << qsizetype(1);
    QTest::newRow("exponent upper")
        << QByteArray("1E+3") << QStringLiteral("only integers") << qsizetype(1);
    QTest::newRow("2^53") << QByteArray("9007199254740992") << QStringLiteral("2^53")
                          << qsizetype(0);
    QTest::newRow("-2^53") << QByteArray("[-9007199254740992]") << QStringLiteral("2^53")
                           << qsizetype(1);
    QTest::newRow("huge integer") << QByteArray("123456789012345678901234567890")
                                  << QStringLiteral("2^53") << qsizetype(0);
    QTest::newRow("leading zero") << QByteArray("012") << QStringLiteral("leading zeros")
                                  << qsizetype(0);
    QTest::newRow("plus sign") << QByteArray("+1") << QStringLiteral("expected a value")
                               << qsizetype(0);
    QTest::newRow("minus alone") << QByteArray("-") << QStringLiteral("expected a digit")
                                 << qsizetype(1);
    QTest::newRow("NaN") << QByteArray("NaN") << QStringLiteral("expected a value") << qsizetype(0);
    QTest::newRow("Infinity") << QByteArray("[Infinity]") << QStringLiteral("expected a value")
                              << qsizetype(1);
    QTest::newRow("lone high surrogate")
        << QByteArray(R"("\ud800")") << QStringLiteral("lone high surrogate") << qsizetype(1);
    QTest::newRow("lone low surrogate")
        << QByteArray(R"("x\udc00")") << QStringLiteral("lone low surrogate") << qsizetype(2);
    QTest::newRow("high surrogate then letter")
        << QByteArray(R"("\ud83dA")") << QStringLiteral("lone high surrogate") << qsizetype(1);
    QTest::newRow("high surrogate then non-low escape")
        << QByteArray(R"("\ud83d\u0041")") << QStringLiteral("not followed by a low surrogate")
        << qsizetype(1);
    QTest::newRow("two high surrogates")
        << QByteArray(R"("\ud83d\ud83d")") << QStringLiteral("not followed by a low surrogate")
        << qsizetype(1);
    QTest::newRow("UTF-8 overlong NUL")
        << QByteArray("\"\xc0\x80\"") << QStringLiteral("invalid UTF-8") << qsizetype(1);
    QTest::newRow("UTF-8 overlong 3 bytes")
        << QByteArray("\"\xe0\x80\xaf\"") << QStringLiteral("invalid UTF-8 sequence")
        << qsizetype(1);
    QTest::newRow("UTF-8 encoded surrogate")
        << QByteArray("\"\xed\xa0\x80\"") << QStringLiteral("invalid UTF-8 sequence")
        << qsizetype(1);
    QTest::newRow("UTF-8 above U+10FFFF")
        << QByteArray("\"\xf4\x90\x80\x80\"") << QStringLiteral("invalid UTF-8 sequence")
        << qsizetype(1);
    QTest::newRow("UTF-8 F5 lead")
        << QByteArray("\"\xf5\x80\x80\x80\"") << QStringLiteral("invalid UTF-8") << qsizetype(1);
    QTest::newRow("UTF-8 lone continuation")
        << QByteArray("\"a\x80\"") << QStringLiteral("invalid UTF-8") << qsizetype(2);
    QTest::newRow("UTF-8 truncated")
        << QByteArray("\"\xe2\x82\"") << QStringLiteral("invalid UTF-8 sequence") << qsizetype(1);
    QTest::newRow("UTF-8 truncated at end")
        << QByteArray("\"\xe2\x82") << QStringLiteral("truncated UTF-8") << qsizetype(1);
    QTest::newRow("UTF-8 in key") << QByteArray("{\"\xff\":1}") << QStringLiteral("invalid UTF-8")
                                  << qsizetype(2);
    QTest::newRow("byte order mark")
        << QByteArray("\xef\xbb\xbf{}") << QStringLiteral("expected a value") << qsizetype(0);
    QTest::newRow("trailing garbage")
        << QByteArray("{} x") << QStringLiteral("after the end") << qsizetype(3);
    QTest::newRow("two documents")
        << QByteArray("{}{}") << QStringLiteral("after the end") << qsizetype(2);
    QTest::newRow("trailing NUL") << QByteArray("1\0", 2) << QStringLiteral("after the end")
                                  << qsizetype(1);
    QTest::newRow("raw control in string")
        << QByteArray("\"a\tb\"") << QStringLiteral("must be escaped") << qsizetype(2);
    QTest::newRow("raw newline in string")
        << QByteArray("\"a\nb\"") << QStringLiteral("must be escaped") << qsizetype(2);
    QTest::newRow("invalid escape")
        << QByteArray(R"("\x41")") << QStringLiteral("invalid escape") << qsizetype(1);
    QTest::newRow("single quote escape")
        << QByteArray(R"("\'")") << QStringLiteral("invalid escape") << qsizetype(1);
    QTest::newRow("bad hex in \\u")
        << QByteArray(R"("\u12zz")") << QStringLiteral("invalid hex digit") << qsizetype(5);
    QTest::newRow("truncated \\u")
        << QByteArray(R"("\u1)") << QStringLiteral("truncated") << qsizetype(3);
    QTest::newRow("unterminated string")
        << QByteArray(R"({"a":"b)") << QStringLiteral("unterminated string") << qsizetype(7);
    QTest::newRow("single quotes")
        << QByteArray("{'a':1}") << QStringLiteral("expected a string key") << qsizetype(1);
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << QStringLiteral("expected a string key")
                                  << qsizetype(1);
    QTest::newRow("trailing comma array")
        << QByteArray("[1,]") << QStringLiteral("expected a value") << qsizetype(3);
    QTest::newRow("trailing comma object")
        << QByteArray(R"({"a":1,})") << QStringLiteral("expected a string key") << qsizetype(7);
    QTest::newRow("missing colon")
        << QByteArray(R"({"a" 1})") << QStringLiteral("expected ':'") << qsizetype(5);
    QTest::newRow("missing comma")
        << QByteArray("[1 2]") << QStringLiteral("expected ',' or ']'") << qsizetype(3);
    QTest::newRow("unterminated array")
        << QByteArray("[1") << QStringLiteral("unterminated array") << qsizetype(2);
    QTest::newRow("unterminated object")
        << QByteArray(R"({"a":1)") << QStringLiteral("unterminated object") << qsizetype(6);
    QTest::newRow("bad literal") << QByteArray("tru") << QStringLiteral("invalid literal")
                                 << qsizetype(0);
    QTest::newRow("capitalised literal")
        << QByteArray("True") << QStringLiteral("expected a value") << qsizetype(0);
    QTest::newRow("comment") << QByteArray("[1 /* c */]") << QStringLiteral("expected ',' or ']'")
                             << qsizetype(3);
    QTest::newRow("empty input") << QByteArray() << QStringLiteral("empty input") << qsizetype(0);
    QTest::newRow("whitespace only")
        << QByteArray(" \n") << QStringLiteral("empty input") << qsizetype(2);
    QTest::newRow("depth 65") << QByteArray(65, '[') + QByteArray(65, ']')
                              << QStringLiteral("nesting deeper") << qsizetype(64);
}

void TestCanonicalJson::reject()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    QFETCH(qsizetype, offset);
    auto value = CanonicalJson::parse(input);
    QVERIFY2(!value, "input was accepted");
    QVERIFY2(value.error().message.contains(reason), qPrintable(value.error().toString()));
    if (offset >= 0)
        QCOMPARE(value.error().offset, offset);
}

void TestCanonicalJson::keyOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    // Each row: a sorts strictly before b.
    QTest::newRow("ascii") << QStringLiteral("a") << QStringLiteral("b");
    QTest::newRow("prefix first") << QStringLiteral("ab") << QStringLiteral("abc");
    QTest::newRow("uppercase before lowercase") << QStringLiteral("Z") << QStringLiteral("a");
    QTest::newRow("digits before letters") << QStringLiteral("9") << QStringLiteral("A");
    QTest::newRow("empty first") << QString() << QStringLiteral("a");
    // U+1F600 is D83D DE00 in UTF-16, so it sorts before U+E000 and U+FB33 although its code
    // point is larger: this is where UTF-16 order and code-point (or UTF-8 byte) order differ.
    QTest::newRow("non-BMP before U+E000")
        << QString::fromUcs4(U"\U0001F600") << QString::fromUcs4(U"\uE000");
    QTest::newRow("non-BMP before U+FB33")
        << QString::fromUcs4(U"\U0001F600") << QString::fromUcs4(U"\uFB33");
    QTest::newRow("U+FFFF after non-BMP")
        << QString::fromUcs4(U"\U00010000") << QString::fromUcs4(U"\uFFFF");
    QTest::newRow("BMP below surrogates first")
        << QString::fromUcs4(U"\u20AC") << QString::fromUcs4(U"\U0001F600");
}

void TestCanonicalJson::keyOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(JsonValue::keyLess(a, b));
    QVERIFY(!JsonValue::keyLess(b, a));

    JsonValue object = JsonValue::object({ { b, 2 }, { a, 1 } });
    const QByteArray bytes = CanonicalJson::serialize(object).value();
    const QByteArray first = CanonicalJson::serialize(JsonValue(a)).value();
    QVERIFY2(bytes.startsWith("{" + first + ":1,"), bytes.constData());
}

void TestCanonicalJson::parseCanonical_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("canonical");

    QTest::newRow("canonical") << QByteArray(R"({"a":[1,"x\n",null],"b":{"c":true}})") << true;
    QTest::newRow("literal DEL is canonical") << QByteArray("\"\x7f\"") << true;
    QTest::newRow("space after colon") << QByteArray(R"({"a": 1})") << false;
    QTest::newRow("trailing newline") << QByteArray("{}\n") << false;
    QTest::newRow("unsorted keys") << QByteArray(R"({"b":1,"a":2})") << false;
    QTest::newRow("unsorted by code point, not UTF-16")
        << QByteArray("{\"\xef\xac\xb3\":1,\"\xf0\x9f\x98\x80\":2}") << false;
    QTest::newRow("escaped ASCII") << QByteArray(R"("\u0041")") << false;
    QTest::newRow("escaped solidus") << QByteArray(R"("\/")") << false;
    QTest::newRow("uppercase hex escape") << QByteArray(R"("\u001F")") << false;
    QTest::newRow("escaped non-ASCII") << QByteArray(R"("\u00e9")") << false;
    QTest::newRow("negative zero") << QByteArray("-0") << false;
}

void TestCanonicalJson::parseCanonical()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, canonical);
    auto value = CanonicalJson::parseCanonical(input);
    QCOMPARE(bool(value), canonical);
    if (!canonical)
        QVERIFY(value.error().message.contains(QStringLiteral("not in canonical form")));
}

void TestCanonicalJson::nestingLimit()
{
    const QByteArray ok = QByteArray(64, '[') + QByteArray(64, ']');
    QVERIFY(CanonicalJson::parse(ok));
    QByteArray objects;
    for (int i = 0; i < 65; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(65, '}');
    auto tooDeep = CanonicalJson::parse(objects);
    QVERIFY(!tooDeep);
    QVERIFY(tooDeep.error().message.contains(QStringLiteral("nesting deeper than 64")));
    JsonLimits shallow;
    shallow.maxDepth = 2;
    QVERIFY(CanonicalJson::parse("[[1]]", shallow));
    QVERIFY(!CanonicalJson::parse("[[[1]]]", shallow));
}

void TestCanonicalJson::sizeLimit()
{
    JsonLimits small;
    small.maxBytes = 8;
    QVERIFY(CanonicalJson::parse("[1,2,3]", small));
    auto tooLarge = CanonicalJson::parse("[1,2,3,4]", small);
    QVERIFY(!tooLarge);
    QVERIFY(tooLarge.error().message.contains(QStringLiteral("larger than the limit")));
    QVERIFY(!CanonicalJson::parse(QByteArray(JsonLimits().maxBytes + 1, ' ')));
}

void TestCanonicalJson::errorNamesPathAndOffset()
{
    auto value = CanonicalJson::parse(R"({"body":{"items":[1,{"w":1.5}]}})");
    QVERIFY(!value);
    QCOMPARE(value.error().path, QStringLiteral("$.body.items[1].w"));
    QCOMPARE(value.error().offset, qsizetype(26));
    QVERIFY(value.error().toString().startsWith(QStringLiteral("byte 26 ($.body.items[1].w): ")));

    auto odd = CanonicalJson::parse(R"({"a.b":{"x":1,"x":2}})");
    QVERIFY(!odd);
    QCOMPARE(odd.error().path, QStringLiteral("$[\"a.b\"]"));
}

void TestCanonicalJson::serializeRefusesWhatParserRefuses_data()
{
    QTest::addColumn<JsonValue>("value");
    QTest::addColumn<QString>("path");

    QTest::newRow("lone high surrogate")
        << JsonValue::object({ { QStringLiteral("a"), QString(QChar(0xD800)) } })
        << QStringLiteral("$.a");
    QTest::newRow("lone low surrogate in key")
        << JsonValue::object({ { QString(QChar(0xDC00)), 1 } }) << QString();
    QTest::newRow("2^53") << JsonValue::array({ JsonValue(qint64(1) << 53) })
                          << QStringLiteral("$[0]");
    QTest::newRow("-2^53") << JsonValue(-(qint64(1) << 53)) << QStringLiteral("$");
    JsonValue deep = JsonValue::array();
    for (int i = 0; i < 64; ++i)
        deep = JsonValue::array({ deep });
    QTest::newRow("too deep") << deep << QString();
}

void TestCanonicalJson::serializeRefusesWhatParserRefuses()
{
    QFETCH(JsonValue, value);
    QFETCH(QString, path);
    auto bytes = CanonicalJson::serialize(value);
    QVERIFY(!bytes);
    if (!path.isEmpty())
        QCOMPARE(bytes.error().path, path);
}

void TestCanonicalJson::builtValueRoundTrips()
{
    const JsonValue value = JsonValue::object({
        { QStringLiteral("name"), QStringLiteral("Zoë \U0001F600 \"q\" \\ \t") },
        { QStringLiteral("n"), JsonValue::maxSafeInteger },
        { QStringLiteral("neg"), -42 },
        { QStringLiteral("list"), JsonValue::array({ true, false, nullptr, JsonValue::object() }) },
    });
    const QByteArray bytes = CanonicalJson::serialize(value).value();
    auto parsed = CanonicalJson::parseCanonical(bytes);
    QVERIFY(parsed);
    QCOMPARE(*parsed, value);
    QCOMPARE(CanonicalJson::serialize(*parsed).value(), bytes);
}

void TestCanonicalJson::nfcAtInputTime()
{
    const QString decomposed = QStringLiteral("Zoe\u0308"); // e + combining diaeresis
    const QString composed = QStringLiteral("Zo\u00eb");
    QCOMPARE(CanonicalJson::normalizeText(decomposed), composed);

    const JsonValue raw = JsonValue::object({ { QStringLiteral("name"), decomposed },
        { QStringLiteral("caf\u0065\u0301"), JsonValue::array({ decomposed }) } });
    QVERIFY(!CanonicalJson::isNormalized(raw));
    auto normalized = CanonicalJson::normalizeStrings(raw);
    QVERIFY(normalized);
    QVERIFY(CanonicalJson::isNormalized(*normalized));
    QCOMPARE((*normalized)[u"name"].toString(), composed);
    QVERIFY(normalized->contains(QStringLiteral("caf\u00e9")));
    // Serialising never normalises: the decomposed form keeps its bytes.
    QVERIFY(CanonicalJson::serialize(raw).value().contains("e\xcc\x88"));

    const JsonValue clash = JsonValue::object(
        { { QStringLiteral("caf\u00e9"), 1 }, { QStringLiteral("cafe\u0301"), 2 } });
    auto clashed = CanonicalJson::normalizeStrings(clash);
    QVERIFY(!clashed);
    QVERIFY(clashed.error().message.contains(QStringLiteral("equal after NFC")));
}

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
