#include "qrpayload.h"

#include "fullwidth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace fl::codes {

namespace {

constexpr qsizetype kCodeLength = 18;
// Enough for a redirect URL carried inside another URL, without looping on junk.
constexpr int kMaxPercentDecodings = 3;

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

bool isUsccCharacter(QChar c)
{
    return u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s.contains(c);
}

// The whole payload is one code, possibly typed in groups or with wrong characters: reported
// with all its findings, since there is nothing else it could be.
std::optional<ScannedEnterpriseCode> bareCode(QStringView payload)
{
    UsccCheck check = validateUscc(payload);
    const QString &code = check.normalized;
    if (code.size() != kCodeLength || !std::all_of(code.begin(), code.end(), isAsciiAlnum))
        return std::nullopt;
    return ScannedEnterpriseCode{code, std::move(check), u"bare"_s};
}

// Candidates are whole runs of exactly 18 ASCII letters and digits, all in the USCC alphabet.
// A longer run (an order number, a hash) is never cut down to 18. Non-ASCII characters bound a
// run, so Chinese text right next to a code does not hide it.
void appendCandidates(QStringView text, QStringList &candidates)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isAsciiAlnum(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isAsciiAlnum(text[i]))
            ++i;
        if (i - start != kCodeLength)
            continue;
        const QString run = text.sliced(start, kCodeLength).toString().toUpper();
        if (std::all_of(run.begin(), run.end(), isUsccCharacter) && !candidates.contains(run))
            candidates.append(run);
    }
}

// Percent-decoded forms of the text, for codes inside (possibly nested) URL encodings. The raw
// text is scanned too, since decoding junk that merely contains '%' can damage a code.
QStringList decodedForms(const QString &text)
{
    QStringList forms{text};
    QString current = text;
    for (int i = 0; i < kMaxPercentDecodings && current.contains(u'%'); ++i) {
        const QString decoded = QUrl::fromPercentEncoding(current.toUtf8());
        if (decoded == current)
            break;
        forms.append(decoded);
        current = decoded;
    }
    return forms;
}

void collectJsonStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out.append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectJsonStrings(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectJsonStrings(it.value(), out);
    }
}

// JSON string values, when the payload is JSON. Numbers are left out on purpose: an 18-digit
// id is not a credit code, and JSON numbers lose digits anyway.
std::optional<QStringList> jsonStrings(const QString &payload)
{
    if (!payload.startsWith(u'{') && !payload.startsWith(u'['))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    QStringList strings;
    if (document.isObject())
        collectJsonStrings(document.object(), strings);
    else
        collectJsonStrings(document.array(), strings);
    return strings;
}

bool looksLikeUrl(const QString &payload)
{
    const qsizetype schemeEnd = payload.indexOf(u"://"_s);
    if (schemeEnd > 0) {
        const QStringView scheme = QStringView(payload).first(schemeEnd);
        return std::all_of(scheme.begin(), scheme.end(), [](QChar c) {
            return isAsciiAlnum(c) || c == u'+' || c == u'-' || c == u'.';
        });
    }
    return payload.startsWith(u"www."_s, Qt::CaseInsensitive);
}

Result<ScannedEnterpriseCode> bestCandidate(const QStringList &candidates, const QString &carrier)
{
    if (candidates.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         u"no 18-character credit code found in the scanned text"_s);
    }
    for (const QString &candidate : candidates) {
        UsccCheck check = validateUscc(candidate);
        if (check.valid())
            return ScannedEnterpriseCode{candidate, std::move(check), carrier};
    }
    // None validates: the first one with its findings tells the user more than "not found".
    return ScannedEnterpriseCode{candidates.first(), validateUscc(candidates.first()), carrier};
}

} // namespace

Result<ScannedEnterpriseCode> parseEnterpriseQrPayload(QStringView payload)
{
    const QString text = detail::foldFullWidth(payload).trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, u"the scanned code is empty"_s);
    if (std::optional<ScannedEnterpriseCode> bare = bareCode(text))
        return *std::move(bare);

    QString carrier = u"text"_s;
    QStringList texts{text};
    if (std::optional<QStringList> strings = jsonStrings(text)) {
        carrier = u"json"_s;
        texts = *std::move(strings);
    } else if (looksLikeUrl(text)) {
        carrier = u"url"_s;
    }

    QStringList candidates;
    for (const QString &t : std::as_const(texts)) {
        // A JSON value holding just the code (grouped or mistyped) counts like a bare code.
        if (carrier == u"json"_s) {
            if (std::optional<ScannedEnterpriseCode> whole = bareCode(t))
                candidates.append(whole->code);
        }
        for (const QString &form : decodedForms(t))
            appendCandidates(detail::foldFullWidth(form), candidates);
    }
    return bestCandidate(candidates, carrier);
}

} // namespace fl::codes
