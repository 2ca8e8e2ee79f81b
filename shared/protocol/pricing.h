#pragma once

// Protocol messages of ticket types and price cards: a venue's types (Adult, Child, ...) and
// cards (a price per layout category x ticket type) kept by managers and admins, read by every
// signed-in role, and the ticket types of a hold's seats chosen at the box office. See
// docs/PROTOCOL.md, "Ticket types and price cards".

#include "envelope.h"
#include "money.h"

#include <optional>

namespace Marquee {

inline constexpr qsizetype MaxTicketTypeNameLength = 60;
inline constexpr qsizetype MaxTicketTypeNoteLength = 200;
inline constexpr qsizetype MaxPriceCardNameLength = 100;
inline constexpr qsizetype MaxCategoryIdLength = 64;
inline constexpr qsizetype MaxPricesPerCard = 2000;
inline constexpr qint64 MaxTicketTypePosition = 1000;

struct TicketType
{
    QString id;
    QString name;
    std::optional<QString> note = std::nullopt; // what the cashier sees ("ID required")
    qint64 position = 1; // 1..n among the venue's active types; the first is the default
    bool archived = false;
    friend bool operator==(const TicketType &, const TicketType &) = default;
};

// One cell of a price card: the price of a ticket type in a layout category.
struct CardPrice
{
    QString category;
    QString ticketTypeId;
    Money price;
    friend bool operator==(const CardPrice &, const CardPrice &) = default;
};

struct PriceCard
{
    QString id;
    QString name;
    qint64 revision = 1; // grows with every change
    QList<CardPrice> prices; // by category, then by ticket type position
    bool archived = false;
    bool inUse = false; // a show that has not ended uses it
    friend bool operator==(const PriceCard &, const PriceCard &) = default;
};

struct ListPricingRequest
{
    MARQUEE_MESSAGE(ListPricingRequest, ListPricing);
    QString venueId;
};

struct ListPricingReply
{
    MARQUEE_MESSAGE(ListPricingReply, ListPricingReply);
    QString venueId;
    Currency currency; // of the venue's prices
    QList<TicketType> ticketTypes; // active ones by position, then archived ones
    QList<PriceCard> priceCards; // active ones by name, then archived ones
};

struct CreateTicketTypeRequest
{
    MARQUEE_MESSAGE(CreateTicketTypeRequest, CreateTicketType);
    QString venueId;
    QString name;
    std::optional<QString> note = std::nullopt;
    std::optional<qint64> position = std::nullopt; // default: last
};

// The answer to create_ticket_type and update_ticket_type.
struct TicketTypeReply
{
    MARQUEE_MESSAGE(TicketTypeReply, TicketTypeReply);
    TicketType ticketType;
};

struct UpdateTicketTypeRequest
{
    MARQUEE_MESSAGE(UpdateTicketTypeRequest, UpdateTicketType);
    QString ticketTypeId;
    std::optional<QString> name = std::nullopt;
    std::optional<QString> note = std::nullopt; // "" clears it
    std::optional<qint64> position = std::nullopt; // moves it; the others close up
    std::optional<bool> archived = std::nullopt;
};

struct CreatePriceCardRequest
{
    MARQUEE_MESSAGE(CreatePriceCardRequest, CreatePriceCard);
    QString venueId;
    QString name;
    QList<CardPrice> prices; // every offered type in every category of the card
};

// The answer to create_price_card and update_price_card.
struct PriceCardReply
{
    MARQUEE_MESSAGE(PriceCardReply, PriceCardReply);
    PriceCard priceCard;
};

struct UpdatePriceCardRequest
{
    MARQUEE_MESSAGE(UpdatePriceCardRequest, UpdatePriceCard);
    QString priceCardId;
    std::optional<qint64> revision = std::nullopt; // refused (STALE_REVISION) when the card has another
    std::optional<QString> name = std::nullopt;
    std::optional<QList<CardPrice>> prices = std::nullopt; // the whole matrix, replaced
};

struct DeletePriceCardRequest
{
    MARQUEE_MESSAGE(DeletePriceCardRequest, DeletePriceCard);
    QString priceCardId;
};

struct DeletePriceCardReply
{
    MARQUEE_MESSAGE(DeletePriceCardReply, DeletePriceCardReply);
    QString priceCardId;
    bool archived = false; // kept (archived) because past shows used it, rather than deleted
};

struct SeatTicketTypeChoice
{
    QString seatId;
    QString ticketTypeId;
    friend bool operator==(const SeatTicketTypeChoice &, const SeatTicketTypeChoice &) = default;
};

// Answered with a hold_reply carrying the new total and every seat's type.
struct SetTicketTypesRequest
{
    MARQUEE_MESSAGE(SetTicketTypesRequest, SetTicketTypes);
    QString holdId;
    QList<SeatTicketTypeChoice> seats; // 1..100, no seat twice
};

} // namespace Marquee
