#pragma once

#include <QtCore/QString>
#include <QtGui/QColor>

class QWidget;

namespace Marquee {

// The kiosk's sizes and colours: touch targets of at least 9 mm (48 px at 96 dpi, scaled by the
// screen's logical DPI), text large enough to read from a metre, and the two modes the config
// file can switch on (large text, high contrast). One style sheet for the whole window.
class KioskStyle
{
public:
    KioskStyle() = default;
    KioskStyle(qreal logicalDpi, bool largeText, bool highContrast);

    // The smallest side of anything a customer taps, in pixels.
    int minimumTarget() const { return m_target; }
    // A comfortable button height: well above the minimum, as a finger on a wall screen needs.
    int buttonHeight() const { return m_target * 2; }
    // Font pixel sizes: body text, buttons, headings, the one big title of a screen.
    int textPx() const;
    int buttonPx() const;
    int headingPx() const;
    int titlePx() const;
    bool largeText() const { return m_large; }
    bool highContrast() const { return m_contrast; }

    QColor background() const;
    QColor text() const;
    QColor accent() const; // the primary buttons
    QColor accentText() const;
    QColor warning() const;

    QString styleSheet() const;

private:
    int scaled(int px96) const;

    qreal m_dpi = 96.0;
    int m_target = 48;
    bool m_large = false;
    bool m_contrast = false;
};

} // namespace Marquee
