// The text size and colour choices survive a restart (they are read before the vault is
// open, from the settings file beside it), and a damaged or hand-edited file never yields a
// size Hearth does not offer.

#include "displaysettings.h"

#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace hearth;

class TestDisplaySettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void defaults()
    {
        const DisplaySettings settings(file("none.ini"));
        QCOMPARE(settings.textScale(), 100);
        QCOMPARE(settings.theme(), DisplaySettings::Theme::System);
        QVERIFY(settings.systemFontPixels() > 0);
        // The offscreen platform's palette is light.
        QVERIFY(!settings.dark());
        QVERIFY(!QFile::exists(file("none.ini")));
    }

    void offersFourStepsUpToTwiceTheSize()
    {
        const QList<int> scales = DisplaySettings::textScales();
        QVERIFY(scales.size() >= 5);
        QCOMPARE(scales.first(), 100);
        QCOMPARE(scales.last(), 200);
    }

    void choicesPersist()
    {
        {
            DisplaySettings settings(file("kept.ini"));
            QSignalSpy scale(&settings, &DisplaySettings::textScaleChanged);
            QSignalSpy dark(&settings, &DisplaySettings::darkChanged);
            QVERIFY(settings.setTextScale(175));
            settings.setTheme(DisplaySettings::Theme::Dark);
            QCOMPARE(scale.size(), 1);
            QCOMPARE(dark.size(), 1);
            QVERIFY(settings.dark());
        }
        const DisplaySettings reopened(file("kept.ini"));
        QCOMPARE(reopened.textScale(), 175);
        QCOMPARE(reopened.theme(), DisplaySettings::Theme::Dark);
        QVERIFY(reopened.dark());
    }

    void refusesASizeNotOffered_data()
    {
        QTest::addColumn<int>("percent");
        QTest::newRow("zero") << 0;
        QTest::newRow("smaller") << 75;
        QTest::newRow("between steps") << 130;
        QTest::newRow("larger") << 400;
    }

    void refusesASizeNotOffered()
    {
        QFETCH(int, percent);
        DisplaySettings settings(file("refused.ini"));
        QVERIFY(settings.setTextScale(150));
        QSignalSpy changed(&settings, &DisplaySettings::textScaleChanged);
        QVERIFY(!settings.setTextScale(percent));
        QCOMPARE(settings.textScale(), 150);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(DisplaySettings(file("refused.ini")).textScale(), 150);
    }

    void ignoresADamagedFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("size not offered") << QByteArray("[text]\nscale=130\ntheme=dark\n");
        QTest::newRow("not a number") << QByteArray("[text]\nscale=big\ntheme=dark\n");
        QTest::newRow("unknown theme") << QByteArray("theme=purple\n[text]\nscale=130\n");
        QTest::newRow("not ini") << QByteArray("\x00\xff\xfe garbage", 12);
    }

    void ignoresADamagedFile()
    {
        QFETCH(QByteArray, content);
        QFile damaged(file("damaged.ini"));
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write(content);
        damaged.close();
        const DisplaySettings settings(file("damaged.ini"));
        QCOMPARE(settings.textScale(), 100);
        QVERIFY(settings.theme() == DisplaySettings::Theme::System
            || (content.contains("theme=dark")
                && settings.theme() == DisplaySettings::Theme::Dark));
    }

    // Qt 6.4 has no colour-scheme hint: a dark platform palette is what "system" follows.
    void followsADarkSystemPalette()
    {
        DisplaySettings settings(file("system.ini"));
        QVERIFY(!settings.dark());
        QSignalSpy dark(&settings, &DisplaySettings::darkChanged);
        const QPalette light = QGuiApplication::palette();
        QPalette night = light;
        night.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        night.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
        QGuiApplication::setPalette(night);
        QTRY_COMPARE(dark.size(), 1);
        QVERIFY(settings.dark());
        // An explicit choice wins over the system.
        settings.setTheme(DisplaySettings::Theme::Light);
        QVERIFY(!settings.dark());
        settings.setTheme(DisplaySettings::Theme::System);
        QVERIFY(settings.dark());
        QGuiApplication::setPalette(light);
        QTRY_VERIFY(!settings.dark());
    }

    void followsTheSystemFont()
    {
        DisplaySettings settings(file("font.ini"));
        const QFont original = QGuiApplication::font();
        QSignalSpy changed(&settings, &DisplaySettings::systemFontPixelsChanged);
        QFont larger = original;
        larger.setPixelSize(26);
        QGuiApplication::setFont(larger);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(settings.systemFontPixels(), 26);
        QGuiApplication::setFont(original);
    }
};

QTEST_MAIN(TestDisplaySettings)

#include "tst_displaysettings.moc"
