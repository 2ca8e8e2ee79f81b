#include "statisticspanel.h"

// PLACEHOLDER (branch wt-studio only), see statisticspanel.h.

#include "layout.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

StatisticsPanel::StatisticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_text);
    box->addStretch();
    m_text->setTextFormat(Qt::PlainText);
}

void StatisticsPanel::showStatistics(const Layout &layout)
{
    QStringList lines;
    lines.append(tr("%n seat(s)", nullptr, int(layout.seatCount())));
    for (const Section &section : layout.sections) {
        qsizetype seats = 0;
        for (const Row &row : section.rows)
            seats += row.seats.size();
        lines.append(tr("%1: %2").arg(section.name).arg(seats));
    }
    qsizetype wheelchairs = 0, companions = 0;
    layout.forEachSeat([&](const Section &, const Row &, const Seat &seat) {
        wheelchairs += seat.flags.testFlag(SeatFlag::Wheelchair);
        companions += seat.flags.testFlag(SeatFlag::Companion);
    });
    lines.append(tr("Wheelchair spaces: %1").arg(wheelchairs));
    lines.append(tr("Companion seats: %1").arg(companions));
    m_text->setText(lines.join(u'\n'));
}

} // namespace Marquee
