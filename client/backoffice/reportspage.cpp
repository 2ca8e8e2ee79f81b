#include "reportspage.h"

#include "formatting.h"
#include "protocol.h"
#include "reportchart.h"
#include "reportexport.h"
#include "reporttable.h"
#include "serverconnection.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCore/QDir>
#include <QtCore/QPointer>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

ReportsPage::ReportsPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_venue(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_kind(new QComboBox(this))
    , m_tableView(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_chartView(new QChartView(this))
    , m_status(new QLabel(this))
    , m_table(std::make_unique<ReportTable>())
{
    m_preset->addItem(tr("This week"), int(Preset::ThisWeek));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), int(Preset::LastMonth));
    m_preset->addItem(tr("Custom"), int(Preset::Custom));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_settingRange)
                m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        });
    }
    for (ReportKind kind : allReportKinds())
        m_kind->addItem(ReportTable::title(kind), int(kind));
    m_venue->setObjectName(QStringLiteral("venue"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_status->setObjectName(QStringLiteral("status"));
    m_tableView->setModel(m_model);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->verticalHeader()->hide();
    m_venue->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    setPreset(Preset::ThisMonth);

    auto *showButton = new QPushButton(tr("&Show"), this);
    auto *csvButton = new QPushButton(tr("Export &CSV…"), this);
    auto *pdfButton = new QPushButton(tr("Export &PDF…"), this);
    connect(showButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_kind, &QComboBox::activated, this, &ReportsPage::refresh);
    connect(m_venue, &QComboBox::activated, this, &ReportsPage::refresh);
    connect(m_preset, &QComboBox::activated, this, [this] {
        setPreset(Preset(m_preset->currentData().toInt()));
        refresh();
    });
    const auto exportTo = [this](const QString &suffix, const QString &filter, bool (ReportsPage::*write)(const QString &)) {
        if (!m_report)
            return;
        const QString name = QStringLiteral("%1-%2-%3.%4")
                                 .arg(reportKindName(m_report->kind), m_report->from.toString(Qt::ISODate),
                                      m_report->to.addDays(-1).toString(Qt::ISODate), suffix);
        const QString file
            = QFileDialog::getSaveFileName(this, tr("Export the report"), QDir::home().filePath(name), filter);
        if (!file.isEmpty())
            (this->*write)(file);
    };
    connect(csvButton, &QPushButton::clicked, this,
            [exportTo] { exportTo(QStringLiteral("csv"), tr("CSV files (*.csv)"), &ReportsPage::exportCsv); });
    connect(pdfButton, &QPushButton::clicked, this,
            [exportTo] { exportTo(QStringLiteral("pdf"), tr("PDF files (*.pdf)"), &ReportsPage::exportPdf); });

    auto *filters = new QHBoxLayout;
    const auto labelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("&Venue:"), m_venue);
    labelled(tr("&Report:"), m_kind);
    labelled(tr("R&ange:"), m_preset);
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    filters->addWidget(showButton);
    filters->addStretch(1);
    // The exports below, beside the status: the filters keep the room for the venue's full name.
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(csvButton);
    footer->addWidget(pdfButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_tableView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 360, 240 });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);
    connect(connection, &ServerConnection::signedIn, this, [this] {
        if (isVisible())
            refresh();
    });
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_connection->isSignedIn())
        refresh();
}

std::pair<QDate, QDate> ReportsPage::presetRange(Preset preset, const QDate &today)
{
    switch (preset) {
    case Preset::ThisWeek: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return { monday, monday.addDays(6) };
    }
    case Preset::Last7Days:
        return { today.addDays(-6), today };
    case Preset::ThisMonth: {
        const QDate first(today.year(), today.month(), 1);
        return { first, first.addMonths(1).addDays(-1) };
    }
    case Preset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return { first, first.addMonths(1).addDays(-1) };
    }
    case Preset::Custom:
        break;
    }
    return {};
}

void ReportsPage::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    if (preset == Preset::Custom)
        return;
    const auto [first, last] = presetRange(preset, QDate::currentDate());
    m_settingRange = true;
    m_from->setDate(first);
    m_to->setDate(last);
    m_settingRange = false;
}

void ReportsPage::setRange(const QDate &first, const QDate &last)
{
    m_from->setDate(first);
    m_to->setDate(last);
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
}

QDate ReportsPage::firstDay() const
{
    return m_from->date();
}

QDate ReportsPage::lastDay() const
{
    return m_to->date();
}

void ReportsPage::setVenue(const QString &venueId)
{
    m_wantedVenue = venueId;
    if (const int index = m_venue->findData(venueId); index >= 0)
        m_venue->setCurrentIndex(index);
}

void ReportsPage::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

const ReportReply *ReportsPage::report() const
{
    return m_report.get();
}

const ReportTable &ReportsPage::table() const
{
    return *m_table;
}

QChart *ReportsPage::chart() const
{
    return m_chartView->chart();
}

QTableView *ReportsPage::tableView() const
{
    return m_tableView;
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}

void ReportsPage::refresh()
{
    m_loaded = true;
    if (m_venuesLoaded)
        ask();
    else
        loadVenues();
}

void ReportsPage::loadVenues()
{
    m_status->setText(tr("Loading…"));
    QPointer<ReportsPage> self(this);
    m_connection->ask<ListVenuesReply>(
        ListVenuesRequest {}, [self](const ListVenuesReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            if (error) {
                self->m_status->setText(tr("The venues could not be read: %1")
                                            .arg(error->message.isEmpty() ? errorCodeDescription(error->code)
                                                                          : error->message));
                Q_EMIT self->loaded();
                return;
            }
            const QString current = self->m_wantedVenue.isEmpty() ? self->m_venue->currentData().toString()
                                                                  : self->m_wantedVenue;
            self->m_venue->clear();
            for (const VenueSummary &v : reply->venues)
                self->m_venue->addItem(v.name, v.id);
            self->m_venue->setCurrentIndex(qMax(0, self->m_venue->findData(current)));
            self->m_venuesLoaded = true;
            Q_EMIT self->venuesLoaded();
            self->ask();
        });
}

void ReportsPage::ask()
{
    if (m_venue->count() == 0) {
        m_status->setText(tr("There is no venue yet."));
        Q_EMIT loaded();
        return;
    }
    if (m_from->date() > m_to->date()) {
        m_status->setText(tr("The range ends before it begins."));
        Q_EMIT loaded();
        return;
    }
    GetReportRequest request;
    request.kind = ReportKind(m_kind->currentData().toInt());
    request.venueId = m_venue->currentData().toString();
    request.from = m_from->date();
    request.to = m_to->date().addDays(1); // the last day included
    if (request.from.daysTo(request.to) > MaxReportDays) {
        m_status->setText(tr("A report covers at most %1 days.").arg(MaxReportDays));
        Q_EMIT loaded();
        return;
    }
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Loading…"));
    QPointer<ReportsPage> self(this);
    m_connection->ask<ReportReply>(request, [self, generation](const ReportReply *reply, const ErrorMessage *error) {
        if (!self || generation != self->m_generation)
            return;
        if (error)
            self->m_status->setText(
                tr("The report could not be read: %1")
                    .arg(error->message.isEmpty() ? errorCodeDescription(error->code) : error->message));
        else
            self->present(*reply);
        Q_EMIT self->loaded();
    });
}

void ReportsPage::present(const ReportReply &reply)
{
    m_report = std::make_unique<ReportReply>(reply);
    *m_table = ReportTable::fromReply(reply);
    fillTable();
    QChart *old = m_chartView->chart();
    QChart *chart = makeReportChart(reply.kind, *m_table);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView->setChart(chart);
    delete old; // setChart() does not delete the chart it replaces
    m_status->setText(reply.rowCount() == 0 ? tr("Nothing in this range.")
                                            : tr("%n row(s); times in the venue's timezone (%1).", nullptr,
                                                 int(reply.rowCount()))
                                                  .arg(reply.timezone));
}

void ReportsPage::fillTable()
{
    m_model->clear();
    QStringList headers;
    for (int c = 0; c < m_table->columns.size(); ++c)
        headers.append(m_table->header(c));
    m_model->setHorizontalHeaderLabels(headers);
    const auto append = [this](const QVariantList &row, bool bold) {
        QList<QStandardItem *> items;
        for (int c = 0; c < m_table->columns.size(); ++c) {
            auto *item = new QStandardItem(m_table->display(row.value(c), c));
            const ReportTable::Cell type = m_table->columns.at(c).type;
            if (type == ReportTable::Cell::Count || type == ReportTable::Cell::Money
                || type == ReportTable::Cell::Percent)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (bold) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            items.append(item);
        }
        m_model->appendRow(items);
    };
    for (const QVariantList &row : std::as_const(m_table->rows))
        append(row, false);
    append(m_table->totals, true);
    m_tableView->resizeColumnsToContents();
}

QString ReportsPage::rangeText() const
{
    if (!m_report)
        return QString();
    return tr("%1 to %2").arg(formatDate(m_report->from), formatDate(m_report->to.addDays(-1)));
}

bool ReportsPage::exportCheck()
{
    if (m_report)
        return true;
    m_status->setText(tr("There is no report to export yet."));
    return false;
}

bool ReportsPage::exportCsv(const QString &fileName)
{
    if (!exportCheck())
        return false;
    QString error;
    if (!writeReportCsv(fileName, *m_table, &error)) {
        m_status->setText(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

bool ReportsPage::exportPdf(const QString &fileName)
{
    if (!exportCheck())
        return false;
    ReportDocument document;
    document.title = ReportTable::title(m_report->kind);
    document.venue = m_venue->itemText(m_venue->findData(m_report->venueId));
    document.range = rangeText();
    document.generatedAt = QDateTime::currentDateTime();
    document.table = m_table.get();
    document.chart = m_chartView;
    QString error;
    if (!writeReportPdf(fileName, document, &error)) {
        m_status->setText(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

} // namespace Marquee
