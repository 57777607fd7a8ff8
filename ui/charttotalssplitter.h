// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

class QTableView;

namespace meterscope {

// The chart above its totals table, with a handle between them. Until the user drags the handle, the
// table is as tall as its rows need (up to a cap), the chart keeping most of the height; after that,
// the user's split is kept (and saved). The table never gets shorter than its header and two rows.
class ChartTotalsSplitter final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartTotalsSplitter)
public:
    // Takes both widgets; `table` must have its model already.
    ChartTotalsSplitter(QWidget *chart, QTableView *table, QWidget *parent = nullptr);

    // The height that shows the header and `rows` rows without scrolling.
    [[nodiscard]] int tableHeightFor(int rows) const;
    [[nodiscard]] bool isUserSized() const { return m_userSized; }
    // Empty unless the user has set the split.
    [[nodiscard]] QByteArray saveUserState() const;
    void restoreUserState(const QByteArray &state);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitTable();

    QTableView *m_table;
    bool m_userSized = false;
};

} // namespace meterscope
