#pragma once

// Drives a WeekGridView with real mouse events, the way a hand does (tests of the grid alone and
// end to end).
#include <QtGui/QMouseEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QGraphicsView>

namespace Marquee::Test {

struct WeekGridDriver
{
    QGraphicsView *view;
    QPoint last; // where the mouse was last

    // The view point of a scene point, scrolled into view first.
    QPoint viewPoint(const QPointF &scenePoint)
    {
        view->ensureVisible(QRectF(scenePoint, QSizeF(1, 1)), 80, 80);
        return view->mapFromScene(scenePoint);
    }

    void mouse(QEvent::Type type, const QPoint &at, Qt::MouseButtons buttons)
    {
        const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
        QMouseEvent event(type, QPointF(at), QPointF(view->viewport()->mapToGlobal(at)), button, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &event);
        last = at;
    }

    // Presses at `from` (scene), moves by `by` (view pixels) in four steps, releases unless told not to.
    void drag(const QPointF &from, const QPoint &by, bool release = true)
    {
        const QPoint start = viewPoint(from);
        mouse(QEvent::MouseButtonPress, start, Qt::LeftButton);
        for (int step = 1; step <= 4; ++step)
            mouse(QEvent::MouseMove, start + by * step / 4, Qt::LeftButton);
        if (release)
            mouse(QEvent::MouseButtonRelease, start + by, Qt::NoButton);
    }
};

} // namespace Marquee::Test
