#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace hearth::server {

// The one way the console writes HTML. Markup can only come from string literals in this
// source (markup() takes a character array, not a QString); every value from the store, a
// record or a request goes through text(), which escapes it for element content and quoted
// attribute values alike. So a practitioner or child named "<script>" is shown, never run.
class Html
{
public:
    // & < > " ' as character references: enough for text and for attribute values in quotes,
    // which is the only way the console writes attributes.
    static QString escape(QStringView value);
    // A query-string value: percent-encoded, then escaped for the attribute it sits in.
    static QString urlValue(const QString &value);

    template<std::size_t N> Html &markup(const char (&literal)[N])
    {
        m_out += QString::fromUtf8(literal, qsizetype(N - 1));
        return *this;
    }
    Html &text(QStringView value)
    {
        m_out += escape(value);
        return *this;
    }
    Html &url(const QString &value)
    {
        m_out += urlValue(value);
        return *this;
    }
    Html &append(const Html &other)
    {
        m_out += other.m_out;
        return *this;
    }
    const QString &toString() const { return m_out; }

private:
    QString m_out;
};

} // namespace hearth::server
