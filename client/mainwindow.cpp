#include "mainwindow.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Marquee Box Office"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *welcome = new QLabel(tr("Marquee Box Office"), central);
    QFont big = welcome->font();
    big.setPointSize(big.pointSize() * 2);
    big.setBold(true);
    welcome->setFont(big);
    welcome->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("The seat map appears here once the box office is connected to a server."), central);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    layout->addStretch();
    layout->addWidget(welcome);
    layout->addWidget(hint);
    layout->addStretch();
    setCentralWidget(central);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    setConnectionState(ConnectionState::Offline);
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

QString MainWindow::connectionText() const
{
    switch (m_state) {
    case ConnectionState::Offline:
        return tr("Offline");
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Connected:
        return tr("Connected");
    case ConnectionState::Reconnecting:
        return tr("Reconnecting…");
    }
    return {};
}

void MainWindow::setConnectionState(ConnectionState state)
{
    m_state = state;
    m_connectionLabel->setText(QStringLiteral("● ") + connectionText());
    const bool good = state == ConnectionState::Connected;
    m_connectionLabel->setStyleSheet(good ? QStringLiteral("color: #1b7f3b; font-weight: bold;")
                                          : QStringLiteral("color: #b00020; font-weight: bold;"));
}

} // namespace Marquee
