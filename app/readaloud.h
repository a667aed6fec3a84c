#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace hearth {

// Reads child mode's few words aloud when the child asks (Qt TextToSpeech). Many tablets have
// no speech engine, no voice for the language (Welsh above all) or no audio device: then
// `available` is false, the page hides its read-aloud buttons, and nothing else changes. It is
// built without Qt TextToSpeech where the module is missing (HEARTH_HAVE_TEXTTOSPEECH unset),
// and is then never available.
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Child mode owns the reader.")
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    // Whether anything was actually spoken (the child's contribution records it).
    Q_PROPERTY(bool spoken READ spoken NOTIFY spokenChanged)

public:
    // `engine` names a Qt TextToSpeech engine; empty takes the first one installed. The voice
    // must speak `language`, or nothing is read (a Welsh page read in an English voice would
    // be worse than none).
    ReadAloud(const QString &engine, const QLocale &language, QObject *parent = nullptr);
    ~ReadAloud() override;

    bool available() const { return m_available; }
    bool spoken() const { return m_spoken; }

    Q_INVOKABLE void say(const QString &text);
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void availableChanged();
    void spokenChanged();

private:
    void giveUp();

    // The speech engine, where the module is built in (the class has the same layout either
    // way, so code built without the definition can still use it).
    struct Engine;
    std::unique_ptr<Engine> m_engine;
    bool m_available = false;
    bool m_spoken = false;
};

} // namespace hearth
