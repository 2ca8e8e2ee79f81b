#include "errors.h"

#include <QtCore/QList>

#include <array>

namespace Marquee {

namespace {

struct CodeInfo
{
    ErrorCode code;
    QLatin1StringView name;
    QLatin1StringView description;
};

constexpr std::array codeInfos = {
#define MARQUEE_ERROR_INFO(id, wire, text) CodeInfo{ErrorCode::id, QLatin1StringView(wire), QLatin1StringView(text)},
    MARQUEE_ERROR_CODES(MARQUEE_ERROR_INFO)
#undef MARQUEE_ERROR_INFO
};

const CodeInfo &info(ErrorCode code)
{
    const auto index = static_cast<std::size_t>(code);
    Q_ASSERT(index < codeInfos.size());
    return codeInfos[index];
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    return info(code).name;
}

QString errorCodeDescription(ErrorCode code)
{
    return info(code).description;
}

bool errorCodeFromName(QStringView name, ErrorCode *code)
{
    for (const CodeInfo &i : codeInfos) {
        if (name == i.name) {
            *code = i.code;
            return true;
        }
    }
    return false;
}

const QList<ErrorCode> &allErrorCodes()
{
    static const QList<ErrorCode> codes = [] {
        QList<ErrorCode> list;
        list.reserve(qsizetype(codeInfos.size()));
        for (const CodeInfo &i : codeInfos)
            list.append(i.code);
        return list;
    }();
    return codes;
}

QString Error::toString() const
{
    QString text = errorCodeName(code);
    if (!where.isEmpty())
        text += QLatin1String(" at ") + where;
    if (!message.isEmpty())
        text += QLatin1String(": ") + message;
    return text;
}

} // namespace Marquee
