// libFuzzer target: one text frame as the server reads it, up to the first database call:
// decodeEnvelope() (JSON limits, duplicate keys, v/type/id/body), the request check of
// SyncServer::onFrame(), then decodeBody() of its type. A frame that decodes must encode again
// into a frame that decodes to the same message (what a client sends, the server reads).
#include "protocol.h"

#include <cstddef>
#include <cstdint>

using namespace Marquee;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    QString id;
    const Result<Envelope> envelope = decodeEnvelope(bytes, clientFrameLimits(), &id);
    if (!envelope) {
        // The error reply the server would send.
        (void)encodeError(envelope.error(), id);
        return 0;
    }
    const MessageTypeInfo &info = messageTypeInfo(envelope->type);
    if (info.direction != Direction::ClientToServer || info.kind != MessageKind::Request || envelope->id.isEmpty())
        return 0;
    const Result<AnyMessage> body = decodeBody(*envelope);
    if (!body) {
        (void)encodeError(body.error(), envelope->id);
        return 0;
    }
    const QByteArray again = encodeMessage(*body, envelope->id);
    const Result<Message> reread = decodeMessage(again, clientFrameLimits());
    if (!reread || reread->id != envelope->id || reread->body != *body)
        __builtin_trap();
    return 0;
}
