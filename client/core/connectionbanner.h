#pragma once

#include <QtWidgets/QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace Marquee {

class ServerConnection;

// A bar across the top of the main window while the terminal works without its server: which
// server cannot be reached and why, that it keeps trying (and when next), and that the shows and
// maps are as last seen. While connected but not signed in it offers the sign-in instead.
// Hidden while all is well.
class ConnectionBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBanner)

public:
    explicit ConnectionBanner(ServerConnection *connection, QWidget *parent = nullptr);
    ~ConnectionBanner() override;

    QString text() const;

Q_SIGNALS:
    void signInRequested();

private:
    void refresh();

    ServerConnection *m_connection;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_signIn;
    QTimer *m_tick;
};

} // namespace Marquee
