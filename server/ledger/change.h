#pragma once

// A pushed change as the ledger sees it: the exact payload bytes a device signed, parsed into
// the fields the ledger checks. Also the two pieces of cryptography the ledger relies on: the
// Ed25519 signature check and the hash-chain step (docs/sync-protocol.md).

#include "domain/record.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace fl::ledger {

// Refusal codes of POST /v1/push, spelled as on the wire.
enum class RefusalCode {
    BadSignature,
    DeviceMismatch,
    ChangeIdConflict,
    MalformedChange,
    UnknownKind,
    InvalidRecord,
    RevisionGap,
    NotFound,
    OutOfScope,
    BlobMissing,
};
[[nodiscard]] QString refusalCodeName(RefusalCode code);

struct Refusal
{
    RefusalCode code = RefusalCode::MalformedChange;
    QString reason;
};

enum class ChangeOp { Put, Delete, Track };
[[nodiscard]] QString changeOpName(ChangeOp op);

// A payload that passed the structural checks (not yet the domain rules or the ledger's state).
struct ParsedChange
{
    QString changeId;
    ChangeOp op = ChangeOp::Put;
    QString recordId;
    QString kindName;
    RecordKind kind = RecordKind::Patrol;
    QString deviceId;
    QString author;
    QString hlc;
    int revision = 0;  // put and delete; 0 for track
    QJsonObject body;  // put only
    QJsonObject whole; // the parsed payload
};

// Best effort: the changeId of a payload, for the result line even when the payload is bad.
[[nodiscard]] QString peekChangeId(const QByteArray &payload);

// Structural parse: malformed-change or unknown-kind on failure.
[[nodiscard]] std::variant<ParsedChange, Refusal> parseChange(const QByteArray &payload);

// Strict standard base64 (padded); nullopt when it is not, or not `expectedSize` bytes.
[[nodiscard]] std::optional<QByteArray> decodeBase64(const QString &text, int expectedSize);

inline constexpr int kPublicKeyBytes = 32;
inline constexpr int kSignatureBytes = 64;

// Ed25519 detached signature over the exact bytes.
[[nodiscard]] bool verifySignature(const QByteArray &payload, const QByteArray &signature,
                                   const QByteArray &publicKey);

// hex(SHA-256(prev ‖ "\n" ‖ seq ‖ "\n" ‖ device ‖ "\n" ‖ signature ‖ "\n" ‖ payload)).
[[nodiscard]] QByteArray entryHash(const QByteArray &prevHash, qint64 seq, const QString &deviceId,
                                   const QString &signatureBase64, const QByteArray &payload);
[[nodiscard]] QByteArray genesisHash(); // 64 zeros

// The compact JSON the records table stores for a body (verify recomputes it the same way).
[[nodiscard]] QByteArray bodyText(const QJsonObject &body);
// The body of a put's payload as bodyText; empty when the payload has none.
[[nodiscard]] QByteArray submittedBodyOf(const QByteArray &payload);

} // namespace fl::ledger
