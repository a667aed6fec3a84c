#pragma once

#include "problemtype.h"
#include "serverprocess.h"
#include "testbackend.h"
#include "testclient.h"

#include <QObject>

#include <memory>

// A fresh store with a running hearth-server for each test function, and the steps most tests
// start with (an enrolment code, an enrolled device).
class ServerFixture : public QObject
{
    Q_OBJECT

protected:
    // Empty on success.
    QString setUp(const QStringList &serverArguments = {});
    void tearDown();

    QString newCode(const QString &expires = QStringLiteral("24h"));
    std::unique_ptr<TestDevice> enrolled();
    QUrl url(const QString &path) const { return m_server->url(path); }
    AdminResult admin(const QStringList &arguments) const;

    static QString type(hearth::ProblemType problem) { return hearth::problemTypeUri(problem); }

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<ServerProcess> m_server;
};
