#pragma once

// The layout studio's tools and their parameters: what the tool options panel edits and what the
// scene reads when a tool places something.

#include "layoutedit.h"

namespace Marquee {

enum class StudioTool {
    Select, // click, shift-click, rubber band; drag to move
    StraightBlock, // drag a rectangle: rows x seats from the pitches (a click: the set counts)
    CurvedBlock, // click the front row's middle; drag away from the stage for more rows
    Row, // drag from the first seat to the last
    Seat, // click
    Aisle, // drag its centre line
    Stage, // drag from one end of the screen or stage to the other
    Text, // click: places the text of the options panel
    MeasureFloorPlan, // drag between two points of the floor plan whose distance is known
};

struct StudioToolSettings
{
    // Straight blocks.
    int straightRows = 6;
    int straightSeats = 12;
    double seatPitch = 1.1;
    double rowPitch = 1.6;
    bool stagger = false;
    // Curved blocks: a radius and an angle span, or a curve factor and the front row's seats.
    int curvedRows = 8;
    bool curveByRadius = true;
    double radius = 12.0;
    double spanDegrees = 70.0;
    double curveFactor = 0.3;
    int frontRowSeats = 16;
    // A single row.
    bool rowCountFromLength = true; // as many seats as the dragged length holds at seatPitch
    int rowSeats = 10;
    double rowCurve = 0.0;
    // Numbering of what is placed.
    RowLabelOptions rowLabels;
    SeatLabelOptions seatLabels;
    // Seats placed get this category (empty: the layout's first).
    QString categoryId;
    // Aisles, the stage, texts.
    double aisleWidth = 1.2;
    StageKind stageKind = StageKind::Screen;
    QString text;
    double textSize = 1.4;
};

} // namespace Marquee
