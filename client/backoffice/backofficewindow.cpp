#include "backofficewindow.h"

#include "auditpage.h"
#include "changepassworddialog.h"
#include "connectionbanner.h"
#include "pricespage.h"
#include "programmepage.h"
#include "seatspage.h"
#include "reportspage.h"
#include "serverconnection.h"
#include "titlespage.h"
#include "userspage.h"
#include "webhookspage.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

BackOfficeWindow::BackOfficeWindow(ServerConnection *connection, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_navigation(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_users(new UsersPage(connection))
    , m_audit(new AuditPage(connection))
    , m_seats(new SeatsPage(connection))
    , m_programme(new ProgrammePage(connection))
    , m_titles(new TitlesPage(connection))
    , m_prices(new PricesPage(connection))
    , m_reports(new ReportsPage(connection))
    , m_webhooks(new WebhooksPage(connection))
{
    setWindowTitle(tr("Marquee back office"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *central = new QWidget;
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(new ConnectionBanner(connection));
    auto *row = new QHBoxLayout;
    row->addWidget(m_navigation);
    row->addWidget(m_pages, 1);
    column->addLayout(row, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    addPage(tr("Users"), m_users);
    addPage(tr("Audit log"), m_audit);
    addPage(tr("Seats"), m_seats);
    addPage(tr("Programme"), m_programme);
    addPage(tr("Titles"), m_titles);
    addPage(tr("Prices"), m_prices);
    addPage(tr("Reports"), m_reports);
    m_webhooksIndex = addPage(tr("Webhooks"), m_webhooks);
    showPage(0);
    // Webhooks are the admins': the page is listed while an admin is signed in.
    const auto listWebhooks = [this](const SessionReply &session) {
        const bool admin = session.user.role == Role::Admin;
        m_navigation->item(m_webhooksIndex)->setHidden(!admin);
        if (!admin && currentPage() == m_webhooksIndex)
            showPage(0);
    };
    listWebhooks(connection->session());
    connect(connection, &ServerConnection::signedIn, this, listWebhooks);
    connect(connection, &ServerConnection::resumed, this, listWebhooks);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Change my &password…"), this,
                    [this] { ChangePasswordDialog::run(m_connection, this); });
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    resize(1000, 640);
}

BackOfficeWindow::~BackOfficeWindow() = default;

int BackOfficeWindow::addPage(const QString &title, QWidget *page)
{
    m_navigation->addItem(title);
    // As wide as the longest page name (in any language), never a sideways scroll.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 16);
    return m_pages->addWidget(page);
}

void BackOfficeWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

int BackOfficeWindow::currentPage() const
{
    return m_pages->currentIndex();
}

bool BackOfficeWindow::isPageListed(int index) const
{
    const QListWidgetItem *item = m_navigation->item(index);
    return item && !item->isHidden();
}

int BackOfficeWindow::pageCount() const
{
    return m_pages->count();
}

int BackOfficeWindow::pageIndex(const QWidget *page) const
{
    return m_pages->indexOf(page);
}

} // namespace Marquee
