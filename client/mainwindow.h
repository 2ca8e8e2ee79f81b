#pragma once

#include <QtWidgets/QMainWindow>

class QLabel;

namespace Marquee {

// The box-office main window. Its connection state is always visible in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class ConnectionState { Offline, Connecting, Connected, Reconnecting };
    Q_ENUM(ConnectionState)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setConnectionState(ConnectionState state);
    ConnectionState connectionState() const { return m_state; }
    QString connectionText() const;

private:
    QLabel *m_connectionLabel = nullptr;
    ConnectionState m_state = ConnectionState::Offline;
};

} // namespace Marquee
