#include "readaloud.h"

#ifdef HEARTH_HAVE_TEXTTOSPEECH
#include <QTextToSpeech>
#endif

namespace hearth {

struct ReadAloud::Engine
{
#ifdef HEARTH_HAVE_TEXTTOSPEECH
    QTextToSpeech speech;
    explicit Engine(const QString &name)
        : speech(name)
    { }
#endif
};

ReadAloud::ReadAloud(const QString &engine, const QLocale &language, QObject *parent)
    : QObject(parent)
{
#ifdef HEARTH_HAVE_TEXTTOSPEECH
    const QStringList engines = QTextToSpeech::availableEngines();
    const QString chosen = engine.isEmpty() && !engines.isEmpty() ? engines.constFirst() : engine;
    if (!engines.contains(chosen))
        return;
    m_engine = std::make_unique<Engine>(chosen);
    QTextToSpeech &speech = m_engine->speech;
    if (speech.state() == QTextToSpeech::Error)
        return;
    bool speaksLanguage = false;
    for (const QLocale &locale : speech.availableLocales())
        if (locale.language() == language.language()) {
            speech.setLocale(locale);
            speaksLanguage = true;
            break;
        }
    if (!speaksLanguage)
        return;
    connect(&speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Speaking && !m_spoken) {
            m_spoken = true;
            Q_EMIT spokenChanged();
        } else if (state == QTextToSpeech::Error) {
            giveUp();
        }
    });
    m_available = true;
#else
    Q_UNUSED(engine)
    Q_UNUSED(language)
#endif
}

ReadAloud::~ReadAloud() = default;

void ReadAloud::say(const QString &text)
{
    if (!m_available || text.trimmed().isEmpty())
        return;
#ifdef HEARTH_HAVE_TEXTTOSPEECH
    m_engine->speech.stop();
    m_engine->speech.say(text);
#endif
}

void ReadAloud::stop()
{
#ifdef HEARTH_HAVE_TEXTTOSPEECH
    if (m_engine)
        m_engine->speech.stop();
#endif
}

// An engine that fails once (no audio device, a crashed daemon) is not tried again this time:
// a button that does nothing when a child presses it is worse than no button.
void ReadAloud::giveUp()
{
    if (!m_available)
        return;
    m_available = false;
    Q_EMIT availableChanged();
}

} // namespace hearth
