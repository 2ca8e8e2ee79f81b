// The studio's panels, offscreen: the problems panel lists the validator's problems and leads to
// their seats (overlap partners found by geometry), quick for 20,000 seats; the statistics of a
// known layout; the numbering dialog driven with keys, its options and its preview; German.
#include "layoutedit.h"
#include "layoutvalidator.h"
#include "numberingdialog.h"
#include "printers.h"
#include "problemspanel.h"
#include "statisticspanel.h"
#include "translation.h"

#include <gtest/gtest.h>

#include <QtCore/QLocale>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTreeView>

using namespace Marquee;
using namespace Qt::StringLiterals;

namespace {

Section block(const char *id, const char *name, LayoutPoint origin, int rows, int seats, const char *category)
{
    StraightBlockOptions options;
    options.sectionId = QString::fromUtf8(id);
    options.sectionName = QString::fromUtf8(name);
    options.origin = origin;
    options.rows = rows;
    options.seatsPerRow = seats;
    options.categoryId = QString::fromUtf8(category);
    return *makeStraightBlock(options);
}

Layout layoutOf(const QList<Section> &sections)
{
    Layout layout;
    layout.name = QStringLiteral("Hall");
    layout.stage.position = { 3.0, -4.0 };
    layout.categories
        = { Category { QStringLiteral("std"), QStringLiteral("Standard"), QStringLiteral("#336699") },
            Category { QStringLiteral("vip"), QStringLiteral("Loge"), QStringLiteral("#c8102e") } };
    layout.sections = sections;
    return layout;
}

// Rows A and B of 6 seats, with three problems: B 4 sits on A 4 (and on no other seat), B 1
// has A 1's id, A 6 an unknown category.
Layout troubledLayout()
{
    Layout layout = layoutOf({ block("stalls", "Stalls", { 0.0, 0.0 }, 2, 6, "std") });
    Row &a = layout.sections[0].rows[0];
    Row &b = layout.sections[0].rows[1];
    b.seats[3].position = { a.seats[3].position.x, a.seats[3].position.y + 0.3 };
    b.seats[0].id = a.seats[0].id;
    a.seats[5].categoryId = QStringLiteral("nope");
    return layout;
}

QStringList ids(const Row &row)
{
    QStringList out;
    for (const Seat &seat : row.seats)
        out.append(seat.id);
    return out;
}

QStringList column(const QTreeView *view, int column)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out.append(view->model()->index(row, column).data().toString());
    return out;
}

class StudioPanels : public ::testing::Test
{
protected:
    void SetUp() override { installTranslation(*qApp, QStringLiteral("en")); }
};

} // namespace

TEST_F(StudioPanels, ProblemsAreListedWithTheirCodesAndACount)
{
    const Layout layout = troubledLayout();
    ASSERT_EQ(validateLayout(layout).size(), 3);
    ProblemsPanel panel;
    panel.showProblems(layout);
    EXPECT_EQ(panel.problemCount(), 3);
    EXPECT_EQ(panel.summaryText(), QStringLiteral("3 problems"));
    auto *view = panel.findChild<QTreeView *>(QStringLiteral("problemsView"));
    ASSERT_NE(view, nullptr);
    QStringList codes = column(view, 0);
    codes.sort();
    const QStringList expectedCodes
        = { u"LAYOUT_DUPLICATE_ID"_s, u"LAYOUT_OVERLAP"_s, u"LAYOUT_UNKNOWN_CATEGORY"_s };
    EXPECT_EQ(codes, expectedCodes);
    for (const QString &message : column(view, 1))
        EXPECT_FALSE(message.isEmpty());

    Layout one = layoutOf({ block("stalls", "Stalls", { 0.0, 0.0 }, 1, 4, "std") });
    one.sections[0].rows[0].seats[1].categoryId = QStringLiteral("gone");
    panel.showProblems(one);
    EXPECT_EQ(panel.summaryText(), QStringLiteral("1 problem"));
    panel.showProblems(layoutOf({ block("stalls", "Stalls", { 0.0, 0.0 }, 2, 6, "std") }));
    EXPECT_EQ(panel.problemCount(), 0);
    EXPECT_EQ(panel.summaryText(), QStringLiteral("No problems: ready to publish"));
    EXPECT_EQ(view->model()->rowCount(), 0);
}

TEST_F(StudioPanels, ClickOrEnterOnAProblemNamesItsSeats)
{
    const Layout layout = troubledLayout();
    const Row &a = layout.sections[0].rows[0];
    const Row &b = layout.sections[0].rows[1];
    ProblemsPanel panel;
    panel.resize(700, 300);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showProblems(layout);
    auto *view = panel.findChild<QTreeView *>(QStringLiteral("problemsView"));
    ASSERT_NE(view, nullptr);
    const QStringList codes = column(view, 0);
    QSignalSpy activated(&panel, &ProblemsPanel::problemActivated);

    // A click on the overlap: the seat it is reported at and the seat it overlaps.
    const QModelIndex overlap = view->model()->index(int(codes.indexOf(QStringLiteral("LAYOUT_OVERLAP"))), 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(overlap).center());
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toStringList(), QStringList({ b.seats[3].id, a.seats[3].id }));
    EXPECT_EQ(activated.at(0).at(1).toString(), QStringLiteral("/sections/0/rows/1/seats/3"));

    // Enter on the unknown category: that seat.
    view->setFocus();
    view->setCurrentIndex(
        view->model()->index(int(codes.indexOf(QStringLiteral("LAYOUT_UNKNOWN_CATEGORY"))), 0));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(activated.size(), 2);
    EXPECT_EQ(activated.at(1).at(0).toStringList(), QStringList { a.seats[5].id });
    EXPECT_EQ(activated.at(1).at(1).toString(), QStringLiteral("/sections/0/rows/0/seats/5/category"));

    // The duplicate id: the later seat, the one that must change.
    view->setCurrentIndex(view->model()->index(int(codes.indexOf(QStringLiteral("LAYOUT_DUPLICATE_ID"))), 0));
    QTest::keyClick(view, Qt::Key_Enter);
    ASSERT_EQ(activated.size(), 3);
    EXPECT_EQ(activated.at(2).at(1).toString(), QStringLiteral("/sections/0/rows/1/seats/0/id"));
    EXPECT_EQ(activated.at(2).at(0).toStringList(), QStringList { b.seats[0].id });
}

TEST_F(StudioPanels, SeatsOfRowsSectionsAndOverlapPartners)
{
    Layout layout = layoutOf({ block("stalls", "Stalls", { 0.0, 0.0 }, 2, 4, "std"),
                               block("circle", "Circle", { 0.0, 10.0 }, 1, 3, "vip") });
    const Section &stalls = layout.sections[0];
    auto seatsAt
        = [&](const char *where, ErrorCode code = ErrorCode::InvalidValue, const QString &message = {}) {
              return ProblemsPanel::seatIdsOf(layout, Error { code, message, QString::fromUtf8(where) });
          };
    EXPECT_EQ(seatsAt("/sections/0/rows/1/label"), ids(stalls.rows[1]));
    EXPECT_EQ(seatsAt("/sections/0/rows/1/seats"), ids(stalls.rows[1]));
    EXPECT_EQ(seatsAt("/sections/0/name"), ids(stalls.rows[0]) + ids(stalls.rows[1]));
    EXPECT_EQ(seatsAt("/sections/1/rows"), ids(layout.sections[1].rows[0]));
    EXPECT_EQ(seatsAt("/sections/0/rows/0/seats/2/x"), QStringList { stalls.rows[0].seats[2].id });
    EXPECT_TRUE(seatsAt("/sections").isEmpty()) << "the layout as a whole";
    EXPECT_TRUE(seatsAt("/name").isEmpty());
    EXPECT_TRUE(seatsAt("/sections/7/rows/0").isEmpty()) << "no such section";
    EXPECT_TRUE(seatsAt("/sections/0/rows/0/seats/99").isEmpty()) << "no such seat";
    EXPECT_TRUE(seatsAt("/sections/01x").isEmpty());

    // A seat on top of two others: two problems at the same seat, each with the partner its
    // message names.
    Layout crowded = layout;
    Seat &middle = crowded.sections[1].rows[0].seats[1];
    const Seat &left = crowded.sections[0].rows[1].seats[1];
    const Seat &right = crowded.sections[0].rows[1].seats[2];
    middle.position = { (left.position.x + right.position.x) / 2.0, left.position.y };
    QList<Error> overlaps;
    for (const Error &e : validateLayout(crowded)) {
        if (e.code == ErrorCode::LayoutOverlap)
            overlaps.append(e);
    }
    ASSERT_EQ(overlaps.size(), 2);
    EXPECT_EQ(overlaps[0].where, overlaps[1].where);
    EXPECT_EQ(ProblemsPanel::seatIdsOf(crowded, overlaps[0]), QStringList({ middle.id, left.id }));
    EXPECT_EQ(ProblemsPanel::seatIdsOf(crowded, overlaps[1]), QStringList({ middle.id, right.id }));
}

TEST_F(StudioPanels, AThousandProblemsOfTwentyThousandSeatsAreOneView)
{
    // 20 sections of 20 rows of 50 seats; the last section's seats pushed together, each onto
    // its three neighbours on either side: more overlaps than the validator reports.
    QList<Section> sections;
    for (int s = 0; s < 20; ++s) {
        const QByteArray id = "s" + QByteArray::number(s);
        sections.append(block(id.constData(), id.constData(), { s * 60.0, 0.0 }, 20, 50, "std"));
    }
    Layout layout = layoutOf(sections);
    ASSERT_EQ(layout.seatCount(), 20000);
    for (Row &row : layout.sections.last().rows) {
        for (Seat &seat : row.seats)
            seat.position.x
                = row.seats.first().position.x + (seat.position.x - row.seats.first().position.x) * 0.3;
    }
    ProblemsPanel panel;
    panel.resize(800, 400);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showProblems(layout);
    EXPECT_EQ(panel.problemCount(), MaxReportedOverlaps);
    EXPECT_EQ(panel.summaryText(), QStringLiteral("1000 problems"));
    EXPECT_LT(panel.findChildren<QWidget *>().size(), 30) << "rows of a model, not a widget each";
    QSignalSpy activated(&panel, &ProblemsPanel::problemActivated);
    auto *view = panel.findChild<QTreeView *>(QStringLiteral("problemsView"));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(999, 0));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toStringList().size(), 2) << "the seat and its partner";
}

TEST_F(StudioPanels, StatisticsOfAKnownLayout)
{
    Layout layout = layoutOf({ block("stalls", "Stalls", { 0.0, 0.0 }, 2, 6, "std"),
                               block("balcony", "Balcony", { 0.0, 10.0 }, 1, 6, "vip") });
    Row &a = layout.sections[0].rows[0];
    a.seats[0].flags = SeatFlag::Wheelchair;
    a.seats[1].flags = SeatFlag::Companion;
    a.seats[5].flags = SeatFlag::Wheelchair | SeatFlag::RestrictedView;
    layout.sections[0].rows[1].seats[0].categoryId = QStringLiteral("vip");
    layout.sections[0].rows[1].seats[1].categoryId = QStringLiteral("vip");
    for (int i = 3; i < 6; ++i)
        layout.sections[1].rows[0].seats[i].flags = SeatFlag::Blocked;
    StatisticsPanel panel;
    panel.showStatistics(layout);
    const QStringList expected = { u"Seats: 18"_s,
                                   u"Sections"_s,
                                   u"Stalls: 12"_s,
                                   u"Balcony: 6"_s,
                                   u"Categories"_s,
                                   u"Standard: 10"_s,
                                   u"Loge: 8"_s,
                                   u"Special seats"_s,
                                   u"Wheelchair spaces: 2"_s,
                                   u"Companion seats: 1"_s,
                                   u"Restricted view: 1"_s,
                                   u"Blocked (not for sale): 3"_s };
    EXPECT_EQ(panel.lines(), expected);

    // Another layout replaces it all; a seat of an unknown category is counted apart.
    Layout other = layoutOf({ block("main", "Main", { 0.0, 0.0 }, 1, 3, "std") });
    other.sections[0].rows[0].seats[2].categoryId = QStringLiteral("gone");
    panel.showStatistics(other);
    const QStringList replaced = { u"Seats: 3"_s,
                                   u"Sections"_s,
                                   u"Main: 3"_s,
                                   u"Categories"_s,
                                   u"Standard: 2"_s,
                                   u"Loge: 0"_s,
                                   u"Unknown category: 1"_s,
                                   u"Special seats"_s,
                                   u"Wheelchair spaces: 0"_s,
                                   u"Companion seats: 0"_s,
                                   u"Restricted view: 0"_s,
                                   u"Blocked (not for sale): 0"_s };
    EXPECT_EQ(panel.lines(), replaced);
}

TEST_F(StudioPanels, NumberingDialogDrivenWithKeys)
{
    NumberingDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_FALSE(dialog.renumberRows());
    EXPECT_TRUE(dialog.renumberSeats());
    EXPECT_EQ(dialog.previewText(), QStringLiteral("Rows: unchanged   Seats: 1 2 3 4 5 6 7 8"));

    // Rows from C, letters; seats odd and even from 101.
    auto *rows = dialog.findChild<QGroupBox *>(QStringLiteral("rows"));
    auto *firstLetter = dialog.findChild<QComboBox *>(QStringLiteral("firstLetter"));
    auto *scheme = dialog.findChild<QComboBox *>(QStringLiteral("seatScheme"));
    auto *oddSide = dialog.findChild<QComboBox *>(QStringLiteral("oddSide"));
    auto *first = dialog.findChild<QSpinBox *>(QStringLiteral("firstSeatNumber"));
    auto *skip = dialog.findChild<QCheckBox *>(QStringLiteral("skipIAndO"));
    ASSERT_TRUE(rows && firstLetter && scheme && oddSide && first && skip);
    EXPECT_FALSE(oddSide->isVisibleTo(&dialog)) << "only for odd and even";
    rows->setFocus();
    QTest::keyClick(rows, Qt::Key_Space);
    EXPECT_TRUE(dialog.renumberRows());
    QTest::keyClick(firstLetter, Qt::Key_Down);
    QTest::keyClick(firstLetter, Qt::Key_Down);
    QTest::keyClick(scheme, Qt::Key_Down);
    QTest::keyClick(scheme, Qt::Key_Down);
    EXPECT_TRUE(oddSide->isVisibleTo(&dialog));
    first->setFocus();
    first->selectAll();
    QTest::keyClicks(first, QStringLiteral("101"));
    EXPECT_EQ(dialog.rowOptions().firstLetter, QChar(u'C'));
    EXPECT_EQ(dialog.rowOptions().style, RowLabelOptions::Style::Letters);
    EXPECT_TRUE(dialog.rowOptions().skipIAndO);
    EXPECT_EQ(dialog.seatOptions().scheme, SeatLabelOptions::Scheme::OddEven);
    EXPECT_EQ(dialog.seatOptions().oddSide, SeatLabelOptions::Side::Right);
    EXPECT_EQ(dialog.seatOptions().firstNumber, 101);
    EXPECT_EQ(dialog.previewText(),
              QStringLiteral("Rows: C, D, E …   Seats: 108 106 104 102 101 103 105 107"));

    // Odd numbers to the left, from 1, rows through H: I is skipped, unless asked not to.
    QTest::keyClick(oddSide, Qt::Key_Down);
    first->selectAll();
    QTest::keyClicks(first, QStringLiteral("1"));
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(firstLetter, Qt::Key_Down);
    EXPECT_EQ(dialog.previewText(), QStringLiteral("Rows: H, J, K …   Seats: 7 5 3 1 2 4 6 8"));
    skip->click();
    EXPECT_FALSE(dialog.rowOptions().skipIAndO);
    EXPECT_EQ(dialog.previewText(), QStringLiteral("Rows: H, I, J …   Seats: 7 5 3 1 2 4 6 8"));

    // Enter in a field accepts; with nothing to renumber, OK is off.
    QTest::keyClick(first, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto *seats = dialog.findChild<QGroupBox *>(QStringLiteral("seats"));
    QPushButton *ok = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->isDefault())
            ok = button;
    }
    ASSERT_NE(ok, nullptr);
    rows->setChecked(false);
    seats->setChecked(false);
    EXPECT_FALSE(ok->isEnabled());
    seats->setChecked(true);
    EXPECT_TRUE(ok->isEnabled());
}

TEST_F(StudioPanels, NumberingDialogPresetsAndLongRows)
{
    NumberingDialog dialog;
    RowLabelOptions rows;
    rows.style = RowLabelOptions::Style::Numbers;
    rows.firstNumber = 5;
    SeatLabelOptions seats;
    seats.scheme = SeatLabelOptions::Scheme::RightToLeft;
    seats.firstNumber = 1;
    dialog.setRowOptions(rows);
    dialog.setSeatOptions(seats);
    dialog.setRenumberRows(true);
    dialog.setRenumberSeats(true);
    dialog.setPreviewCounts(4, 20);
    EXPECT_EQ(dialog.rowOptions().style, RowLabelOptions::Style::Numbers);
    EXPECT_EQ(dialog.rowOptions().firstNumber, 5);
    EXPECT_EQ(dialog.seatOptions().scheme, SeatLabelOptions::Scheme::RightToLeft);
    EXPECT_TRUE(dialog.renumberRows());
    EXPECT_EQ(dialog.previewText(),
              QStringLiteral("Rows: 5, 6, 7 …   Seats: 20 19 18 17 16 15 … 6 5 4 3 2 1"));
    EXPECT_FALSE(dialog.findChild<QComboBox *>(QStringLiteral("firstLetter"))->isVisibleTo(&dialog))
        << "numbers have no letter";

    RowLabelOptions paired;
    paired.style = RowLabelOptions::Style::LettersPaired;
    paired.firstLetter = u'y';
    paired.skipIAndO = false;
    dialog.setRowOptions(paired);
    dialog.setPreviewCounts(2, 3);
    EXPECT_EQ(dialog.rowOptions().firstLetter, QChar(u'Y'));
    EXPECT_EQ(dialog.previewText(), QStringLiteral("Rows: Y, Z   Seats: 3 2 1"));
}

TEST_F(StudioPanels, InGerman)
{
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    installTranslation(*qApp, QStringLiteral("de"));
    ProblemsPanel problems;
    problems.showProblems(troubledLayout());
    const QString summary = problems.summaryText();
    StatisticsPanel statistics;
    statistics.showStatistics(troubledLayout());
    const QStringList lines = statistics.lines();
    NumberingDialog numbering;
    const QString preview = numbering.previewText();
    QLocale::setDefault(QLocale::c());
    installTranslation(*qApp, QStringLiteral("en"));

    EXPECT_EQ(summary, QStringLiteral("3 Probleme"));
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), QStringLiteral("Plätze: 12"));
    EXPECT_EQ(preview, QStringLiteral("Reihen: unverändert   Plätze: 1 2 3 4 5 6 7 8"));
}
