#include "settingsstore.h"

namespace hearth::server {

Expected<std::optional<QString>, StoreError> SettingsStore::get(const char *name) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT value FROM settings WHERE name = ?"), { QString::fromLatin1(name) });
    if (!query)
        return unexpected(query.error());
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Expected<void, StoreError> SettingsStore::set(const char *name, const QString &value) const
{
    auto removed = m_database.exec(
        QStringLiteral("DELETE FROM settings WHERE name = ?"), { QString::fromLatin1(name) });
    if (!removed)
        return unexpected(removed.error());
    auto inserted
        = m_database.exec(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)"),
            { QString::fromLatin1(name), value });
    if (!inserted)
        return unexpected(inserted.error());
    return {};
}

} // namespace hearth::server
