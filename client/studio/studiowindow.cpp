#include "studiowindow.h"

#include "categoriespanel.h"
#include "jsonlimits.h"
#include "layoutcsv.h"
#include "layoutdocument.h"
#include "layoutexport.h"
#include "layoutjson.h"
#include "numberingdialog.h"
#include "problemspanel.h"
#include "propertiespanel.h"
#include "statisticspanel.h"
#include "studioscene.h"
#include "studioview.h"
#include "tooloptionspanel.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QMetaMethod>
#include <QtCore/QMimeData>
#include <QtCore/QTimer>
#include <QtCore/QUuid>
#include <QtGui/QActionGroup>
#include <QtGui/QClipboard>
#include <QtGui/QCloseEvent>
#include <QtGui/QGuiApplication>
#include <QtGui/QScreen>
#include <QtGui/QUndoStack>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGraphicsItem>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

#include <cmath>
#include <utility>

namespace Marquee {

namespace {

// The clipboard's format: a layout fragment (copyElements()) as layout JSON, and which studio
// session it came from (a paste into the same session lands a step away from the original).
const QString FragmentMimeType = QStringLiteral("application/x-marquee-layout-fragment+json");
const QString SourceMimeType = QStringLiteral("application/x-marquee-layout-source");

constexpr int ValidationDelayMs = 300;
constexpr double PasteStep = 2.0; // units between the copies of repeated pastes
constexpr double MetresPerUnit = 0.5; // a seat's width, for measuring floor plans in metres
constexpr qsizetype MaxImportBytes = 32 * 1024 * 1024;

QString sessionId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return id;
}

Layout blankLayout()
{
    Layout layout;
    layout.name = StudioWindow::tr("New layout");
    layout.stage = Stage { StageKind::Screen, LayoutPoint { 0.0, 0.0 }, 12.0 };
    layout.categories = { Category { QStringLiteral("standard"), StudioWindow::tr("Standard"),
                                     QStringLiteral("#1f6fb2") } };
    return layout;
}

QString describe(const Error &error)
{
    QString text = errorCodeName(error.code) + QStringLiteral(": ") + error.message;
    if (!error.where.isEmpty())
        text += QStringLiteral(" (") + error.where + u')';
    return text;
}

} // namespace

StudioWindow::StudioWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new LayoutDocument(this))
    , m_scene(new StudioScene(m_document, this))
    , m_view(new StudioView(m_scene, this))
    , m_toolOptions(new ToolOptionsPanel(m_document, this))
    , m_properties(new PropertiesPanel(m_document, this))
    , m_categories(new CategoriesPanel(m_document, this))
    , m_problems(new ProblemsPanel(this))
    , m_statistics(new StatisticsPanel(this))
    , m_validation(new QTimer(this))
    , m_cursorLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("studioWindow"));
    setCentralWidget(m_view);
    buildActions();
    buildMenus();
    buildDocks();
    statusBar()->addPermanentWidget(m_cursorLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    m_validation->setSingleShot(true);
    m_validation->setInterval(ValidationDelayMs);
    connect(m_validation, &QTimer::timeout, this, &StudioWindow::validateNow);
    connect(m_document, &LayoutDocument::changed, this, [this] {
        scheduleValidation();
        updateActions();
    });
    connect(m_document, &LayoutDocument::selectionChanged, this, &StudioWindow::updateActions);
    connect(m_document, &LayoutDocument::modifiedChanged, this, &StudioWindow::updateTitle);
    connect(m_document, &LayoutDocument::layoutReset, this, [this] {
        m_view->fitAll();
        validateNow();
    });
    connect(m_toolOptions, &ToolOptionsPanel::settingsChanged, m_scene, &StudioScene::setToolSettings);
    m_scene->setToolSettings(m_toolOptions->settings());
    connect(m_scene, &StudioScene::editFailed, this, &StudioWindow::showStatus);
    connect(m_categories, &CategoriesPanel::editFailed, this, &StudioWindow::showStatus);
    connect(m_properties, &PropertiesPanel::editFailed, this, &StudioWindow::showStatus);
    connect(m_scene, &StudioScene::previewChanged, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_scene, &StudioScene::floorPlanMeasured, this, &StudioWindow::floorPlanMeasured);
    connect(m_scene, &StudioScene::floorPlanChanged, this, &StudioWindow::updateActions);
    connect(m_problems, &ProblemsPanel::problemActivated, this, [this](const QStringList &seatIds) {
        if (!seatIds.isEmpty())
            highlightSeats(seatIds);
    });
    connect(m_view, &StudioView::cursorMoved, this, [this](QPointF p) {
        m_cursorLabel->setText(tr("x %1  y %2").arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1));
    });
    connect(m_view, &StudioView::zoomChanged, this, [this](qreal zoom) {
        m_zoomLabel->setText(tr("%1 px a seat").arg(zoom, 0, 'f', zoom < 10 ? 1 : 0));
    });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &StudioWindow::updateActions);

    QSize size(1360, 860);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
    openLayout(blankLayout(), tr("New layout"));
    setTool(StudioTool::Select);
}

StudioWindow::~StudioWindow() = default;

// --- public API ---

void StudioWindow::openLayout(const Layout &layout, const QString &documentTitle)
{
    m_documentTitle = documentTitle;
    m_pasteCount = 0;
    m_document->reset(layout);
    updateTitle();
    updateActions();
}

Layout StudioWindow::layout() const
{
    return m_document->layout();
}

bool StudioWindow::isModified() const
{
    return m_document->isModified();
}

void StudioWindow::markSaved()
{
    m_document->markSaved();
}

bool StudioWindow::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("“%1” has changes that are not saved. Save them?").arg(m_documentTitle),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesQuestion"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        save();
        return !isModified();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void StudioWindow::highlightSeats(const QStringList &seatIds)
{
    const QSet<QString> ids(seatIds.cbegin(), seatIds.cend());
    m_document->setSelection(ids);
    m_view->showArea(m_scene->elementsRect(ids));
}

QAction *StudioWindow::toolAction(StudioTool tool) const
{
    return m_toolActions.value(int(tool));
}

void StudioWindow::validateNow()
{
    m_validation->stop();
    m_problems->showProblems(m_document->layout());
    m_statistics->showStatistics(m_document->layout());
    Q_EMIT validated(m_problems->problemCount());
}

void StudioWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

// --- building ---

void StudioWindow::buildActions()
{
    m_tools = new QActionGroup(this);
    m_tools->setExclusive(true);
    const struct
    {
        StudioTool tool;
        QString text;
        QKeySequence key;
        QString tip;
    } tools[] = {
        { StudioTool::Select, tr("&Select"), QKeySequence(Qt::Key_V), tr("Select and move") },
        { StudioTool::StraightBlock, tr("Straight &block"), QKeySequence(Qt::Key_B),
          tr("Drag a block of straight rows") },
        { StudioTool::CurvedBlock, tr("&Curved block"), QKeySequence(Qt::Key_C),
          tr("Place a block of curved rows") },
        { StudioTool::Row, tr("&Row"), QKeySequence(Qt::Key_R),
          tr("Drag a row from its first seat to its last") },
        { StudioTool::Seat, tr("S&ingle seat"), QKeySequence(Qt::Key_S), tr("Click to add a seat") },
        { StudioTool::Aisle, tr("&Aisle"), QKeySequence(Qt::Key_A), tr("Drag an aisle") },
        { StudioTool::Stage, tr("Screen or s&tage"), QKeySequence(Qt::Key_G),
          tr("Drag the screen or stage") },
        { StudioTool::Text, tr("Te&xt"), QKeySequence(Qt::Key_T), tr("Click to place a text") },
        { StudioTool::MeasureFloorPlan, tr("&Measure floor plan"), QKeySequence(Qt::Key_M),
          tr("Drag between two points of the floor plan whose distance you know") },
    };
    for (const auto &t : tools) {
        auto *action = new QAction(t.text, this);
        action->setCheckable(true);
        action->setShortcut(t.key);
        action->setToolTip(t.tip + QStringLiteral(" (") + t.key.toString(QKeySequence::NativeText) + u')');
        action->setActionGroup(m_tools);
        const StudioTool tool = t.tool;
        connect(action, &QAction::triggered, this, [this, tool] { setTool(tool); });
        m_toolActions.append(action);
    }
}

void StudioWindow::buildMenus()
{
    QUndoStack *undo = m_document->undoStack();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New layout"), QKeySequence::New, this, &StudioWindow::newLayout);
    file->addAction(tr("New from a c&opy of this layout"), this, &StudioWindow::newFromCopy);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &StudioWindow::save);
    file->addSeparator();
    file->addAction(tr("&Import JSON…"), QKeySequence::Open, this, &StudioWindow::importJson);
    file->addAction(tr("Import CSV seat &list…"), this, &StudioWindow::importCsv);
    file->addAction(tr("Export &JSON…"), this, &StudioWindow::exportJson);
    file->addAction(tr("Export CS&V seat list…"), this, &StudioWindow::exportCsv);
    file->addAction(tr("Export &PDF plan…"), this, &StudioWindow::exportPdf);
    file->addAction(tr("Export SV&G plan…"), this, &StudioWindow::exportSvg);
    file->addSeparator();
    file->addAction(tr("&Floor plan…"), this, &StudioWindow::loadFloorPlan);
    file->addSeparator();
    file->addAction(tr("Change my pass&word…"), this, &StudioWindow::changePasswordRequested);
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    m_selectionActions.append(edit->addAction(tr("Cu&t"), QKeySequence::Cut, this, &StudioWindow::cut));
    m_selectionActions.append(edit->addAction(tr("&Copy"), QKeySequence::Copy, this, &StudioWindow::copy));
    m_paste = edit->addAction(tr("&Paste"), QKeySequence::Paste, this, &StudioWindow::paste);
    m_selectionActions.append(
        edit->addAction(tr("&Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), this,
                        [this] { m_document->duplicateSelection(PasteStep, PasteStep); }));
    m_selectionActions.append(
        edit->addAction(tr("De&lete"), QKeySequence::Delete, m_document, &LayoutDocument::deleteSelection));
    edit->addSeparator();
    edit->addAction(tr("Select &all"), QKeySequence::SelectAll, m_document, &LayoutDocument::selectAll);
    m_selectionActions.append(edit->addAction(tr("Select &none"),
                                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                                              [this] { m_document->setSelection({}); }));
    m_seatActions.append(edit->addAction(tr("Select ro&w"), QKeySequence(Qt::CTRL | Qt::Key_R), m_document,
                                         &LayoutDocument::selectRows));
    m_seatActions.append(edit->addAction(tr("Select s&ection"),
                                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), m_document,
                                         &LayoutDocument::selectSections));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, m_view, &StudioView::zoomIn);
    view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, m_view, &StudioView::zoomOut);
    view->addAction(tr("&Fit to window"), QKeySequence(Qt::CTRL | Qt::Key_0), m_view, &StudioView::fitAll);
    view->addSeparator();
    m_snap = view->addAction(tr("&Snap to grid"));
    m_snap->setCheckable(true);
    m_snap->setChecked(m_scene->snapToGrid());
    m_snap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_snap, &QAction::toggled, m_scene, &StudioScene::setSnapToGrid);
    QMenu *plan = view->addMenu(tr("F&loor plan"));
    plan->addAction(tr("&Load…"), this, &StudioWindow::loadFloorPlan);
    m_floorPlanShown = plan->addAction(tr("&Show"));
    m_floorPlanShown->setCheckable(true);
    m_floorPlanShown->setChecked(true);
    connect(m_floorPlanShown, &QAction::toggled, m_scene, &StudioScene::setFloorPlanVisible);
    m_floorPlanMovable = plan->addAction(tr("Mo&ve with the mouse"));
    m_floorPlanMovable->setCheckable(true);
    connect(m_floorPlanMovable, &QAction::toggled, m_scene, &StudioScene::setFloorPlanMovable);
    plan->addAction(toolAction(StudioTool::MeasureFloorPlan));
    QAction *scale = plan->addAction(tr("S&cale…"), this, &StudioWindow::scaleFloorPlan);
    QAction *remove = plan->addAction(tr("&Remove"), m_scene, &StudioScene::removeFloorPlan);
    m_floorPlanActions
        = { m_floorPlanShown, m_floorPlanMovable, toolAction(StudioTool::MeasureFloorPlan), scale, remove };
    m_layoutMenu = menuBar()->addMenu(tr("&Layout")); // filled below; View's dock entries come with the docks

    m_seatActions.append(m_layoutMenu->addAction(
        tr("&Renumber…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, &StudioWindow::renumber));
    m_seatActions.append(m_layoutMenu->addAction(tr("Edit &label"), QKeySequence(Qt::Key_F2), this, [this] {
        if (!m_properties->editLabel())
            showStatus(tr("Select one seat, or seats of one row, to edit its label."));
    }));
    m_layoutMenu->addSeparator();
    m_selectionActions.append(m_layoutMenu->addAction(
        tr("R&otate…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, &StudioWindow::rotateBy));
    m_selectionActions.append(m_layoutMenu->addAction(tr("Rotate 15° &anticlockwise"),
                                                      QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), this,
                                                      [this] { m_document->rotateSelection(-15.0); }));
    m_selectionActions.append(m_layoutMenu->addAction(tr("Rotate 15° &clockwise"),
                                                      QKeySequence(Qt::CTRL | Qt::Key_BracketRight), this,
                                                      [this] { m_document->rotateSelection(15.0); }));
    QMenu *align = m_layoutMenu->addMenu(tr("Ali&gn"));
    m_selectionActions.append(
        align->addAction(tr("&Left"), this, [this] { m_document->alignSelection(AlignEdge::Left); }));
    m_selectionActions.append(
        align->addAction(tr("&Right"), this, [this] { m_document->alignSelection(AlignEdge::Right); }));
    m_selectionActions.append(
        align->addAction(tr("&Top"), this, [this] { m_document->alignSelection(AlignEdge::Top); }));
    m_selectionActions.append(
        align->addAction(tr("&Bottom"), this, [this] { m_document->alignSelection(AlignEdge::Bottom); }));
    QMenu *distribute = m_layoutMenu->addMenu(tr("&Distribute"));
    m_selectionActions.append(distribute->addAction(
        tr("&Horizontally"), this, [this] { m_document->distributeSelection(DistributeAxis::Horizontal); }));
    m_selectionActions.append(distribute->addAction(
        tr("&Vertically"), this, [this] { m_document->distributeSelection(DistributeAxis::Vertical); }));
    m_layoutMenu->addSeparator();
    const struct
    {
        SeatFlag flag;
        QString text;
        QKeySequence key;
    } flags[] = {
        { SeatFlag::Wheelchair, tr("&Wheelchair space"), QKeySequence(Qt::CTRL | Qt::Key_1) },
        { SeatFlag::Companion, tr("Com&panion seat"), QKeySequence(Qt::CTRL | Qt::Key_2) },
        { SeatFlag::RestrictedView, tr("Re&stricted view"), QKeySequence(Qt::CTRL | Qt::Key_3) },
        { SeatFlag::Blocked, tr("&Blocked (never for sale)"), QKeySequence(Qt::CTRL | Qt::Key_4) },
    };
    for (const auto &f : flags) {
        QAction *action = m_layoutMenu->addAction(f.text);
        action->setCheckable(true);
        action->setShortcut(f.key);
        const int flag = int(f.flag);
        connect(action, &QAction::triggered, this, [this, flag] { toggleFlag(flag); });
        m_flagActions.append(action);
        m_seatActions.append(action);
    }
    m_layoutMenu->addSeparator();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(m_toolActions.mid(0, int(StudioTool::MeasureFloorPlan)));

    QToolBar *bar = addToolBar(tr("Tools"));
    bar->setObjectName(QStringLiteral("toolsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Short buttons (the menu's entries carry the edit's name, which would make the bar jump):
    // the name goes into the tooltip.
    const auto historyButton = [this, bar](const QString &text, QAction *menuAction) {
        auto *button = new QAction(text, bar);
        button->setEnabled(menuAction->isEnabled());
        button->setToolTip(menuAction->text().remove(u'&'));
        connect(button, &QAction::triggered, menuAction, &QAction::trigger);
        connect(menuAction, &QAction::changed, button, [button, menuAction] {
            button->setEnabled(menuAction->isEnabled());
            button->setToolTip(menuAction->text().remove(u'&'));
        });
        bar->addAction(button);
    };
    historyButton(tr("Undo"), undoAction);
    historyButton(tr("Redo"), redoAction);
    bar->addSeparator();
    bar->addActions(m_toolActions.mid(0, int(StudioTool::MeasureFloorPlan)));
}

void StudioWindow::buildDocks()
{
    const auto dock
        = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
              auto *d = new QDockWidget(title, this);
              d->setObjectName(name);
              d->setWidget(widget);
              addDockWidget(area, d);
              return d;
          };
    QDockWidget *tools
        = dock(m_toolOptions, tr("Tool options"), QStringLiteral("toolOptionsDock"), Qt::LeftDockWidgetArea);
    QDockWidget *properties
        = dock(m_properties, tr("Properties"), QStringLiteral("propertiesDock"), Qt::RightDockWidgetArea);
    QDockWidget *categories
        = dock(m_categories, tr("Categories"), QStringLiteral("categoriesDock"), Qt::RightDockWidgetArea);
    QDockWidget *problems
        = dock(m_problems, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    QDockWidget *statistics
        = dock(m_statistics, tr("Statistics"), QStringLiteral("statisticsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(problems, statistics);
    problems->raise();
    resizeDocks({ tools, properties }, { 250, 260 }, Qt::Horizontal);
    resizeDocks({ problems }, { 170 }, Qt::Vertical);
    QMenu *view = menuBar()->actions().at(2)->menu();
    view->addSeparator();
    const std::pair<QDockWidget *, QString> toggles[] = { { tools, tr("&Tool options") },
                                                          { properties, tr("P&roperties") },
                                                          { categories, tr("C&ategories") },
                                                          { problems, tr("Pro&blems") },
                                                          { statistics, tr("Statisti&cs") } };
    for (const auto &[d, text] : toggles) {
        d->toggleViewAction()->setText(text);
        view->addAction(d->toggleViewAction());
    }
}

void StudioWindow::setTool(StudioTool tool)
{
    m_scene->setTool(tool);
    m_toolOptions->setTool(tool);
    if (QAction *action = toolAction(tool))
        action->setChecked(true);
    m_view->setFocus();
}

void StudioWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] – Layout studio").arg(m_documentTitle));
    setWindowModified(m_document->isModified());
}

void StudioWindow::updateActions()
{
    const Layout &layout = m_document->layout();
    const QSet<QString> &selection = m_document->selection();
    for (QAction *action : std::as_const(m_selectionActions))
        action->setEnabled(!selection.isEmpty());
    // The flags show what all the selected seats have.
    int seats = 0;
    QList<int> flagged(m_flagActions.size(), 0);
    if (!selection.isEmpty()) {
        layout.forEachSeat([&](const Section &, const Row &, const Seat &seat) {
            if (!selection.contains(seat.id))
                return;
            ++seats;
            for (qsizetype i = 0; i < m_flagActions.size(); ++i)
                flagged[i] += seat.flags.testFlag(allSeatFlags().at(i));
        });
    }
    for (QAction *action : std::as_const(m_seatActions))
        action->setEnabled(seats > 0);
    for (qsizetype i = 0; i < m_flagActions.size(); ++i)
        m_flagActions.at(i)->setChecked(seats > 0 && flagged.at(i) == seats);
    const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
    m_paste->setEnabled(clipboard && clipboard->hasFormat(FragmentMimeType));
    for (QAction *action : std::as_const(m_floorPlanActions))
        action->setEnabled(m_scene->hasFloorPlan());
    m_floorPlanShown->setChecked(!m_scene->hasFloorPlan() || m_scene->isFloorPlanVisible());
    if (!m_scene->hasFloorPlan() && m_floorPlanMovable->isChecked())
        m_floorPlanMovable->setChecked(false);
    if (!m_scene->hasFloorPlan() && m_scene->tool() == StudioTool::MeasureFloorPlan)
        setTool(StudioTool::Select);
}

void StudioWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void StudioWindow::scheduleValidation()
{
    m_validation->start();
}

// --- File ---

void StudioWindow::newLayout()
{
    if (maybeSave())
        openLayout(blankLayout(), tr("New layout"));
}

void StudioWindow::newFromCopy()
{
    if (!maybeSave())
        return;
    Layout copy = m_document->layout();
    const QString name = tr("Copy of %1").arg(copy.name).left(LayoutLimits::MaxNameLength);
    copy.version = 1;
    openLayout(copy, name);
    m_document->setLayoutName(name); // the first step of a layout that is not saved yet
}

void StudioWindow::save()
{
    if (isSignalConnected(QMetaMethod::fromSignal(&StudioWindow::saveRequested)))
        Q_EMIT saveRequested();
    else
        saveToFile();
}

bool StudioWindow::saveToFile()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save layout"), m_lastDirectory, tr("Layouts (*.json)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(layoutToJsonText(layout())) < 0) {
        QMessageBox::warning(this, tr("Save layout"),
                             tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    m_lastDirectory = QFileInfo(path).absolutePath();
    m_documentTitle = QFileInfo(path).fileName();
    markSaved();
    updateTitle();
    return true;
}

void StudioWindow::importJson()
{
    if (!maybeSave())
        return;
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import layout"), m_lastDirectory, tr("Layouts (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import layout"),
                             tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    m_lastDirectory = QFileInfo(path).absolutePath();
    // An untrusted file: size and depth first.
    const Result<QJsonObject> json
        = parseJsonObject(file.read(MaxImportBytes + 1), JsonLimits { MaxImportBytes, 12, 20000 });
    const Result<Layout> imported = json ? layoutFromJson(*json) : Result<Layout>(json.error());
    if (!imported) {
        QMessageBox::warning(this, tr("Import layout"),
                             tr("%1 is not a layout this studio reads:\n%2")
                                 .arg(QFileInfo(path).fileName(), describe(imported.error())));
        return;
    }
    openLayout(*imported, QFileInfo(path).fileName());
}

void StudioWindow::importCsv()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV seat list"), m_lastDirectory,
                                                      tr("Seat lists (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import CSV seat list"),
                             tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    m_lastDirectory = QFileInfo(path).absolutePath();
    const CsvImport imported
        = layoutFromCsv(file.read(MaxImportBytes + 1), QFileInfo(path).completeBaseName());
    if (!imported.layout) {
        // Every problem, each with its line, in a list the manager can read through and copy.
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("csvProblems"));
        dialog.setWindowTitle(tr("Import CSV seat list"));
        auto *box = new QVBoxLayout(&dialog);
        box->addWidget(new QLabel(
            tr("%1 has %n problem(s); nothing was imported.", nullptr, int(imported.problems.size()))
                .arg(QFileInfo(path).fileName()),
            &dialog));
        auto *list = new QPlainTextEdit(&dialog);
        list->setReadOnly(true);
        QStringList lines;
        for (const CsvProblem &problem : imported.problems)
            lines.append(problem.line > 0 ? tr("Line %1: %2").arg(problem.line).arg(problem.message)
                                          : problem.message);
        list->setPlainText(lines.join(u'\n'));
        box->addWidget(list);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        box->addWidget(buttons);
        dialog.resize(640, 360);
        dialog.exec();
        return;
    }
    openLayout(*imported.layout, QFileInfo(path).fileName());
}

void StudioWindow::exportJson()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export JSON"), m_lastDirectory, tr("Layouts (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(layoutToJsonText(layout())) < 0)
        QMessageBox::warning(this, tr("Export JSON"),
                             tr("%1 cannot be written: %2").arg(path, file.errorString()));
    m_lastDirectory = QFileInfo(path).absolutePath();
}

void StudioWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV seat list"), m_lastDirectory,
                                                      tr("Seat lists (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(layoutToCsv(layout())) < 0)
        QMessageBox::warning(this, tr("Export CSV seat list"),
                             tr("%1 cannot be written: %2").arg(path, file.errorString()));
    m_lastDirectory = QFileInfo(path).absolutePath();
}

void StudioWindow::exportPdf()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export PDF plan"), m_lastDirectory, tr("PDF (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportLayoutPdf(layout(), path, &error))
        QMessageBox::warning(this, tr("Export PDF plan"), error);
}

void StudioWindow::exportSvg()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export SVG plan"), m_lastDirectory, tr("SVG (*.svg)"));
    QString error;
    if (!path.isEmpty() && !exportLayoutSvg(layout(), path, &error))
        QMessageBox::warning(this, tr("Export SVG plan"), error);
}

void StudioWindow::loadFloorPlan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Floor plan"), m_lastDirectory,
                                                      tr("Plans (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    QString error;
    if (!m_scene->loadFloorPlan(path, &error)) {
        QMessageBox::warning(this, tr("Floor plan"), error);
        return;
    }
    m_floorPlanShown->setChecked(true);
    m_view->fitAll();
    showStatus(tr("Scale the plan: View > Floor plan > Measure, then drag between two points whose distance "
                  "you know."));
}

void StudioWindow::scaleFloorPlan()
{
    if (!m_scene->hasFloorPlan())
        return;
    bool ok = false;
    const double scale
        = QInputDialog::getDouble(this, tr("Scale floor plan"), tr("Layout units per pixel of the plan:"),
                                  m_scene->floorPlanScale(), 0.0001, 1000.0, 4, &ok);
    if (ok)
        m_scene->setFloorPlanScale(scale, m_scene->floorPlanItem()->sceneBoundingRect().topLeft());
}

void StudioWindow::floorPlanMeasured(QPointF from, QPointF to)
{
    const double measured = std::hypot(to.x() - from.x(), to.y() - from.y());
    if (measured <= 0.0)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("measureDialog"));
    dialog.setWindowTitle(tr("Scale floor plan"));
    auto *form = new QFormLayout(&dialog);
    auto *distance = new QDoubleSpinBox(&dialog);
    distance->setRange(0.01, 100000.0);
    distance->setDecimals(2);
    distance->setValue(10.0);
    auto *unit = new QComboBox(&dialog);
    unit->addItem(tr("metres (a seat is %1 m wide)").arg(MetresPerUnit, 0, 'f', 1));
    unit->addItem(tr("seat widths (layout units)"));
    form->addRow(new QLabel(tr("How far apart are these two points?"), &dialog));
    form->addRow(tr("&Distance:"), distance);
    form->addRow(tr("&In:"), unit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const double units = unit->currentIndex() == 0 ? distance->value() / MetresPerUnit : distance->value();
    m_scene->setFloorPlanScale(m_scene->floorPlanScale() * units / measured, from);
    setTool(StudioTool::Select);
}

// --- Edit ---

void StudioWindow::copy()
{
    if (m_document->selection().isEmpty())
        return;
    auto *data = new QMimeData;
    data->setData(FragmentMimeType, layoutToJsonText(m_document->copySelection()));
    data->setData(SourceMimeType, sessionId().toUtf8());
    QGuiApplication::clipboard()->setMimeData(data);
    m_pasteCount = 0;
}

void StudioWindow::cut()
{
    copy();
    m_document->deleteSelection();
}

void StudioWindow::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !data->hasFormat(FragmentMimeType))
        return;
    const Result<Layout> fragment = layoutFromJsonText(data->data(FragmentMimeType));
    if (!fragment) {
        showStatus(
            tr("The clipboard holds no seats this studio can paste: %1").arg(fragment.error().message));
        return;
    }
    // From this session: a step away from the original; from another layout: where it was there.
    const double offset
        = data->data(SourceMimeType) == sessionId().toUtf8() ? PasteStep * ++m_pasteCount : 0.0;
    if (!m_document->paste(*fragment, offset, offset) && !m_document->lastError().message.isEmpty())
        showStatus(m_document->lastError().message);
}

// --- Layout ---

void StudioWindow::renumber()
{
    if (m_document->selectedSeatCount() == 0) {
        showStatus(tr("Select the rows or seats to renumber first."));
        return;
    }
    NumberingDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RowLabelOptions rows = dialog.rowOptions();
    const SeatLabelOptions seats = dialog.seatOptions();
    m_document->renumberSelection(dialog.renumberRows() ? &rows : nullptr,
                                  dialog.renumberSeats() ? &seats : nullptr);
}

void StudioWindow::rotateBy()
{
    bool ok = false;
    const double degrees
        = QInputDialog::getDouble(this, tr("Rotate"), tr("Degrees, clockwise:"), 15.0, -360.0, 360.0, 1, &ok);
    if (ok)
        m_document->rotateSelection(degrees);
}

void StudioWindow::toggleFlag(int flag)
{
    // The action was checked when all the selected seats had the flag: the click takes it away
    // from them all, or else gives it to them all.
    const auto f = static_cast<SeatFlag>(flag);
    m_document->setSelectionFlag(f, m_flagActions.at(allSeatFlags().indexOf(f))->isChecked());
    updateActions();
}

} // namespace Marquee
