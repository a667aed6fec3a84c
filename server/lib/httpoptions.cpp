#include "httpoptions.h"

#include <sys/resource.h>

namespace hearth::server {

namespace {
QCommandLineOption option(const char *name, const char *help, const char *valueName, qint64 value)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
        QString::fromLatin1(valueName), QString::number(value));
}

// Reserved below the open-file limit for database connections, the store and logs.
constexpr rlim_t reservedFiles = 64;
} // namespace

HttpOptions::HttpOptions()
    : m_headerLimit(option("header-limit", "Largest request line plus headers, in bytes.", "BYTES",
        HttpLimits().headerBytes))
    , m_headerTimeout(
          option("header-timeout", "Seconds a client has to send a request's line and headers.",
              "SECONDS", HttpLimits().headerTimeout.count()))
    , m_bodyTimeout(option("body-timeout",
          "Longest silence, in seconds, while a body arrives or an answer is written.", "SECONDS",
          HttpLimits().bodyIdleTimeout.count()))
    , m_keepAliveTimeout(
          option("keepalive-timeout", "Seconds an idle connection is kept open between requests.",
              "SECONDS", HttpLimits().keepAliveTimeout.count()))
    , m_maxConnections(
          option("max-connections", "Open connections in total.", "N", HttpLimits().maxConnections))
    , m_maxPerClient(option("max-connections-per-client",
          "Open connections from one client address.", "N", HttpLimits().maxConnectionsPerClient))
    , m_maxRequests(
          option("max-requests-per-connection", "Requests on one connection before it is closed.",
              "N", HttpLimits().maxRequestsPerConnection))
    , m_metricsAllow(QStringLiteral("metrics-allow"),
          QStringLiteral("Addresses or subnets that may read /metrics, comma-separated, or "
                         "\"none\" (default: loopback only)."),
          QStringLiteral("LIST"), QStringLiteral("127.0.0.1,::1"))
{ }

void HttpOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ m_headerLimit, m_headerTimeout, m_bodyTimeout, m_keepAliveTimeout,
        m_maxConnections, m_maxPerClient, m_maxRequests, m_metricsAllow });
}

Expected<HttpOptions::Resolved, QString> HttpOptions::resolve(
    const QCommandLineParser &parser) const
{
    Resolved resolved;
    QString bad;
    auto number = [&](const QCommandLineOption &which, qint64 low, qint64 high) {
        bool ok = false;
        const qint64 value = parser.value(which).toLongLong(&ok);
        if ((!ok || value < low || value > high) && bad.isEmpty())
            bad = QStringLiteral("--%1 must be a whole number from %2 to %3")
                      .arg(which.names().first())
                      .arg(low)
                      .arg(high);
        return value;
    };
    HttpLimits &limits = resolved.limits;
    limits.headerBytes = number(m_headerLimit, 1024, 1024 * 1024);
    limits.headerTimeout = std::chrono::seconds(number(m_headerTimeout, 1, 3600));
    limits.bodyIdleTimeout = std::chrono::seconds(number(m_bodyTimeout, 1, 3600));
    limits.keepAliveTimeout = std::chrono::seconds(number(m_keepAliveTimeout, 1, 3600));
    limits.maxConnections = int(number(m_maxConnections, 1, 1000000));
    limits.maxConnectionsPerClient = int(number(m_maxPerClient, 1, 1000000));
    limits.maxRequestsPerConnection = int(number(m_maxRequests, 1, 1000000));
    if (!bad.isEmpty())
        return unexpected(bad);

    const QString allow = parser.value(m_metricsAllow).trimmed();
    if (allow != u"none") {
        for (const QString &entry : allow.split(u',', Qt::SkipEmptyParts)) {
            const QString text = entry.trimmed();
            const QHostAddress single(text);
            const auto subnet = text.contains(u'/')
                ? QHostAddress::parseSubnet(text)
                : qMakePair(single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
            if (subnet.first.isNull())
                return unexpected(QStringLiteral("--metrics-allow: \"%1\" is not an address or "
                                                 "subnet (like 10.0.0.0/8)")
                                      .arg(text));
            resolved.metricsReaders.append(subnet);
        }
    }
    return resolved;
}

QString HttpOptions::fitOpenFileLimit(HttpLimits &limits)
{
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) != 0)
        return QStringLiteral("cannot read the open-file limit");
    if (files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        (void)setrlimit(RLIMIT_NOFILE, &files);
        (void)getrlimit(RLIMIT_NOFILE, &files);
    }
    if (files.rlim_cur == RLIM_INFINITY
        || files.rlim_cur > rlim_t(limits.maxConnections) + reservedFiles)
        return {};
    const int fitting = files.rlim_cur > reservedFiles * 2 ? int(files.rlim_cur - reservedFiles)
                                                           : int(files.rlim_cur / 2);
    const QString notice = QStringLiteral("--max-connections lowered from %1 to %2 to fit the "
                                          "open-file limit of %3 (raise LimitNOFILE)")
                               .arg(limits.maxConnections)
                               .arg(fitting)
                               .arg(qulonglong(files.rlim_cur));
    limits.maxConnections = fitting;
    limits.maxConnectionsPerClient = std::min(limits.maxConnectionsPerClient, fitting);
    return notice;
}

} // namespace hearth::server
