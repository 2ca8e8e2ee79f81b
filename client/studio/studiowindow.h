#pragma once

// The layout studio: where a theatre manager draws, numbers and checks an auditorium's layout.
// A canvas (StudioView on a StudioScene) with the tools, docks for the tool options, properties,
// categories, problems and statistics, and the menus File, Edit, View, Layout and Tools. Every
// edit goes through the LayoutDocument (one undo step each). The window knows no server: the
// lead's code opens layouts into it (openLayout()), adds its server actions to layoutMenu() and
// saves when saveRequested() asks.
//
// The title carries a "*" while the layout differs from the last openLayout() or markSaved().
// Closing the window, File > New and the imports ask first (Save / Discard / Cancel); Save emits
// saveRequested(), and the close or the new layout goes ahead only if the layout is saved by the
// time the signal returns (a save that completes later leaves the window open; close it again).
// When nothing is connected to saveRequested(), Save writes a JSON file instead.

#include <QtWidgets/QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QTimer;

namespace Marquee {

struct Layout;
class CategoriesPanel;
class LayoutDocument;
class ProblemsPanel;
class PropertiesPanel;
class StatisticsPanel;
class StudioScene;
class StudioView;
class ToolOptionsPanel;
enum class StudioTool;

class StudioWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioWindow)

public:
    explicit StudioWindow(QWidget *parent = nullptr);
    ~StudioWindow() override;

    // Shows another layout: the undo history is cleared and it counts as saved. Asks nothing (see
    // maybeSave()). documentTitle names it in the window's title ("Grand Hall, draft").
    void openLayout(const Marquee::Layout &layout, const QString &documentTitle);
    Marquee::Layout layout() const;
    // Differs from the layout of the last openLayout() or markSaved().
    bool isModified() const;
    // The layout as it is now was saved (the undo history's clean state).
    void markSaved();
    // Asks Save / Discard / Cancel when there are unsaved changes; true when the caller may go on
    // (saved, discarded, or nothing to save). For the lead's "Open from server".
    bool maybeSave();
    // Selects these seats and centres the view on them (e.g. the seats of a LAYOUT_CONFLICT).
    void highlightSeats(const QStringList &seatIds);
    // The Layout menu; the lead adds the server's actions (save draft, publish, versions, ...).
    QMenu *layoutMenu() const { return m_layoutMenu; }
    LayoutDocument *document() const { return m_document; }

    // For tests and the screenshot tool.
    StudioScene *scene() const { return m_scene; }
    StudioView *view() const { return m_view; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    StatisticsPanel *statisticsPanel() const { return m_statistics; }
    QAction *toolAction(StudioTool tool) const;
    // Runs the validation and the statistics now (they otherwise follow edits after a short pause).
    void validateNow();

Q_SIGNALS:
    // The user chose Save (the menu, or Save in the unsaved-changes question): save the layout
    // and call markSaved() when it is saved.
    void saveRequested();
    // File > Change my password... (the connection's owner opens the dialog).
    void changePasswordRequested();
    // After each (debounced) validation: the problem count.
    void validated(int problems);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildDocks();
    void setTool(StudioTool tool);
    void updateTitle();
    void updateActions();
    void showStatus(const QString &message);
    void scheduleValidation();

    // File.
    void newLayout();
    void newFromCopy();
    void save();
    bool saveToFile();
    void importJson();
    void importCsv();
    void exportJson();
    void exportCsv();
    void exportPdf();
    void exportSvg();
    void loadFloorPlan();
    void scaleFloorPlan();
    void floorPlanMeasured(QPointF from, QPointF to);
    // Edit.
    void copy();
    void cut();
    void paste();
    // Layout.
    void renumber();
    void rotateBy();
    void toggleFlag(int flag);

    LayoutDocument *m_document;
    StudioScene *m_scene;
    StudioView *m_view;
    ToolOptionsPanel *m_toolOptions;
    PropertiesPanel *m_properties;
    CategoriesPanel *m_categories;
    ProblemsPanel *m_problems;
    StatisticsPanel *m_statistics;
    QTimer *m_validation;
    QLabel *m_cursorLabel;
    QLabel *m_zoomLabel;
    QString m_documentTitle;
    QString m_lastDirectory;
    int m_pasteCount = 0; // each paste of the same clipboard lands a step further

    QMenu *m_layoutMenu = nullptr;
    QActionGroup *m_tools = nullptr;
    QList<QAction *> m_toolActions; // in StudioTool order
    QList<QAction *> m_selectionActions; // need a selection
    QList<QAction *> m_seatActions; // need selected seats
    QList<QAction *> m_flagActions; // in allSeatFlags() order
    QAction *m_paste = nullptr;
    QAction *m_snap = nullptr;
    QAction *m_floorPlanShown = nullptr;
    QAction *m_floorPlanMovable = nullptr;
    QList<QAction *> m_floorPlanActions; // need a floor plan
};

} // namespace Marquee
