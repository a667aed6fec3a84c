// Composition root: builds the vault, the session and the platform adapters, wires them
// together and hands the session to QML. Nothing here decides anything.

#include "commandline.h"
#include "displaysettings.h"
#include "displaysingleton.h"
#include "installcheck.h"
#include "photoimageprovider.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "sessionsingleton.h"
#include "syncsingleton.h"
#include "uidriver.h"
#include "uiscenarios.h"
#include "uivisitscenarios.h"
#include "workspace.h"
#include "workspacesingleton.h"

#include "platform/activitymonitor.h"
#include "platform/applifecycle.h"
#include "platform/qtpositionprovider.h"

#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(Hearth_AppPlugin)
Q_IMPORT_QML_PLUGIN(HearthPlugin)

namespace {

void installTranslations(QGuiApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *translator = new QTranslator(&app);
    if (translator->load(
            locale, QStringLiteral("hearth"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

void printFailures(const QString &what, const QStringList &failures)
{
    std::fprintf(stderr, "%s failed:\n", qPrintable(what));
    for (const QString &failure : failures)
        std::fprintf(stderr, "  %s\n", qPrintable(failure));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Hearth"));
    QGuiApplication::setApplicationName(QStringLiteral("Hearth"));
    QGuiApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));

    hearth::CommandLine options;
    QString problem;
    if (!options.parse(QCoreApplication::arguments(), &problem)) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(problem));
        return 2;
    }
    const bool scripted
        = options.selfTest || !options.screenshotPath.isEmpty() || !options.uiScript.isEmpty();
    // Installed before anything QML runs so no warning escapes the self-test.
    std::optional<hearth::QmlWarningCollector> warnings;
    if (scripted)
        warnings.emplace();

    // Scripted runs always start from an empty vault in a folder that disappears after.
    std::optional<QTemporaryDir> scratch;
    QString dataDirectory = options.dataDirectory;
    if (dataDirectory.isEmpty() && scripted) {
        scratch.emplace();
        dataDirectory = scratch->path();
    } else if (dataDirectory.isEmpty()) {
        dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    if (!QDir().mkpath(dataDirectory)) {
        std::fprintf(stderr, "hearth: cannot create %s\n", qPrintable(dataDirectory));
        return 1;
    }

    installTranslations(app, options.language);
    QQuickStyle::setStyle(QStringLiteral("Material"));

    const bool interactiveKdf = options.interactiveKdf || scripted;
    hearth::SessionController session(
        std::make_unique<hearth::Vault>(dataDirectory),
        [keyFile = options.recoveryKeyFile, dataDirectory] {
            return hearth::RecoverySetup::resolve(keyFile, dataDirectory);
        },
        [interactiveKdf] {
            return interactiveKdf ? hearth::KdfCost::interactive() : hearth::KdfCost::calibrate();
        });
    hearth::SessionSingleton::setInstance(&session);

    // Built after the session and destroyed before it: it must let go of the vault first.
    hearth::QtPositionProvider position;
    hearth::Workspace workspace(session, &position);
    hearth::WorkspaceSingleton::setInstance(&workspace);

    // After the workspace, so downloads go through its caseload; destroyed before it.
    QNetworkAccessManager network;
    hearth::SyncStatus syncStatus(session, workspace, network);
    hearth::SyncStatusSingleton::setInstance(&syncStatus);
    // Enrolment and every caseload download may bring the role the agency gave.
    QObject::connect(&syncStatus, &hearth::SyncStatus::enrolmentChanged, workspace.roles(),
        &hearth::RoleSettings::refresh);
    QObject::connect(&syncStatus, &hearth::SyncStatus::lastSuccessChanged, workspace.roles(),
        &hearth::RoleSettings::refresh);
    hearth::EnrolmentWizard enrolment(syncStatus, session, network);
    enrolment.suggestEnrolment(options.enrolServer, options.enrolCode);
    hearth::EnrolmentWizardSingleton::setInstance(&enrolment);

    hearth::ActivityMonitor activity;
    activity.watch(&app);
    QObject::connect(&activity, &hearth::ActivityMonitor::activity, &session,
        &hearth::SessionController::noteActivity);
    hearth::AppLifecycle lifecycle;
    lifecycle.watchApplication();
    // The draft is saved before the lock that follows, even if locking is deferred.
    QObject::connect(
        &lifecycle, &hearth::AppLifecycle::sentToBackground, &workspace, &hearth::Workspace::flush);
    QObject::connect(&lifecycle, &hearth::AppLifecycle::sentToBackground, &session,
        &hearth::SessionController::lock);

    // Beside the vault, not in it: the unlock page needs it before any key exists.
    hearth::DisplaySettings display(QDir(dataDirectory).filePath(QStringLiteral("display.ini")));
    if (options.textScale != 0)
        display.setTextScale(options.textScale);
    if (options.theme == u"light")
        display.setTheme(hearth::DisplaySettings::Theme::Light);
    else if (options.theme == u"dark")
        display.setTheme(hearth::DisplaySettings::Theme::Dark);
    else if (options.theme == u"system")
        display.setTheme(hearth::DisplaySettings::Theme::System);
    hearth::DisplaySingleton::setInstance(&display);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(
        hearth::PhotoImageProvider::scheme(), new hearth::PhotoImageProvider(workspace));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Hearth/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    window->resize(options.windowSize);

    if (!scripted)
        return QGuiApplication::exec();

    hearth::UiDriver ui(engine);
    bool ok = false;
    QStringList failures;
    if (options.selfTest) {
        failures = hearth::InstallCheck::run();
        ok = hearth::UiScenarios::selfTest(ui, session) && failures.isEmpty();
    } else if (hearth::UiScenarios::scriptNames().contains(options.uiScript)) {
        ok = hearth::UiScenarios::run(ui, session, options.uiScript);
    } else if (!options.uiScript.isEmpty()) {
        ok = hearth::UiVisitScenarios::run(ui, session, options.uiScript);
    } else {
        ok = hearth::UiScenarios::prepareScreen(ui, session, options.screen)
            && hearth::UiScenarios::saveScreenshot(ui, options.screenshotPath);
    }
    // A picture of the screen a scripted run stopped on, for whoever debugs the failure.
    if (!ok && qEnvironmentVariableIsSet("HEARTH_FAILURE_SCREENSHOT"))
        hearth::UiScenarios::saveScreenshot(ui, qEnvironmentVariable("HEARTH_FAILURE_SCREENSHOT"));
    const QStringList qmlWarnings = hearth::QmlWarningCollector::warnings();
    if (!ok || !qmlWarnings.isEmpty()) {
        printFailures(options.selfTest       ? QStringLiteral("self-test")
                : options.uiScript.isEmpty() ? QStringLiteral("screenshot")
                                             : options.uiScript,
            failures + ui.failures() + qmlWarnings);
        return 1;
    }
    if (options.selfTest)
        std::fprintf(stderr, "self-test passed\n");
    return 0;
}
