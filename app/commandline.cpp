#include "commandline.h"

#include "displaysettings.h"
#include "uiscenarios.h"
#include "uivisitscenarios.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace hearth {

QStringList CommandLine::screenNames()
{
    return { QStringLiteral("firstrun"), QStringLiteral("firstrun-problems"),
        QStringLiteral("unlock"), QStringLiteral("unlock-throttled"),
        QStringLiteral("unlock-forgotten"), QStringLiteral("home"),
        QStringLiteral("changepasscode"), QStringLiteral("pinsetup"), QStringLiteral("softlock"),
        QStringLiteral("concern"), QStringLiteral("home-caseload"), QStringLiteral("visit-start"),
        QStringLiteral("visit-who"), QStringLiteral("visit-seeing"), QStringLiteral("visit-lived"),
        QStringLiteral("visit-neglect"), QStringLiteral("visit-cooperation"),
        QStringLiteral("visit-notbrought"), QStringLiteral("visit-calendar"),
        QStringLiteral("visit-concerns"), QStringLiteral("visit-review"),
        QStringLiteral("visit-review-bodymap"), QStringLiteral("sign"), QStringLiteral("signed"),
        QStringLiteral("signed-bodymap"), QStringLiteral("sync-enrol"),
        QStringLiteral("sync-confirm"), QStringLiteral("sync"), QStringLiteral("visit-photos"),
        QStringLiteral("signed-photos"), QStringLiteral("home-role-question"),
        QStringLiteral("home-school-nurse"), QStringLiteral("home-social-worker"),
        QStringLiteral("role-dialog"), QStringLiteral("household"), QStringLiteral("home-flagged"),
        QStringLiteral("visit-since"), QStringLiteral("chronology"),
        QStringLiteral("chronology-evidence"), QStringLiteral("childvoice"),
        QStringLiteral("missing"), QStringLiteral("childmode-draw"),
        QStringLiteral("childmode-houses"), QStringLiteral("childmode-faces"),
        QStringLiteral("childmode-leave"), QStringLiteral("childvoice-made"),
        QStringLiteral("childvoice-signed"), QStringLiteral("acknowledge-choice"),
        QStringLiteral("interview"), QStringLiteral("household-lifeevent") };
}

bool CommandLine::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Hearth: home visit records kept safe on this tablet."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Keep the vault in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("Language: cy or en_GB (default: the system's)."), QStringLiteral("LANG"));
    const QCommandLineOption recoveryKey(QStringLiteral("recovery-key"),
        QStringLiteral("The agency's recovery public key file (default: a DEMO-ONLY pair)."),
        QStringLiteral("FILE"));
    const QCommandLineOption kdf(QStringLiteral("kdf"),
        QStringLiteral("'interactive' skips calibrating the passcode "
                       "hash (tests and screenshots only)."),
        QStringLiteral("COST"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QStringLiteral("Check the installed content packs (both languages) and that a record "
                       "signs and verifies, then run the real UI through first run, home, lock "
                       "and unlock in a temporary folder; exit 0 when all passed with no QML "
                       "error or warning."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Render --screen to the PNG FILE and quit."), QStringLiteral("FILE"));
    const QCommandLineOption screenOption(QStringLiteral("screen"),
        QStringLiteral("Screen to render: %1.").arg(screenNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption size(QStringLiteral("size"),
        QStringLiteral("Window size (default 1280x800)."), QStringLiteral("WxH"));
    const QCommandLineOption script(QStringLiteral("ui-script"),
        QStringLiteral("Drive the real UI through NAME (%1) on --data-dir; exit 0 when it "
                       "succeeded without QML warnings.")
            .arg((UiVisitScenarios::scriptNames() + UiScenarios::scriptNames())
                     .join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption enrolServerOption(QStringLiteral("enrol-server"),
        QStringLiteral("Pre-fill the enrolment form with this agency server address."),
        QStringLiteral("URL"));
    const QCommandLineOption enrolCodeOption(QStringLiteral("enrol-code"),
        QStringLiteral("Pre-fill the enrolment form with this enrolment code."),
        QStringLiteral("CODE"));
    const QCommandLineOption textScaleOption(QStringLiteral("text-scale"),
        QStringLiteral("Text size in percent: 100, 125, 150, 175 or 200 (saved for this data "
                       "folder, as if chosen in the app)."),
        QStringLiteral("PERCENT"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral("Colours: system, light or dark (saved like --text-scale)."),
        QStringLiteral("THEME"));
    parser.addOptions({ dataDir, lang, recoveryKey, kdf, selfTestOption, screenshot, screenOption,
        size, script, enrolServerOption, enrolCodeOption, textScaleOption, themeOption });
    parser.process(arguments); // handles --help and --version, exits on unknown options

    dataDirectory = parser.value(dataDir);
    language = parser.value(lang);
    recoveryKeyFile = parser.value(recoveryKey);
    selfTest = parser.isSet(selfTestOption);
    screenshotPath = parser.value(screenshot);
    screen = parser.value(screenOption);
    uiScript = parser.value(script);
    enrolServer = parser.value(enrolServerOption);
    enrolCode = parser.value(enrolCodeOption);
    const QStringList scripts = UiVisitScenarios::scriptNames() + UiScenarios::scriptNames();
    if (!uiScript.isEmpty() && !scripts.contains(uiScript)) {
        *error = QStringLiteral("--ui-script must be one of: %1")
                     .arg(scripts.join(QStringLiteral(", ")));
        return false;
    }

    if (!language.isEmpty() && language != u"cy" && language != u"en_GB") {
        *error = QStringLiteral("--lang must be cy or en_GB");
        return false;
    }
    if (parser.isSet(kdf)) {
        if (parser.value(kdf) != u"interactive") {
            *error = QStringLiteral("--kdf only accepts 'interactive'");
            return false;
        }
        interactiveKdf = true;
    }
    if (!screenshotPath.isEmpty() && !screenNames().contains(screen)) {
        *error = QStringLiteral("--screenshot needs --screen, one of: %1")
                     .arg(screenNames().join(QStringLiteral(", ")));
        return false;
    }
    if (parser.isSet(textScaleOption)) {
        bool ok = false;
        textScale = parser.value(textScaleOption).toInt(&ok);
        if (!ok || !DisplaySettings::textScales().contains(textScale)) {
            *error = QStringLiteral("--text-scale must be one of 100, 125, 150, 175, 200");
            return false;
        }
    }
    theme = parser.value(themeOption);
    if (parser.isSet(themeOption) && theme != u"system" && theme != u"light" && theme != u"dark") {
        *error = QStringLiteral("--theme must be system, light or dark");
        return false;
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(u'x');
        bool widthOk = false;
        bool heightOk = false;
        if (parts.size() == 2)
            windowSize = QSize(parts.at(0).toInt(&widthOk), parts.at(1).toInt(&heightOk));
        if (!widthOk || !heightOk || windowSize.isEmpty()) {
            *error = QStringLiteral("--size must look like 1280x800");
            return false;
        }
    }
    return true;
}

} // namespace hearth
