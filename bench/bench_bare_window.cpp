// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The floor of goal G1: a bare Qt Widgets process (Qt Widgets only, none of Meterscope's libraries)
// that shows an empty QMainWindow of the main window's size, prints on stderr the milliseconds from
// the start of main() to the end of its first paint ("first-paint-ms: 9.8") and exits at once, as
// `meterscope --report-first-paint` does. bench/run.sh times both whole processes with hyperfine.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer &sinceMain) : m_window(window), m_sinceMain(sinceMain) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && (widget == m_window || m_window->isAncestorOf(widget))) {
                m_seen = true;
                QTimer::singleShot(0, this, [this] {
                    std::fprintf(stderr, "first-paint-ms: %.1f\n", double(m_sinceMain.nsecsElapsed()) / 1e6);
                    std::fflush(stderr);
                    std::_Exit(0);
                });
            }
        }
        return false;
    }

private:
    QWidget *m_window;
    const QElapsedTimer &m_sinceMain;
    bool m_seen = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.resize(1300, 860);
    FirstPaint firstPaint(&window, sinceMain);
    app.installEventFilter(&firstPaint);
    window.show();
    return QApplication::exec();
}
