#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"

#include <QString>
#include <QStringList>

namespace hearth::ChildContributionBody {

// What a child made in child mode (docs/record-format.md, "The child's contribution"): the
// strokes of a drawing as vector data on a fixed logical canvas, pictures and words placed in the
// three houses, answers on picture scales, and whether anything was read aloud. It is the child's
// own, kept apart from the practitioner's words in whichever record carries it (member
// "childContribution"), and checked the same way on the tablet and on the server.
//
// Everything is bounded so a record stays small (at most about 250 KB of points), and every
// value comes from a fixed set the app ships, so the drawing renders back the same everywhere.
[[nodiscard]] Expected<void, JsonError> validate(
    const JsonValue &contribution, const QString &path);

inline constexpr qint64 Format = 1;

// The logical canvas: points are integers in 0..CanvasSize on both axes, whatever the screen.
inline constexpr qint64 CanvasSize = 10000;
inline constexpr qsizetype MaxStrokes = 300;
inline constexpr qsizetype MaxPointsPerStroke = 2000;
inline constexpr qsizetype MaxPoints = 15000;
// Time offsets (ms from the start of the drawing): a session is at most a few hours.
inline constexpr qint64 MaxTimeMs = 4 * 60 * 60 * 1000;
inline constexpr qsizetype MaxItemsPerHouse = 12;
inline constexpr qsizetype MaxWordsLength = 500;

// The pens a child can choose, by name; their colours are the app's (childdrawingpalette).
inline const QStringList &colours()
{
    static const QStringList words { QStringLiteral("black"), QStringLiteral("red"),
        QStringLiteral("orange"), QStringLiteral("yellow"), QStringLiteral("green"),
        QStringLiteral("blue"), QStringLiteral("purple"), QStringLiteral("brown"),
        QStringLiteral("pink") };
    return words;
}

// Stroke widths in canvas units: thin, medium, thick.
inline const QList<qint64> &widths()
{
    static const QList<qint64> values { 40, 100, 220 };
    return values;
}

// The three houses (worries, good things, dreams), as written in the body.
inline const QStringList &houses()
{
    static const QStringList words { QStringLiteral("worries"), QStringLiteral("goodThings"),
        QStringLiteral("dreams") };
    return words;
}

// The pictures shipped in the app that a child can place in a house.
inline const QStringList &pictures()
{
    static const QStringList words { QStringLiteral("home"), QStringLiteral("family"),
        QStringLiteral("friends"), QStringLiteral("school"), QStringLiteral("pet"),
        QStringLiteral("food"), QStringLiteral("sleep"), QStringLiteral("play"),
        QStringLiteral("shouting"), QStringLiteral("hurt"), QStringLiteral("alone"),
        QStringLiteral("sun"), QStringLiteral("heart"), QStringLiteral("rain") };
    return words;
}

// The picture scales (faces 0 to 10): what each asks about.
inline const QStringList &scales()
{
    static const QStringList words { QStringLiteral("home"), QStringLiteral("school"),
        QStringLiteral("safe"), QStringLiteral("happy") };
    return words;
}

inline constexpr qint64 ScaleMax = 10;

} // namespace hearth::ChildContributionBody
