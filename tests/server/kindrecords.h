#pragma once

#include "../unit/household/profiletestsupport.h"
#include "record/canonicaljson.h"
#include "record/recordsigner.h"
#include "testclient.h"

// A device's next record as one of the kinds with body rules, complete or missing the one thing
// those rules require, signed without the tablet's checks (RecordSigner would refuse what is
// incomplete) so only the server's own body validation decides. tst_serverkinds sends the
// complete ones, tst_serverrefusals the others.
namespace KindRecords {

using namespace hearth;

// The device's next record as a format 3 visit with one body-map mark, signed without the
// tablet's checks (RecordSigner would refuse an incomplete mark), so only the server's own
// body validation stands between the mark and the store.
inline QByteArray withBodyMap(TestDevice &device, bool withDescription)
{
    Envelope e
        = Envelope::fromJson(CanonicalJson::parseCanonical(device.makeRecords(1).first()).value())
              .value();
    const QByteArray description
        = withDescription ? R"("description":"Four fingertip bruises in a row",)" : "";
    const QByteArray map = R"({"marks":[{"colour":"purple",)" + description
        + R"("injuredOn":"","lengthMm":30,"region":"left-forearm","seenOn":"2026-03-14",)"
          R"("side":"front","widthMm":12,"x":7470,"y":4775}],"outline":"child"})";
    e.body.insert(QStringLiteral("format"), 3);
    e.body.insert(QStringLiteral("bodyMap"), CanonicalJson::parse(map).value());
    e.signature = device.key.sign(RecordSigner::signingInput(e).value());
    return CanonicalJson::serialize(e.toJson(true)).value();
}

// The device's next record as a profile change (issue 11), re-signed without the tablet's
// checks; without a source for the father's known risk when `complete` is false.
inline QByteArray profileChange(TestDevice &device, bool complete)
{
    Envelope e
        = Envelope::fromJson(CanonicalJson::parseCanonical(device.makeRecords(1).first()).value())
              .value();
    e.kind = RecordKind::ProfileChange;
    e.body = test::profileBody();
    if (!complete) {
        JsonValue father = e.body[u"adults"].items().front();
        JsonValue risk = father[u"risks"].items().front();
        risk.remove(u"source");
        father.insert(QStringLiteral("risks"), JsonValue::array({ risk }));
        e.body.insert(QStringLiteral("adults"), JsonValue::array({ father }));
    }
    e.signature = device.key.sign(RecordSigner::signingInput(e).value());
    return CanonicalJson::serialize(e.toJson(true)).value();
}

// The device's next record as a quick concern (record kind "concern") about an immediate
// danger, signed without the tablet's checks, so only the server's body validation decides.
inline QByteArray concern(TestDevice &device, bool withNextStep)
{
    Envelope e
        = Envelope::fromJson(CanonicalJson::parseCanonical(device.makeRecords(1).first()).value())
              .value();
    const QByteArray next = withNextStep ? R"("nextStep":"DSL is phoning the police",)" : "";
    const QByteArray body = R"({"action":"dsl","category":"disclosure","child":"c-1",)"
                            R"("format":1,"immediateSafety":true,)"
        + next
        + R"("seen":"Said her stepfather hit her last night","sharingBasis":"consent",)"
          R"("told":{"when":"2026-03-14T10:15:00.000Z","who":"Ms Jones, DSL"}})";
    e.kind = RecordKind::Concern;
    e.body = CanonicalJson::parse(body).value();
    e.signature = device.key.sign(RecordSigner::signingInput(e).value());
    return CanonicalJson::serialize(e.toJson(true)).value();
}

// The device's next record as a child-voice session (record kind "child-voice-session"),
// signed without the tablet's checks, so only the server's body validation decides; without
// `complete` it does not say what the child was told will happen next.
inline QByteArray childVoice(TestDevice &device, bool complete)
{
    Envelope e
        = Envelope::fromJson(CanonicalJson::parseCanonical(device.makeRecords(1).first()).value())
              .value();
    const QByteArray told = complete ? R"("childToldNext":"I will come back on Tuesday",)" : "";
    const QByteArray body = R"({"child":"c-1",)" + told
        + R"("childsWords":[{"at":"2026-03-14T10:05:00.000Z","by":"child",)"
          R"("context":"evenings at home","quote":"I don’t like it when they shout"}],)"
          R"("format":1,"othersPresent":[],)"
          R"("practitionerWillDo":"Talk it through with my team manager today",)"
          R"("scales":[{"number":4,"question":"How safe at home?","reason":"the shouting"}],)"
          R"("seenAlone":true,"sessionId":"s-1",)"
          R"("threeHouses":{"dreams":["a dog"],"goodThings":["Nan"],"worries":[]},)"
          R"("where":{"place":"school"}})";
    e.kind = RecordKind::ChildVoiceSession;
    e.body = CanonicalJson::parse(body).value();
    e.signature = device.key.sign(RecordSigner::signingInput(e).value());
    return CanonicalJson::serialize(e.toJson(true)).value();
}

} // namespace KindRecords
