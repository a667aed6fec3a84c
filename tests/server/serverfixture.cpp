#include "serverfixture.h"

#include "record/canonicaljson.h"

QString ServerFixture::setUp(const QStringList &serverArguments)
{
    m_backend = std::make_unique<TestBackend>();
    if (const QString created = m_backend->create(); !created.isEmpty())
        return created;
    m_server = std::make_unique<ServerProcess>();
    return m_server->start(m_backend->storeArguments(), serverArguments);
}

void ServerFixture::tearDown()
{
    m_server.reset();
    m_backend.reset();
}

AdminResult ServerFixture::admin(const QStringList &arguments) const
{
    return runAdmin(m_backend->storeArguments(), arguments);
}

QString ServerFixture::newCode(const QString &expires)
{
    const AdminResult result = admin(
        { QStringLiteral("enrol-code"), QStringLiteral("--practitioner"), QStringLiteral("hv-0042"),
            QStringLiteral("--expires"), expires, QStringLiteral("--json") });
    auto json = hearth::CanonicalJson::parse(result.out.trimmed());
    return json ? (*json)[u"code"].toString() : QString();
}

std::unique_ptr<TestDevice> ServerFixture::enrolled()
{
    auto device = std::make_unique<TestDevice>();
    const Reply reply = device->enrol(url(QStringLiteral("/v1/enrol")), newCode());
    if (reply.status != 201)
        qWarning() << "enrolment failed" << reply.body;
    return device;
}
