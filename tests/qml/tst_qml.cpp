// Qt Quick Test runner: each tst_*.qml file gets a fresh engine, and with it a fresh
// SessionController and Workspace on an empty vault in its own temporary folder. There is
// no position source: the wizard must carry on without one. Sync is never enrolled here.

#include "displaysingleton.h"
#include "photoimageprovider.h"
#include "sessioncontroller.h"
#include "sessionsingleton.h"
#include "syncsingleton.h"
#include "workspace.h"
#include "workspacesingleton.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Hearth_AppPlugin)
Q_IMPORT_QML_PLUGIN(HearthPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // HEARTH_TEST_LANGUAGE=cy runs the pages in Welsh, with the app's own translations.
        const QString language = qEnvironmentVariable("HEARTH_TEST_LANGUAGE");
        if (language.isEmpty())
            return;
        QLocale::setDefault(QLocale(language));
        if (!m_translator.load(QLocale(language), QStringLiteral("hearth"), QStringLiteral("_"),
                QStringLiteral(HEARTH_TRANSLATIONS_DIR))
            || !QCoreApplication::installTranslator(&m_translator))
            qFatal("no translation for %s in %s", qPrintable(language), HEARTH_TRANSLATIONS_DIR);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_enrolment.reset();
        m_syncStatus.reset();
        m_workspace.reset();
        m_session.reset();
        m_directory = std::make_unique<QTemporaryDir>();
        if (!m_directory->isValid())
            qFatal("cannot create a temporary folder");
        const QString path = m_directory->path();
        m_display
            = std::make_unique<hearth::DisplaySettings>(path + QStringLiteral("/display.ini"));
        hearth::DisplaySingleton::setInstance(m_display.get());
        m_session = std::make_unique<hearth::SessionController>(
            std::make_unique<hearth::Vault>(path),
            [] { return hearth::RecoveryKeyPair::generate().publicKey; },
            [] { return hearth::KdfCost::interactive(); });
        hearth::SessionSingleton::setInstance(m_session.get());
        m_workspace = std::make_unique<hearth::Workspace>(*m_session, nullptr);
        hearth::WorkspaceSingleton::setInstance(m_workspace.get());
        engine->addImageProvider(
            hearth::PhotoImageProvider::scheme(), new hearth::PhotoImageProvider(*m_workspace));
        // Never enrolled here: the sync screen's enrolment form and the status line.
        m_syncStatus = std::make_unique<hearth::SyncStatus>(*m_session, *m_workspace, m_network);
        hearth::SyncStatusSingleton::setInstance(m_syncStatus.get());
        m_enrolment
            = std::make_unique<hearth::EnrolmentWizard>(*m_syncStatus, *m_session, m_network);
        hearth::EnrolmentWizardSingleton::setInstance(m_enrolment.get());
    }

    void cleanupTestCase()
    {
        m_enrolment.reset();
        m_syncStatus.reset();
        m_workspace.reset();
        m_session.reset();
        m_display.reset();
        m_directory.reset();
    }

private:
    QTranslator m_translator;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<hearth::DisplaySettings> m_display;
    std::unique_ptr<hearth::SessionController> m_session;
    std::unique_ptr<hearth::Workspace> m_workspace;
    QNetworkAccessManager m_network;
    std::unique_ptr<hearth::SyncStatus> m_syncStatus;
    std::unique_ptr<hearth::EnrolmentWizard> m_enrolment;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"
