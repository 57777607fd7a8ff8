// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace meterscope {

class DetailsModel;
struct Meter;
struct Site;

// Every attribute of the selected site or meter, in a table whose rows copy to the clipboard as
// "attribute<TAB>value" (Ctrl+C for the selection, or the Copy all button).
class DetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)
public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void showSite(const Site &site);
    void showMeter(const Meter &meter, const Site &site);
    void clear();
    [[nodiscard]] DetailsModel *model() const { return m_model; }
    void copySelection() const;
    void copyAll() const;

private:
    DetailsModel *m_model;
    QTableView *m_table;
    QLabel *m_heading;
};

} // namespace meterscope
