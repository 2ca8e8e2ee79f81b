// The layout studio's editor, driven like a manager drives it: mouse and key events on the real
// canvas, the real dialogs answered, under QT_QPA_PLATFORM=offscreen. The canvas is checked
// against the document after the edits (items, positions), and 200 random edits of every kind
// are undone and redone.
#include "categoriespanel.h"
#include "layoutdocument.h"
#include "layoutedit.h"
#include "layoutjson.h"
#include "layoutvalidator.h"
#include "numberingdialog.h"
#include "planitems.h"
#include "printers.h"
#include "problemspanel.h"
#include "seatitem.h"
#include "studioscene.h"
#include "studiotools.h"
#include "studioview.h"
#include "studiowindow.h"
#include "translation.h"

#include <gtest/gtest.h>

#include <QtCore/QMimeData>
#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QClipboard>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtGui/QUndoStack>
#include <QtGui/QWheelEvent>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>

#include <cmath>
#include <functional>
#include <memory>

using namespace Marquee;

namespace {

void sendMouse(QWidget *target, QEvent::Type type, QPoint pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = {})
{
    QMouseEvent event(type, QPointF(pos), QPointF(target->mapToGlobal(pos)), button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

// Answers the next modal dialogs, one handler each, in the order they are shown (the code under
// test is blocked in their exec() meanwhile).
void answerDialogs(QList<std::function<void(QWidget *)>> answers)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto answered = std::make_shared<QList<QPointer<QWidget>>>();
    QObject::connect(timer, &QTimer::timeout, timer,
                     [timer, answers = std::move(answers), answered]() mutable {
                         QWidget *dialog = QApplication::activeModalWidget();
                         if (!dialog || !dialog->isVisible() || answered->contains(dialog))
                             return;
                         answered->append(dialog);
                         const auto answer = answers.takeFirst();
                         if (answers.isEmpty()) {
                             timer->stop();
                             timer->deleteLater();
                         }
                         answer(dialog);
                     });
    timer->start();
}

void answerNextDialog(std::function<void(QWidget *)> answer)
{
    answerDialogs({ std::move(answer) });
}

void clickMessageBoxButton(QWidget *dialog, QMessageBox::StandardButton which)
{
    auto *box = qobject_cast<QMessageBox *>(dialog);
    ASSERT_NE(box, nullptr) << dialog->metaObject()->className();
    box->button(which)->click();
}

QSet<QString> seatIdsOf(const Row &row)
{
    QSet<QString> ids;
    for (const Seat &seat : row.seats)
        ids.insert(seat.id);
    return ids;
}

QStringList labelsOf(const Row &row)
{
    QStringList labels;
    for (const Seat &seat : row.seats)
        labels.append(seat.label);
    return labels;
}

// The canvas draws exactly the document: one item per seat at its position, with its
// category's colour and the selection; an item per aisle and text; two labels per labelled row.
void expectCanvasMatches(const StudioScene &scene, const Layout &layout, const QSet<QString> &selection)
{
    ASSERT_EQ(scene.seatItems().size(), layout.seatCount());
    qsizetype i = 0;
    qsizetype labelledRows = 0;
    for (const Section &section : layout.sections) {
        for (const Row &row : section.rows) {
            labelledRows += row.seats.isEmpty() || row.label.isEmpty() ? 0 : 1;
            for (const Seat &seat : row.seats) {
                const SeatItem *item = scene.seatItems().at(i++);
                ASSERT_EQ(item->seatId(), seat.id);
                ASSERT_EQ(item->seat(), seat);
                ASSERT_DOUBLE_EQ(item->pos().x(), seat.position.x) << seat.id.toStdString();
                ASSERT_DOUBLE_EQ(item->pos().y(), seat.position.y) << seat.id.toStdString();
                const Category *category = layout.category(seat.categoryId);
                if (category) {
                    ASSERT_EQ(item->categoryColour(), QColor(category->colour)) << seat.id.toStdString();
                }
                ASSERT_EQ(item->isSelected(), selection.contains(seat.id)) << seat.id.toStdString();
                ASSERT_EQ(item->scene(), &scene);
            }
        }
    }
    EXPECT_EQ(scene.rowLabelCount(), 2 * labelledRows);
    for (const Aisle &aisle : layout.aisles)
        ASSERT_NE(scene.elementItem(aisle.id), nullptr) << aisle.id.toStdString();
    for (const TextLabel &text : layout.labels) {
        const auto *item = dynamic_cast<const PlanLabelItem *>(scene.elementItem(text.id));
        ASSERT_NE(item, nullptr) << text.id.toStdString();
        EXPECT_EQ(item->text(), text.text);
        EXPECT_NEAR(item->sceneRectangle().center().x(), text.position.x, 1e-6);
    }
    const QGraphicsItem *stage = scene.elementItem(stageElementId());
    ASSERT_NE(stage, nullptr);
    EXPECT_NEAR(stage->sceneBoundingRect().center().x(), layout.stage.position.x, 0.2);
}

class StudioTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // English as the client runs it: the plural forms of marquee_en.ts ("Move 5 seats").
        installTranslation(*qApp, QStringLiteral("en"));
        window = std::make_unique<StudioWindow>();
        window->resize(1300, 850);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QApplication::clipboard()->clear();
    }

    void TearDown() override
    {
        if (window && window->isModified())
            window->markSaved(); // no question at the end of a test
    }

    StudioView *view() const { return window->view(); }
    StudioScene *scene() const { return window->scene(); }
    LayoutDocument *document() const { return window->document(); }
    QWidget *viewport() const { return window->view()->viewport(); }
    QPoint at(QPointF scenePos) const { return view()->mapFromScene(scenePos); }

    void useTool(StudioTool tool) { window->toolAction(tool)->trigger(); }

    // A left-button drag in a few steps, as a hand does it.
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {},
              const std::function<void()> &midway = {})
    {
        sendMouse(viewport(), QEvent::MouseButtonPress, at(from), Qt::LeftButton, Qt::LeftButton, modifiers);
        for (int step = 1; step <= 6; ++step) {
            sendMouse(viewport(), QEvent::MouseMove, at(from + (to - from) * (step / 6.0)), Qt::NoButton,
                      Qt::LeftButton, modifiers);
            if (step == 3 && midway)
                midway();
        }
        sendMouse(viewport(), QEvent::MouseButtonRelease, at(to), Qt::LeftButton, Qt::NoButton, modifiers);
    }

    void click(QPointF scenePos, Qt::KeyboardModifiers modifiers = {})
    {
        sendMouse(viewport(), QEvent::MouseButtonPress, at(scenePos), Qt::LeftButton, Qt::LeftButton,
                  modifiers);
        sendMouse(viewport(), QEvent::MouseButtonRelease, at(scenePos), Qt::LeftButton, Qt::NoButton,
                  modifiers);
    }

    // A straight block of `rows` x `seats` at (0, 4), drawn with the block tool's drag.
    void drawStraightBlock(int rows, int seats)
    {
        useTool(StudioTool::StraightBlock);
        const StudioToolSettings s = scene()->toolSettings();
        drag(QPointF(-5.5, 4.0), QPointF(-5.5 + (seats - 1) * s.seatPitch, 4.0 + (rows - 1) * s.rowPitch));
        useTool(StudioTool::Select);
    }

    QAction *actionWithShortcut(const QKeySequence &key) const
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcut() == key)
                return action;
        }
        return nullptr;
    }

    std::unique_ptr<StudioWindow> window;
};

} // namespace

TEST_F(StudioTest, StartsWithAnEmptyLayoutThatNeedsSeats)
{
    EXPECT_EQ(document()->layout().seatCount(), 0);
    EXPECT_FALSE(window->isModified());
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("[*]")));
    window->validateNow();
    EXPECT_GT(window->problemsPanel()->problemCount(), 0) << "an empty layout cannot be published";
    expectCanvasMatches(*scene(), document()->layout(), {});
}

TEST_F(StudioTest, DrawsACurvedBlockWithTheMouse)
{
    useTool(StudioTool::CurvedBlock);
    QString midwayPreview;
    // Press at the front row's middle, 8 units from the screen, and drag away from it: 6.5 units
    // at a row pitch of 1.6 make 5 rows.
    drag(QPointF(0.0, 8.0), QPointF(0.0, 14.5), {}, [&] { midwayPreview = scene()->previewText(); });
    EXPECT_FALSE(midwayPreview.isEmpty()) << "a live preview with the counts";
    const Layout &layout = document()->layout();
    ASSERT_EQ(layout.sections.size(), 1);
    const Section &section = layout.sections[0];
    ASSERT_EQ(section.rows.size(), 5);
    for (qsizetype r = 0; r < section.rows.size(); ++r) {
        const Row &row = section.rows[r];
        EXPECT_EQ(row.kind, RowKind::Curved);
        // The arcs' centre lies towards the screen, one front radius from the press.
        EXPECT_NEAR(row.centre.x, 0.0, 1e-9);
        EXPECT_NEAR(row.centre.y, 8.0 - scene()->toolSettings().radius, 1e-9);
        if (r > 0) {
            EXPECT_GT(row.seats.size(), section.rows[r - 1].seats.size())
                << "rows further back hold more seats";
        }
    }
    EXPECT_EQ(section.rows[0].label, QStringLiteral("A"));
    // The front row is symmetric about the press.
    const Row &front = section.rows[0];
    EXPECT_NEAR(front.seats.first().position.x, -front.seats.last().position.x, 1e-9);
    EXPECT_EQ(document()->selection().size(), layout.seatCount()) << "what is placed is selected";
    EXPECT_EQ(document()->undoStack()->undoText(),
              QStringLiteral("Add a block of %1 seats").arg(layout.seatCount()));
    expectCanvasMatches(*scene(), layout, document()->selection());
    EXPECT_TRUE(window->isModified());
    EXPECT_TRUE(window->isWindowModified());
    window->validateNow();
    EXPECT_EQ(window->problemsPanel()->problemCount(), 0);
}

TEST_F(StudioTest, DragsAStraightBlockWhoseSizeGivesRowsAndSeats)
{
    drawStraightBlock(4, 9);
    const Layout &layout = document()->layout();
    ASSERT_EQ(layout.sections.size(), 1);
    EXPECT_EQ(layout.sections[0].rows.size(), 4);
    for (const Row &row : layout.sections[0].rows)
        EXPECT_EQ(row.seats.size(), 9);
    EXPECT_EQ(layout.sections[0].rows[0].seats[0].position, (LayoutPoint { -5.5, 4.0 }));
    expectCanvasMatches(*scene(), layout, document()->selection());
}

TEST_F(StudioTest, RubberBandShiftClickAndDoubleClickSelect)
{
    drawStraightBlock(4, 8);
    const Layout layout = document()->layout();
    click(QPointF(-15.0, 25.0)); // nothing there: clears the selection
    EXPECT_TRUE(document()->selection().isEmpty());
    // A frame around the first two rows (y 4 and 5.6) from empty space.
    drag(QPointF(-7.0, 3.0), QPointF(4.0, 6.2));
    EXPECT_EQ(document()->selection(),
              seatIdsOf(layout.sections[0].rows[0]) | seatIdsOf(layout.sections[0].rows[1]));
    expectCanvasMatches(*scene(), layout, document()->selection());
    // Shift-click takes a seat out, and another one in.
    const Seat &taken = layout.sections[0].rows[0].seats[3];
    const Seat &added = layout.sections[0].rows[3].seats[5];
    click(QPointF(taken.position.x, taken.position.y), Qt::ShiftModifier);
    click(QPointF(added.position.x, added.position.y), Qt::ShiftModifier);
    EXPECT_FALSE(document()->selection().contains(taken.id));
    EXPECT_TRUE(document()->selection().contains(added.id));
    EXPECT_EQ(document()->selection().size(), 16);
    // A plain click selects one seat; a double click its row.
    const Seat &one = layout.sections[0].rows[2].seats[1];
    click(QPointF(one.position.x, one.position.y));
    EXPECT_EQ(document()->selection(), QSet<QString> { one.id });
    sendMouse(viewport(), QEvent::MouseButtonDblClick, at(QPointF(one.position.x, one.position.y)),
              Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport(), QEvent::MouseButtonRelease, at(QPointF(one.position.x, one.position.y)),
              Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(document()->selection(), seatIdsOf(layout.sections[0].rows[2]));
}

TEST_F(StudioTest, DragsTheSelectionOnTheGrid)
{
    drawStraightBlock(2, 5);
    const Layout before = document()->layout();
    document()->setSelection(seatIdsOf(before.sections[0].rows[1]));
    const Seat &grab = before.sections[0].rows[1].seats[2];
    drag(QPointF(grab.position.x, grab.position.y), QPointF(grab.position.x + 3.02, grab.position.y + 1.97));
    const Row &moved = document()->layout().sections[0].rows[1];
    for (qsizetype i = 0; i < moved.seats.size(); ++i) {
        EXPECT_NEAR(moved.seats[i].position.x, before.sections[0].rows[1].seats[i].position.x + 3.0, 1e-9);
        EXPECT_NEAR(moved.seats[i].position.y, before.sections[0].rows[1].seats[i].position.y + 2.0, 1e-9);
    }
    EXPECT_EQ(document()->layout().sections[0].rows[0], before.sections[0].rows[0]);
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("Move 5 seats"));
    expectCanvasMatches(*scene(), document()->layout(), document()->selection());
}

TEST_F(StudioTest, PaintsTheSelectionWithACategory)
{
    drawStraightBlock(3, 6);
    const QString vip = document()->addCategory(QStringLiteral("VIP"), QStringLiteral("#c8102e"));
    ASSERT_FALSE(vip.isEmpty());
    const Row row = document()->layout().sections[0].rows[1];
    document()->setSelection(seatIdsOf(row));
    auto *categories = window->findChild<CategoriesPanel *>();
    ASSERT_NE(categories, nullptr);
    categories->setCurrentCategoryId(vip);
    auto *paint = categories->findChild<QPushButton *>(QStringLiteral("paintSelection"));
    ASSERT_NE(paint, nullptr);
    ASSERT_TRUE(paint->isEnabled());
    QTest::mouseClick(paint, Qt::LeftButton);
    for (const Seat &seat : document()->layout().sections[0].rows[1].seats) {
        EXPECT_EQ(seat.categoryId, vip);
        EXPECT_EQ(scene()->seatItem(seat.id)->categoryColour(), QColor(QStringLiteral("#c8102e")));
    }
    EXPECT_EQ(document()->layout().sections[0].rows[0].seats[0].categoryId, QStringLiteral("standard"));
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("Give 6 seats the category VIP"));
    // Recolouring the category recolours its seats on the canvas.
    ASSERT_TRUE(document()->recolourCategory(vip, QStringLiteral("#00aa00")));
    EXPECT_EQ(scene()->seatItem(row.seats[0].id)->categoryColour(), QColor(QStringLiteral("#00aa00")));
    expectCanvasMatches(*scene(), document()->layout(), document()->selection());
}

TEST_F(StudioTest, RenumbersTheSelectionThroughTheDialog)
{
    drawStraightBlock(3, 7);
    const Row row = document()->layout().sections[0].rows[2];
    // Labels by hand first, so that renumbering has something to change.
    for (const Seat &seat : row.seats)
        ASSERT_TRUE(document()->setSeatLabel(seat.id, QStringLiteral("x") + seat.label));
    document()->setSelection(seatIdsOf(row));
    RowLabelOptions rowOptions;
    SeatLabelOptions seatOptions;
    bool rows = false, seats = false;
    bool answered = false;
    answerNextDialog([&](QWidget *dialog) {
        auto *numbering = qobject_cast<NumberingDialog *>(dialog);
        ASSERT_NE(numbering, nullptr) << dialog->metaObject()->className();
        rowOptions = numbering->rowOptions();
        seatOptions = numbering->seatOptions();
        rows = numbering->renumberRows();
        seats = numbering->renumberSeats();
        answered = true;
        QTest::keyClick(numbering, Qt::Key_Return); // OK
    });
    QAction *renumber = actionWithShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    ASSERT_NE(renumber, nullptr);
    renumber->trigger();
    ASSERT_TRUE(answered);
    ASSERT_TRUE(rows || seats) << "the dialog renumbers something by default";
    const Row &renumbered = document()->layout().sections[0].rows[2];
    EXPECT_EQ(labelsOf(renumbered), seats ? seatLabels(7, seatOptions) : labelsOf(row));
    if (rows) {
        EXPECT_EQ(renumbered.label, rowLabel(0, rowOptions));
    }
    EXPECT_EQ(seatIdsOf(renumbered), seatIdsOf(row)) << "ids are kept";
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("Renumber 7 seats"));
    expectCanvasMatches(*scene(), document()->layout(), document()->selection());
    // Edit one label by hand in the properties (Layout > Edit label, F2).
    document()->setSelection({ row.seats[0].id });
    QAction *editLabel = actionWithShortcut(QKeySequence(Qt::Key_F2));
    ASSERT_NE(editLabel, nullptr);
    editLabel->trigger();
    auto *field = qobject_cast<QLineEdit *>(window->focusWidget());
    ASSERT_NE(field, nullptr);
    EXPECT_EQ(field->objectName(), QStringLiteral("seatLabel"));
    QTest::keyClicks(field, QStringLiteral("1a"));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(document()->layout().sections[0].rows[2].seats[0].label, QStringLiteral("1a"));

    // Mark the row as one of the best rows in the properties, then undo it.
    auto *best = window->findChild<QCheckBox *>(QStringLiteral("bestRows"));
    ASSERT_NE(best, nullptr);
    EXPECT_TRUE(best->isEnabled());
    EXPECT_EQ(best->checkState(), Qt::Unchecked);
    best->click();
    EXPECT_TRUE(document()->layout().sections[0].rows[2].best);
    EXPECT_FALSE(document()->layout().sections[0].rows[1].best);
    EXPECT_EQ(best->checkState(), Qt::Checked);
    EXPECT_EQ(document()->undoStack()->undoText(),
              QCoreApplication::translate("Marquee::LayoutDocument", "Mark %n row(s) as best", nullptr, 1));
    // Two rows, one of them best: partly checked.
    QSet<QString> twoRows = seatIdsOf(document()->layout().sections[0].rows[1]);
    twoRows.unite(seatIdsOf(document()->layout().sections[0].rows[2]));
    document()->setSelection(twoRows);
    EXPECT_EQ(best->checkState(), Qt::PartiallyChecked);
    document()->undoStack()->undo();
    EXPECT_FALSE(document()->layout().sections[0].rows[2].best);
    EXPECT_EQ(best->checkState(), Qt::Unchecked);
    document()->setSelection({});
    EXPECT_FALSE(best->isEnabled());
}

TEST_F(StudioTest, UndoAndRedoNamedEdits)
{
    const Layout empty = document()->layout();
    drawStraightBlock(2, 4);
    const Layout drawn = document()->layout();
    document()->setSelection(seatIdsOf(drawn.sections[0].rows[0]));
    ASSERT_TRUE(document()->setSelectionFlag(SeatFlag::Wheelchair, true));
    ASSERT_TRUE(document()->rotateSelection(15.0));
    const Layout last = document()->layout();
    QUndoStack *undo = document()->undoStack();
    ASSERT_EQ(undo->count(), 3);
    EXPECT_EQ(undo->text(1), QStringLiteral("Make 4 seats wheelchair spaces"));
    EXPECT_EQ(undo->text(2), QStringLiteral("Rotate 4 seats"));
    undo->undo();
    undo->undo();
    EXPECT_EQ(document()->layout(), drawn);
    EXPECT_EQ(document()->selection(), seatIdsOf(drawn.sections[0].rows[0])) << "the selection comes back";
    expectCanvasMatches(*scene(), drawn, document()->selection());
    undo->undo();
    EXPECT_EQ(document()->layout(), empty);
    EXPECT_FALSE(window->isModified());
    expectCanvasMatches(*scene(), empty, document()->selection());
    undo->redo();
    undo->redo();
    undo->redo();
    EXPECT_EQ(document()->layout(), last);
    expectCanvasMatches(*scene(), last, document()->selection());
}

TEST_F(StudioTest, ArrowKeysMoveTheSelectionAsOneStep)
{
    drawStraightBlock(2, 4);
    const Layout before = document()->layout();
    const QSet<QString> row = seatIdsOf(before.sections[0].rows[1]);
    document()->setSelection(row);
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Right);
    QTest::keyClick(view(), Qt::Key_Right);
    QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
    const Seat &seat = document()->layout().sections[0].rows[1].seats[0];
    const Seat &was = before.sections[0].rows[1].seats[0];
    EXPECT_DOUBLE_EQ(seat.position.x, was.position.x + 2 * StudioScene::GridStep);
    EXPECT_DOUBLE_EQ(seat.position.y, was.position.y + StudioScene::BigStepFactor * StudioScene::GridStep);
    expectCanvasMatches(*scene(), document()->layout(), row);
    // Without the grid: fine steps.
    scene()->setSnapToGrid(false);
    QTest::keyClick(view(), Qt::Key_Left);
    EXPECT_DOUBLE_EQ(document()->layout().sections[0].rows[1].seats[0].position.x,
                     was.position.x + 2 * StudioScene::GridStep - StudioScene::FineStep);
    // Consecutive nudges of one selection are one step of the history...
    document()->undoStack()->undo();
    EXPECT_EQ(document()->layout(), before);
    // ... but not into the step the layout was saved at.
    QTest::keyClick(view(), Qt::Key_Right);
    window->markSaved();
    QTest::keyClick(view(), Qt::Key_Right);
    EXPECT_TRUE(window->isModified());
    document()->undoStack()->undo();
    EXPECT_FALSE(window->isModified());
}

TEST_F(StudioTest, DeleteKeyRemovesTheSelection)
{
    drawStraightBlock(3, 5);
    const Layout before = document()->layout();
    document()->setSelection(seatIdsOf(before.sections[0].rows[0])
                             | QSet<QString> { before.sections[0].rows[1].seats[0].id });
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Delete);
    const Layout &after = document()->layout();
    EXPECT_EQ(after.seatCount(), 15 - 6);
    EXPECT_EQ(after.sections[0].rows.size(), 2) << "the emptied row goes";
    EXPECT_TRUE(document()->selection().isEmpty());
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("Delete 6 seats"));
    expectCanvasMatches(*scene(), after, {});
}

TEST_F(StudioTest, CopyAndPasteWithinAndBetweenLayouts)
{
    drawStraightBlock(2, 5);
    const Layout before = document()->layout();
    const QSet<QString> row = seatIdsOf(before.sections[0].rows[0]);
    document()->setSelection(row);
    actionWithShortcut(QKeySequence::Copy)->trigger();
    QAction *paste = actionWithShortcut(QKeySequence::Paste);
    ASSERT_TRUE(paste->isEnabled());
    paste->trigger();
    const Layout &after = document()->layout();
    ASSERT_EQ(after.sections.size(), 2);
    const Row &copy = after.sections[1].rows[0];
    EXPECT_EQ(labelsOf(copy), labelsOf(before.sections[0].rows[0]));
    EXPECT_FALSE(seatIdsOf(copy).intersects(row)) << "fresh ids";
    EXPECT_EQ(document()->selection(), seatIdsOf(copy));
    EXPECT_DOUBLE_EQ(copy.seats[0].position.x, before.sections[0].rows[0].seats[0].position.x + 2.0);
    expectCanvasMatches(*scene(), after, document()->selection());

    // Into another layout, copied in another studio (another process): at the same place.
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    auto *fromElsewhere = new QMimeData;
    for (const QString &format : copied->formats())
        fromElsewhere->setData(format, copied->data(format));
    fromElsewhere->setData(QStringLiteral("application/x-marquee-layout-source"), "another-studio");
    QApplication::clipboard()->setMimeData(fromElsewhere);
    StudioWindow other;
    for (QAction *action : other.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence::Paste)
            action->trigger();
    }
    ASSERT_EQ(other.layout().seatCount(), 5);
    EXPECT_EQ(labelsOf(other.layout().sections[0].rows[0]), labelsOf(before.sections[0].rows[0]));
    EXPECT_EQ(other.layout().sections[0].rows[0].seats[0].position,
              before.sections[0].rows[0].seats[0].position);
    other.markSaved();
}

TEST_F(StudioTest, DirtyMarkerAndTheQuestionBeforeClosing)
{
    EXPECT_FALSE(window->isWindowModified());
    drawStraightBlock(1, 3);
    EXPECT_TRUE(window->isWindowModified());

    // Cancel: the window stays.
    answerNextDialog([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Cancel); });
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(window->isVisible());

    // Save, with a save that completes at once: closes.
    int saves = 0;
    QObject::connect(window.get(), &StudioWindow::saveRequested, window.get(), [&] {
        ++saves;
        window->markSaved();
    });
    answerNextDialog([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Save); });
    EXPECT_TRUE(window->close());
    EXPECT_EQ(saves, 1);
    EXPECT_FALSE(window->isModified());

    // Saved: no question. A new edit, then Discard: closes and the edit is gone with it.
    window->show();
    EXPECT_TRUE(window->close());
    window->show();
    ASSERT_TRUE(document()->setLayoutName(QStringLiteral("Renamed")));
    answerNextDialog([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Discard); });
    EXPECT_TRUE(window->close());

    // Opening a layout clears the history and counts as saved.
    window->openLayout(document()->layout(), QStringLiteral("Hall 2"));
    EXPECT_FALSE(window->isModified());
    EXPECT_FALSE(document()->undoStack()->canUndo());
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Hall 2")));
}

TEST_F(StudioTest, LiveValidationAndProblemsLeadToTheSeats)
{
    drawStraightBlock(2, 6);
    QSignalSpy validated(window.get(), &StudioWindow::validated);
    // Row B onto row A: every seat of B overlaps.
    const Layout layout = document()->layout();
    document()->setSelection(seatIdsOf(layout.sections[0].rows[1]));
    ASSERT_TRUE(document()->moveSelection(0.0, -1.6));
    ASSERT_TRUE(validated.wait(5000)) << "validation follows the edit by itself";
    EXPECT_EQ(validated.last().at(0).toInt(), 6);
    EXPECT_EQ(window->problemsPanel()->problemCount(), 6);
    // A problem leads to its seat, selected and centred.
    document()->setSelection({});
    view()->centerOn(200.0, 200.0);
    const QString culprit = layout.sections[0].rows[1].seats[3].id;
    Q_EMIT window->problemsPanel()->problemActivated({ culprit },
                                                     QStringLiteral("/sections/0/rows/1/seats/3"));
    EXPECT_EQ(document()->selection(), QSet<QString> { culprit });
    const QPointF centre = view()->mapToScene(viewport()->rect().center());
    const Seat *seat = document()->layout().findSeat(culprit).seat;
    EXPECT_NEAR(centre.x(), seat->position.x, 1.0);
    EXPECT_NEAR(centre.y(), seat->position.y, 1.0);
    // highlightSeats() does the same for the lead's conflicts.
    window->highlightSeats({ layout.sections[0].rows[0].seats[0].id });
    EXPECT_EQ(document()->selection().size(), 1);
}

TEST_F(StudioTest, TracesAFloorPlan)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QImage plan(400, 200, QImage::Format_RGB32);
    plan.fill(Qt::white);
    QPainter(&plan).drawRect(10, 10, 380, 180);
    const QString path = dir.filePath(QStringLiteral("plan.png"));
    ASSERT_TRUE(plan.save(path));
    QString error;
    EXPECT_FALSE(scene()->loadFloorPlan(dir.filePath(QStringLiteral("missing.png")), &error));
    EXPECT_FALSE(error.isEmpty());
    ASSERT_TRUE(scene()->loadFloorPlan(path, &error)) << error.toStdString();
    QGraphicsItem *item = scene()->floorPlanItem();
    ASSERT_NE(item, nullptr);
    EXPECT_LT(item->zValue(), PlanZ::Aisle) << "under everything";
    EXPECT_LT(item->opacity(), 1.0);

    // Measure: these two points (100 pixels apart on the plan) are 10 m apart, 20 seat widths.
    const QPointF a = item->mapToScene(QPointF(100.0, 100.0));
    const QPointF b = item->mapToScene(QPointF(200.0, 100.0));
    useTool(StudioTool::MeasureFloorPlan);
    answerNextDialog([](QWidget *dialog) {
        ASSERT_EQ(dialog->objectName(), QStringLiteral("measureDialog"));
        dialog->findChild<QDoubleSpinBox *>()->setValue(10.0);
        static_cast<QDialog *>(dialog)->accept();
    });
    drag(a, b);
    EXPECT_NEAR(scene()->floorPlanScale(), 0.2, 1e-6);
    EXPECT_NEAR(item->mapToScene(QPointF(100.0, 100.0)).x(), a.x(), 1e-6) << "the first point stays";

    // Move it with the mouse while floor-plan moving is on; the seats are not touched.
    drawStraightBlock(1, 3);
    const Layout before = document()->layout();
    const QPointF was = item->pos();
    scene()->setFloorPlanMovable(true);
    drag(QPointF(0.0, 0.0), QPointF(4.0, 2.0));
    scene()->setFloorPlanMovable(false);
    EXPECT_NEAR(item->pos().x(), was.x() + 4.0, 0.1);
    EXPECT_NEAR(item->pos().y(), was.y() + 2.0, 0.1);
    EXPECT_EQ(document()->layout(), before);
    scene()->setFloorPlanVisible(false);
    EXPECT_FALSE(item->isVisible());
    scene()->removeFloorPlan();
    EXPECT_FALSE(scene()->hasFloorPlan());

    // An SVG plan too.
    const QString svg = dir.filePath(QStringLiteral("plan.svg"));
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        "<svg xmlns='http://www.w3.org/2000/svg' width='300' height='150'><rect x='5' y='5' width='290' "
        "height='140' fill='none' stroke='black'/></svg>");
    file.close();
    ASSERT_TRUE(scene()->loadFloorPlan(svg, &error)) << error.toStdString();
}

TEST_F(StudioTest, OtherToolsPlaceRowsSeatsAislesTextsAndTheStage)
{
    useTool(StudioTool::Row);
    drag(QPointF(-5.0, 6.0), QPointF(5.0, 6.0));
    ASSERT_EQ(document()->layout().seatCount(), 10) << "seats from the length at the seat pitch";
    useTool(StudioTool::Seat);
    click(QPointF(6.0, 6.0));
    EXPECT_EQ(document()->layout().sections[0].rows[0].seats.size(), 11) << "it joins the row";
    // A quick second click (a double click) places another one.
    sendMouse(viewport(), QEvent::MouseButtonDblClick, at(QPointF(7.0, 6.0)), Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport(), QEvent::MouseButtonRelease, at(QPointF(7.0, 6.0)), Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(document()->layout().sections[0].rows[0].seats.size(), 12);
    useTool(StudioTool::Aisle);
    drag(QPointF(-7.0, 4.0), QPointF(-7.0, 12.0));
    ASSERT_EQ(document()->layout().aisles.size(), 1);
    EXPECT_EQ(document()->layout().aisles[0].to, (LayoutPoint { -7.0, 12.0 }));
    useTool(StudioTool::Text);
    click(QPointF(0.0, 14.0)); // no text typed yet: nothing
    EXPECT_TRUE(document()->layout().labels.isEmpty());
    StudioToolSettings settings = scene()->toolSettings();
    settings.text = QStringLiteral("Stalls");
    scene()->setToolSettings(settings);
    click(QPointF(0.0, 14.0));
    ASSERT_EQ(document()->layout().labels.size(), 1);
    EXPECT_EQ(document()->layout().labels[0].text, QStringLiteral("Stalls"));
    useTool(StudioTool::Stage);
    drag(QPointF(-8.0, -1.0), QPointF(8.0, -1.0));
    EXPECT_EQ(document()->layout().stage.position, (LayoutPoint { 0.0, -1.0 }));
    EXPECT_DOUBLE_EQ(document()->layout().stage.width, 16.0);
    expectCanvasMatches(*scene(), document()->layout(), document()->selection());
    // The stage, aisle and text are selected and moved like seats.
    useTool(StudioTool::Select);
    document()->setSelection(
        { stageElementId(), document()->layout().aisles[0].id, document()->layout().labels[0].id });
    ASSERT_TRUE(document()->moveSelection(1.0, 0.0));
    EXPECT_EQ(document()->layout().stage.position, (LayoutPoint { 1.0, -1.0 }));
    EXPECT_EQ(document()->layout().aisles[0].from, (LayoutPoint { -6.0, 4.0 }));
    EXPECT_EQ(document()->layout().labels[0].position, (LayoutPoint { 1.0, 14.0 }));
    expectCanvasMatches(*scene(), document()->layout(), document()->selection());
    window->validateNow();
    EXPECT_EQ(window->problemsPanel()->problemCount(), 0);
}

// 200 random edits of every kind, each checked on the canvas; undo all gives the original back,
// redo all the result, and the canvas follows every step.
TEST_F(StudioTest, TwoHundredRandomEditsUndoAndRedo)
{
    QRandomGenerator random(20240915);
    StraightBlockOptions block;
    block.sectionId = QStringLiteral("stalls");
    block.sectionName = QStringLiteral("Stalls");
    block.rows = 6;
    block.seatsPerRow = 10;
    block.origin = { -5.0, 4.0 };
    block.categoryId = QStringLiteral("standard");
    Layout start = document()->layout();
    start.sections = { *makeStraightBlock(block) };
    start.aisles = { Aisle {
        QStringLiteral("aisle-1"), QStringLiteral("Aisle"), { -7.0, 4.0 }, { -7.0, 14.0 }, 1.0 } };
    start.labels = { TextLabel { QStringLiteral("text-1"), QStringLiteral("Stalls"), { 0.0, 16.0 }, 1.0 } };
    window->openLayout(start, QStringLiteral("Random"));
    const Layout original = document()->layout();

    const auto randomSelection = [&] {
        const Layout &layout = document()->layout();
        QSet<QString> ids;
        if (layout.seatCount() > 0) {
            QStringList seats;
            layout.forEachSeat(
                [&](const Section &, const Row &, const Seat &seat) { seats.append(seat.id); });
            const QString pick = seats.at(random.bounded(int(seats.size())));
            switch (random.bounded(3)) {
            case 0:
                ids = { pick };
                break;
            case 1:
                ids = seatsOfRows(layout, { pick });
                break;
            default:
                ids = seatsOfSections(layout, { pick });
                break;
            }
        }
        if (!layout.aisles.isEmpty() && random.bounded(4) == 0)
            ids.insert(layout.aisles.at(random.bounded(int(layout.aisles.size()))).id);
        if (!layout.labels.isEmpty() && random.bounded(4) == 0)
            ids.insert(layout.labels.at(random.bounded(int(layout.labels.size()))).id);
        if (random.bounded(6) == 0)
            ids.insert(stageElementId());
        document()->setSelection(ids);
    };
    const auto coordinate
        = [&](int range) { return double(random.bounded(2 * range * 2 + 1) - range * 2) / 2.0; };
    const auto anySeat = [&]() -> const Seat * {
        const Layout &layout = document()->layout();
        if (layout.seatCount() == 0)
            return nullptr;
        const Section &section = layout.sections.at(random.bounded(int(layout.sections.size())));
        const Row &row = section.rows.at(random.bounded(int(section.rows.size())));
        return &row.seats.at(random.bounded(int(row.seats.size())));
    };
    Layout fragment;
    const QList<std::function<bool()>> edits = {
        [&] { return document()->moveSelection(coordinate(10), coordinate(10)); },
        [&] { return document()->nudgeSelection(0.5, 0.0); },
        [&] { return document()->rotateSelection(double(random.bounded(-180, 181))); },
        [&] { return document()->alignSelection(AlignEdge(random.bounded(4))); },
        [&] { return document()->distributeSelection(DistributeAxis(random.bounded(2))); },
        [&] { return document()->deleteSelection(); },
        [&] { return document()->duplicateSelection(coordinate(20), 20.0); },
        [&] {
            fragment = document()->copySelection();
            return document()->paste(fragment, coordinate(30), coordinate(30));
        },
        [&] {
            const Layout &layout = document()->layout();
            return document()->setSelectionCategory(
                layout.categories.at(random.bounded(int(layout.categories.size()))).id);
        },
        [&] {
            return document()->setSelectionFlag(allSeatFlags().at(random.bounded(4)), random.bounded(2) == 0);
        },
        [&] {
            RowLabelOptions rows;
            rows.style = RowLabelOptions::Style(random.bounded(3));
            SeatLabelOptions seats;
            seats.scheme = SeatLabelOptions::Scheme(random.bounded(3));
            seats.firstNumber = random.bounded(1, 102);
            return document()->renumberSelection(random.bounded(2) ? &rows : nullptr, &seats);
        },
        [&] {
            const Seat *seat = anySeat();
            return seat && document()->setSeatLabel(seat->id, QString::number(random.bounded(1000)) + u'r');
        },
        [&] {
            const Layout &layout = document()->layout();
            if (layout.sections.isEmpty())
                return false;
            const Section &section = layout.sections.at(random.bounded(int(layout.sections.size())));
            const bool row = random.bounded(2) == 0;
            return row ? document()->setRowLabel(section.rows.constFirst().id,
                                                 QStringLiteral("R%1").arg(random.bounded(99)))
                       : document()->setSectionName(section.id,
                                                    QStringLiteral("Section %1").arg(random.bounded(999)));
        },
        [&] { return document()->setLayoutName(QStringLiteral("Hall %1").arg(random.bounded(1000))); },
        [&] {
            return !document()
                        ->addCategory(QStringLiteral("Cat %1").arg(random.bounded(100)),
                                      QColor::fromRgb(random.generate() & 0xffffff).name())
                        .isEmpty();
        },
        [&] {
            const Layout &layout = document()->layout();
            const Category &c = layout.categories.at(random.bounded(int(layout.categories.size())));
            return random.bounded(2)
                ? document()->renameCategory(c.id, QStringLiteral("Renamed %1").arg(random.bounded(99)))
                : document()->recolourCategory(c.id, QColor::fromRgb(random.generate() & 0xffffff).name());
        },
        [&] {
            const Layout &layout = document()->layout();
            return document()->removeCategory(
                layout.categories.at(random.bounded(int(layout.categories.size()))).id);
        },
        [&] {
            StraightBlockOptions o;
            o.sectionId = freshSectionId(document()->layout());
            o.sectionName = QStringLiteral("Block");
            o.origin = { coordinate(40), coordinate(40) + 40.0 };
            o.rows = random.bounded(1, 5);
            o.seatsPerRow = random.bounded(1, 9);
            o.stagger = random.bounded(2) == 0;
            o.categoryId = document()->layout().categories.constFirst().id;
            return document()->addSection(*makeStraightBlock(o), QStringLiteral("Add a block"));
        },
        [&] {
            CurvedBlockOptions o;
            o.sectionId = freshSectionId(document()->layout());
            o.sectionName = QStringLiteral("Curve");
            o.centre = { coordinate(40), coordinate(40) - 20.0 };
            o.rows = random.bounded(1, 4);
            o.spanDegrees = random.bounded(20, 90);
            o.firstRadius = random.bounded(6, 14);
            o.categoryId = document()->layout().categories.constFirst().id;
            return document()->addSection(*makeCurvedBlock(o), QStringLiteral("Add a curve"));
        },
        [&] {
            const LayoutPoint from { coordinate(30), coordinate(30) };
            Result<Row> row = makeRowBetween(QStringLiteral("tmp"), QStringLiteral("A"), from,
                                             { from.x + 6.0, from.y + coordinate(2) }, random.bounded(2, 6),
                                             random.bounded(2) ? 0.0 : 0.3);
            return row && document()->addRow(*row);
        },
        [&] {
            return document()->addSeat({ coordinate(30), coordinate(30) },
                                       document()->layout().categories.constFirst().id);
        },
        [&] {
            return document()->addAisle({ coordinate(30), coordinate(30) },
                                        { coordinate(30), coordinate(30) }, 1.0);
        },
        [&] {
            Stage stage = document()->layout().stage;
            stage.kind = random.bounded(2) ? StageKind::Screen : StageKind::Stage;
            stage.position = { coordinate(10), coordinate(5) - 10.0 };
            stage.width = random.bounded(4, 30);
            return document()->setStage(stage);
        },
        [&] {
            return document()->addText(QStringLiteral("Text %1").arg(random.bounded(99)),
                                       { coordinate(30), coordinate(30) }, 1.2);
        },
        [&] {
            const Layout &layout = document()->layout();
            if (layout.labels.isEmpty())
                return false;
            return document()->setText(layout.labels.constFirst().id,
                                       QStringLiteral("Changed %1").arg(random.bounded(99)), 2.0);
        },
    };

    QUndoStack *undo = document()->undoStack();
    QList<int> kindsDone(edits.size(), 0);
    int attempts = 0;
    while (undo->count() < 200 && attempts < 2000) {
        const int kind = attempts++ % int(edits.size());
        randomSelection();
        const int before = undo->count();
        const int index = undo->index();
        if (edits.at(kind)()) {
            // A nudge may merge into the step before it.
            EXPECT_TRUE(undo->count() == before + 1 || (kind == 1 && undo->count() == before)) << kind;
            EXPECT_EQ(undo->index(), undo->count());
            kindsDone[kind] += undo->index() > index ? 1 : 0;
        }
        expectCanvasMatches(*scene(), document()->layout(), document()->selection());
        if (HasFatalFailure())
            return;
    }
    ASSERT_EQ(undo->count(), 200);
    for (qsizetype kind = 0; kind < kindsDone.size(); ++kind)
        EXPECT_GT(kindsDone[kind], 0) << "edit kind " << kind << " never changed the layout";
    const Layout result = document()->layout();

    while (undo->canUndo()) {
        undo->undo();
        expectCanvasMatches(*scene(), document()->layout(), document()->selection());
        if (HasFatalFailure())
            return;
    }
    EXPECT_EQ(document()->layout(), original);
    EXPECT_FALSE(window->isModified());
    while (undo->canRedo()) {
        undo->redo();
        expectCanvasMatches(*scene(), document()->layout(), document()->selection());
        if (HasFatalFailure())
            return;
    }
    EXPECT_EQ(document()->layout(), result);
}

TEST_F(StudioTest, WheelZoomsAtTheCursorAndTheMiddleButtonPans)
{
    drawStraightBlock(3, 8);
    view()->fitAll();
    const QPoint cursor(200, 150);
    const QPointF under = view()->mapToScene(cursor);
    const qreal before = view()->zoom();
    QWheelEvent wheel(QPointF(cursor), QPointF(viewport()->mapToGlobal(cursor)), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &wheel);
    EXPECT_NEAR(view()->zoom(), before * 1.44, 1e-6);
    const QPointF still = view()->mapToScene(cursor);
    EXPECT_NEAR(still.x(), under.x(), 2.0 / view()->zoom());
    EXPECT_NEAR(still.y(), under.y(), 2.0 / view()->zoom());

    const QPointF centre = view()->mapToScene(viewport()->rect().center());
    sendMouse(viewport(), QEvent::MouseButtonPress, QPoint(300, 300), Qt::MiddleButton, Qt::MiddleButton);
    sendMouse(viewport(), QEvent::MouseMove, QPoint(260, 280), Qt::NoButton, Qt::MiddleButton);
    sendMouse(viewport(), QEvent::MouseButtonRelease, QPoint(260, 280), Qt::MiddleButton, Qt::NoButton);
    const QPointF panned = view()->mapToScene(viewport()->rect().center());
    EXPECT_NEAR(panned.x() - centre.x(), 40.0 / view()->zoom(), 1.5 / view()->zoom());
    EXPECT_NEAR(panned.y() - centre.y(), 20.0 / view()->zoom(), 1.5 / view()->zoom());
    EXPECT_EQ(document()->layout().sections[0].rows.size(), 3) << "panning changes nothing";
}

TEST_F(StudioTest, ImportsAndExportsFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    drawStraightBlock(2, 4);
    const Layout drawn = document()->layout();
    const QString exported = dir.filePath(QStringLiteral("hall.json"));
    const auto choose = [](const QString &path) {
        return [path](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            ASSERT_NE(files, nullptr) << dialog->metaObject()->className();
            // Typed, as a user does: selectFile() does not take while the dialog still reads the folder.
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            ASSERT_NE(name, nullptr);
            name->setText(path);
            static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() reads the typed name
        };
    };
    const auto trigger = [this](const QString &text) {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->text() == text) {
                action->trigger();
                return;
            }
        }
        ADD_FAILURE() << "no action " << text.toStdString();
    };
    answerNextDialog(choose(exported));
    trigger(QStringLiteral("Export &JSON…"));
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Result<Layout> written = layoutFromJsonText(file.readAll());
    ASSERT_TRUE(written.hasValue()) << written.error().toString().toStdString();
    EXPECT_EQ(*written, drawn);

    // Importing asks about the unsaved drawing first, then opens the file as it was.
    document()->setLayoutName(QStringLiteral("Changed"));
    answerDialogs(
        { [](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Discard); }, choose(exported) });
    trigger(QStringLiteral("&Import JSON…"));
    EXPECT_EQ(document()->layout(), drawn);
    EXPECT_FALSE(window->isModified());
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("hall.json")));

    // A broken file: a clear message, and the layout stays.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile bad(broken);
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(
        R"({"schemaVersion":1,"name":"X","version":1,"stage":{"kind":"screen","x":0,"y":0,"width":8},"categories":[],"sections":[{"id":"s","name":"S","rows":"none"}],"aisles":[]})");
    bad.close();
    QString message;
    answerDialogs({ choose(broken), [&](QWidget *dialog) {
                       message = qobject_cast<QMessageBox *>(dialog)->text();
                       clickMessageBoxButton(dialog, QMessageBox::Ok);
                   } });
    trigger(QStringLiteral("&Import JSON…"));
    EXPECT_TRUE(message.contains(QStringLiteral("WRONG_TYPE"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("/sections/0/rows"))) << message.toStdString();
    EXPECT_EQ(document()->layout(), drawn);

    // A CSV seat list with problems: every problem in a dialog, nothing imported.
    const QString csv = dir.filePath(QStringLiteral("seats.csv"));
    QFile list(csv);
    ASSERT_TRUE(list.open(QIODevice::WriteOnly));
    list.write("not,a,seat,list\n1,2\n");
    list.close();
    QString problems;
    answerDialogs({ choose(csv), [&](QWidget *dialog) {
                       EXPECT_EQ(dialog->objectName(), QStringLiteral("csvProblems"));
                       if (auto *text = dialog->findChild<QPlainTextEdit *>())
                           problems = text->toPlainText();
                       static_cast<QDialog *>(dialog)->reject();
                   } });
    trigger(QStringLiteral("Import CSV seat &list…"));
    EXPECT_FALSE(problems.isEmpty());
    EXPECT_EQ(document()->layout(), drawn);
}
