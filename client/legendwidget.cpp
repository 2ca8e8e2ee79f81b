#include "legendwidget.h"

#include "seatitem.h"
#include "seatmapscene.h"

#include <QtCore/QEvent>
#include <QtGui/QPainter>

#include <algorithm>

namespace Marquee {

namespace {

constexpr int Swatch = 22;  // pixels per seat in the legend
constexpr int Padding = 6;
constexpr int Gap = 8;      // between swatch and text

// States are shown on a neutral colour; categories show their own.
const QColor NeutralColour = QColor::fromRgb(0x5f, 0x6b, 0x7a);

} // namespace

struct LegendWidget::Entry
{
    QString text;
    SeatAppearance appearance;
    bool heading = false;
};

LegendWidget::LegendWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    rebuild();
}

LegendWidget::~LegendWidget() = default;

void LegendWidget::setScene(SeatMapScene *scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    if (scene) {
        connect(scene, &SeatMapScene::seatLayoutChanged, this, [this] {
            setCategories(m_scene->seatLayout().categories, m_scene->categoryPrices());
        });
        setCategories(scene->seatLayout().categories, scene->categoryPrices());
    } else {
        setCategories({}, {});
    }
}

void LegendWidget::setCategories(const QList<Category> &categories, const QHash<QString, Money> &prices)
{
    m_categories = categories;
    m_prices = prices;
    rebuild();
}

void LegendWidget::rebuild()
{
    m_entries.clear();
    auto state = [this](SeatVisualState s, const QString &text, bool selected = false, SeatFlags flags = {}) {
        m_entries.push_back(Entry { text, SeatAppearance { s, NeutralColour, flags, selected, false, {} }, false });
    };
    m_entries.push_back(Entry { tr("Seats"), {}, true });
    state(SeatVisualState::Available, SeatItem::stateName(SeatVisualState::Available));
    state(SeatVisualState::Available, tr("Selected"), true);
    state(SeatVisualState::HeldByMe, SeatItem::stateName(SeatVisualState::HeldByMe));
    state(SeatVisualState::HeldByOther, SeatItem::stateName(SeatVisualState::HeldByOther));
    state(SeatVisualState::Sold, SeatItem::stateName(SeatVisualState::Sold));
    state(SeatVisualState::Blocked, SeatItem::stateName(SeatVisualState::Blocked));
    state(SeatVisualState::Available, SeatItem::flagName(SeatFlag::Wheelchair), false, SeatFlag::Wheelchair);
    state(SeatVisualState::Available, SeatItem::flagName(SeatFlag::Companion), false, SeatFlag::Companion);
    state(SeatVisualState::Available, SeatItem::flagName(SeatFlag::RestrictedView), false, SeatFlag::RestrictedView);

    if (!m_categories.isEmpty()) {
        m_entries.push_back(Entry { tr("Prices"), {}, true });
        for (const Category &c : std::as_const(m_categories)) {
            const auto price = m_prices.constFind(c.id);
            const QString priceText = price != m_prices.cend() ? price->toString() : tr("no price");
            QColor colour(c.colour);
            if (!colour.isValid())
                colour = NeutralColour;
            m_entries.push_back(Entry { tr("%1: %2").arg(c.name, priceText),
                                        SeatAppearance { SeatVisualState::Available, colour, {}, false, false, {} },
                                        false });
        }
    }
    updateGeometry();
    update();
}

QStringList LegendWidget::entryTexts() const
{
    QStringList texts;
    for (const Entry &e : m_entries)
        texts.append(e.text);
    return texts;
}

int LegendWidget::rowHeight() const
{
    return std::max(Swatch, fontMetrics().height()) + 4;
}

QSize LegendWidget::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int width = 0;
    for (const Entry &e : m_entries) {
        const int w = e.heading ? boldMetrics.horizontalAdvance(e.text)
                                : Swatch + Gap + fontMetrics().horizontalAdvance(e.text);
        width = std::max(width, w);
    }
    return QSize(width + 2 * Padding, int(m_entries.size()) * rowHeight() + 2 * Padding);
}

QSize LegendWidget::minimumSizeHint() const
{
    return sizeHint();
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setBold(true);
    const int h = rowHeight();
    int y = Padding;
    for (const Entry &e : m_entries) {
        if (e.heading) {
            painter.setFont(bold);
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(Padding, y, width() - 2 * Padding, h), Qt::AlignLeft | Qt::AlignVCenter, e.text);
        } else {
            painter.save();
            painter.translate(Padding + Swatch / 2.0, y + h / 2.0);
            painter.scale(Swatch, Swatch);
            SeatItem::paintSeat(&painter, e.appearance, Swatch);
            painter.restore();
            painter.setFont(font());
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(Padding + Swatch + Gap, y, width() - 2 * Padding - Swatch - Gap, h),
                             Qt::AlignLeft | Qt::AlignVCenter, e.text);
        }
        y += h;
    }
}

void LegendWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    else if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Marquee
