#pragma once

// Best-available seats and the no-orphan rule, shared by the kiosk, the box office's "Best N" and
// the server's hold check. Plain functions over a SeatingPlan: the layout's seats as rows of
// adjacent seats ("blocks", split where an aisle or a wider gap runs through a row), each seat
// with a score. A plan is built once per layout version and then answers many questions.

#include "layout.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Marquee {

// What a customer asks for.
struct BestSeatsRequest
{
    int count = 0;            // seats in all, 1..MaxCount (wheelchair spaces and companions included)
    int wheelchairSpaces = 0; // of count: wheelchair spaces (0..count); each comes with its companion
                              // seat beside it when one is free (the companion counts toward count)
    static constexpr int MaxCount = 100;
};

// What the plan proposes.
struct BestSeats
{
    QStringList seatIds;   // in plan order (section, row, left to right); empty: not enough free seats
    bool together = false; // all side by side in one block of one row
    int rows = 0;          // how many rows the seats are spread over (0 when empty)
    bool isEmpty() const { return seatIds.isEmpty(); }
};

class SeatingPlan
{
public:
    SeatingPlan() = default;
    explicit SeatingPlan(const Layout &layout);

    qsizetype size() const;                         // seats of the layout
    qsizetype indexOf(const QString &seatId) const; // -1 when unknown
    QString seatId(qsizetype index) const;
    // Higher is better, in (0, 1]: near the middle of the screen or stage horizontally and in the
    // row band the layout marks as best (Row::best), else about two thirds back.
    double score(qsizetype index) const;

    // The best `request.count` seats among those with free[i] (i: plan index; free.size() ==
    // size()): all together in one block where possible, else the best split over rows (together
    // == false). Never leaves an orphan (see stranded()) when a choice without one exists;
    // never proposes a seat with SeatFlag::Blocked, a wheelchair space unless asked for, or a
    // companion seat without its wheelchair space.
    BestSeats best(const std::vector<bool> &free, const BestSeatsRequest &request) const;

    // The no-orphan rule: the free ordinary seats (not wheelchair, companion or blocked) that
    // taking `taking` would leave alone in their block (a taken seat, a wheelchair/companion
    // seat or the block's end on both sides) and that were not alone before. isFree(seatId) says
    // whether a seat is free now (seats of `taking` are free now, or held by the one taking them).
    // Unknown seat ids in `taking` are ignored. In plan order.
    QStringList stranded(const std::function<bool(const QString &seatId)> &isFree, const QStringList &taking) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace Marquee
