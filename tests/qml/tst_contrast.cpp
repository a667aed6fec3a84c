// Every colour of qml/Style.qml, in the light and the dark theme, read from the real Style
// singleton in a QML engine and checked against WCAG 2.2 AA: 4.5:1 for text on its
// background, 3:1 for what someone must see to use a control (focus ring, field edge, a
// button against the page, a status mark). A colour the lists below do not account for
// fails the test, so a new one cannot be added without saying what it is drawn on.

#include "displaysingleton.h"

#include <QColor>
#include <QMetaProperty>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(Hearth_AppPlugin)
Q_IMPORT_QML_PLUGIN(HearthPlugin)

using namespace hearth;

namespace {

struct Pair
{
    const char *foreground;
    const char *background;
};

// Text (and the check mark on a tick) on every background it is drawn on.
constexpr Pair TextPairs[] = {
    { "text", "surface" },
    { "text", "surfaceRaised" },
    { "text", "infoSurface" },
    { "text", "noticeSurface" },
    { "text", "errorSurface" },
    { "text", "disabledSurface" },
    { "mutedText", "surface" },
    { "mutedText", "surfaceRaised" },
    { "mutedText", "infoSurface" },
    { "mutedText", "disabledSurface" },
    { "placeholderText", "surface" },
    { "placeholderText", "surfaceRaised" },
    { "brandText", "brand" },
    { "brandText", "brandDeep" },
    { "brandText", "controlAccent" },
    { "brandTextMuted", "brand" },
    { "brandTextMuted", "brandDeep" },
    { "brandWarning", "brand" },
    { "accentText", "surface" },
    { "accentText", "surfaceRaised" },
    { "accentText", "infoSurface" },
    { "accentText", "noticeSurface" },
    { "accentText", "errorSurface" },
    { "errorText", "errorSurface" },
    { "errorText", "surface" },
    { "errorText", "surfaceRaised" },
    { "noticeText", "noticeSurface" },
    { "noticeText", "surface" },
    { "noticeText", "surfaceRaised" },
    { "success", "surface" },
    { "success", "surfaceRaised" },
    { "successMark", "success" },
};

// Marks and boundaries someone needs to see to find or use a control.
constexpr Pair GraphicPairs[] = {
    { "focusRing", "surface" },
    { "focusRing", "surfaceRaised" },
    { "fieldBorder", "surface" },
    { "fieldBorder", "surfaceRaised" },
    { "controlAccent", "surface" },
    { "error", "errorSurface" },
    { "notice", "noticeSurface" },
    { "success", "infoSurface" },
};

// Drawn for looks only: nothing is read from them and no control is found by them.
const QSet<QString> Decorative = {
    QStringLiteral("ember"),   // the brand's small ember mark
    QStringLiteral("divider"), // hairlines between rows, which the rows' text already separates
};

// WCAG 2.2 relative luminance, from sRGB.
double luminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DisplaySettings> m_display;
    QQmlEngine m_engine;
    std::unique_ptr<QObject> m_holder;
    QObject *m_style = nullptr;

    // Every colour token of Style, by name, in the theme shown now.
    QHash<QString, QColor> colours() const
    {
        QHash<QString, QColor> result;
        const QMetaObject *meta = m_style->metaObject();
        for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            if (property.metaType().id() == QMetaType::QColor)
                result.insert(
                    QString::fromLatin1(property.name()), property.read(m_style).value<QColor>());
        }
        return result;
    }

    void addRows(const char *kind, const Pair *begin, const Pair *end, double minimum)
    {
        for (const char *theme : { "light", "dark" })
            for (const Pair *pair = begin; pair != end; ++pair)
                QTest::addRow("%s %s: %s on %s", theme, kind, pair->foreground, pair->background)
                    << (qstrcmp(theme, "dark") == 0) << QString::fromLatin1(pair->foreground)
                    << QString::fromLatin1(pair->background) << minimum;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_display
            = std::make_unique<DisplaySettings>(m_dir.filePath(QStringLiteral("display.ini")));
        DisplaySingleton::setInstance(m_display.get());
        m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport Hearth\nQtObject { readonly property QtObject "
                          "style: Style }",
            QUrl(QStringLiteral("qrc:/tst_contrast.qml")));
        m_holder.reset(component.create());
        QVERIFY2(m_holder, qPrintable(component.errorString()));
        m_style = m_holder->property("style").value<QObject *>();
        QVERIFY(m_style);
    }

    // The formula against figures WCAG's own examples and every contrast checker give.
    void formula()
    {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        QCOMPARE(contrast(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    }

    void themesDiffer()
    {
        m_display->setTheme(DisplaySettings::Theme::Light);
        QVERIFY(!m_style->property("dark").toBool());
        const QColor light = colours().value(QStringLiteral("surface"));
        m_display->setTheme(DisplaySettings::Theme::Dark);
        QVERIFY(m_style->property("dark").toBool());
        QVERIFY(luminance(colours().value(QStringLiteral("surface"))) < luminance(light));
    }

    void everyColourIsAccountedFor()
    {
        QSet<QString> paired = Decorative;
        for (const Pair &pair : TextPairs)
            paired << QString::fromLatin1(pair.foreground) << QString::fromLatin1(pair.background);
        for (const Pair &pair : GraphicPairs)
            paired << QString::fromLatin1(pair.foreground) << QString::fromLatin1(pair.background);
        const QHash<QString, QColor> tokens = colours();
        QVERIFY(tokens.size() > 10);
        for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
            QVERIFY2(paired.contains(it.key()),
                qPrintable(QStringLiteral("Style.%1 is in no pair: say what it is drawn on")
                               .arg(it.key())));
        for (const QString &name : paired)
            QVERIFY2(tokens.contains(name),
                qPrintable(
                    QStringLiteral("a pair names Style.%1, which does not exist").arg(name)));
    }

    void meetsAA_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        QTest::addColumn<double>("minimum");
        addRows("text", std::begin(TextPairs), std::end(TextPairs), 4.5);
        addRows("graphic", std::begin(GraphicPairs), std::end(GraphicPairs), 3.0);
    }

    void meetsAA()
    {
        QFETCH(bool, dark);
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        QFETCH(double, minimum);
        m_display->setTheme(dark ? DisplaySettings::Theme::Dark : DisplaySettings::Theme::Light);
        const QHash<QString, QColor> tokens = colours();
        const QColor fg = tokens.value(foreground);
        const QColor bg = tokens.value(background);
        QVERIFY(fg.isValid() && bg.isValid());
        QCOMPARE(fg.alpha(), 255);
        QCOMPARE(bg.alpha(), 255);
        const double ratio = contrast(fg, bg);
        QVERIFY2(ratio >= minimum,
            qPrintable(QStringLiteral("%1 (%2) on %3 (%4) is %5:1, needs %6:1")
                           .arg(foreground, fg.name(), background, bg.name())
                           .arg(ratio, 0, 'f', 2)
                           .arg(minimum)));
    }
};

QTEST_MAIN(TestContrast)

#include "tst_contrast.moc"
