// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartloadstatus.h"

#include <QTimer>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace meterscope {

// Says over the chart what its data is doing, with what can be done about it: loading (Cancel),
// waiting to try a request again (the reason and the seconds left), failed (the reason, Details,
// Retry) or stopped (Load again). While nothing of the new chart is there yet, it covers the chart
// it replaces, dimmed, with its sentence in the middle; once the new chart is partly drawn, it is a
// strip at the top that leaves the chart readable. Idle, it is hidden: the chart, or the chart's own
// "No data in this range.", speaks for itself.
class ChartStatusOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartStatusOverlay)
public:
    explicit ChartStatusOverlay(QWidget *parent = nullptr);

    // `chartShown`: the chart under it shows data; `previousChart`: that data is the previous
    // request's (nothing of this one arrived yet).
    void setStatus(const ChartLoadStatus &status, bool chartShown, bool previousChart);
    [[nodiscard]] const ChartLoadStatus &status() const { return m_status; }
    // Over the whole `area` of the parent (dimming what is under it), or a strip at its top.
    void place(const QRect &area);
    // The sentence shown (plain text), for the status line and tests.
    [[nodiscard]] QString text() const;
    // Covers the chart (the sentence in the middle) rather than a strip at the top.
    [[nodiscard]] bool coversChart() const { return m_covers; }
    // The chart under it is dimmed: it is the previous request's, or stopped, or failed.
    [[nodiscard]] bool dimsChart() const { return m_dims; }

Q_SIGNALS:
    void cancelRequested();
    void retryRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    void updateColors();
    [[nodiscard]] static QString seconds(qint64 ms);

    QFrame *m_card;
    QLabel *m_text;
    QLabel *m_details;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_detailsButton;
    QTimer m_tick; // counts the seconds shown
    ChartLoadStatus m_status;
    bool m_chartShown = false;
    bool m_previousChart = false;
    bool m_covers = false;
    bool m_dims = false;
    QRect m_area;
};

} // namespace meterscope
