// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace meterscope {

// The line under the site search: how many sites and meters match, and how many sites the search
// could not look into because their meters are not loaded yet, with a "Search all meters" link that
// loads them. Their names are in the tooltip.
class SearchStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchStatusLabel)
public:
    explicit SearchStatusLabel(QWidget *parent = nullptr);

    // `unsearchedSites`: the names of the sites whose meters are not loaded; `loading`: they are being
    // loaded now (no link then).
    void showResult(int matches, const QStringList &unsearchedSites, bool loading);

    // "meters of 3 sites not loaded yet", or empty when every site was searched.
    [[nodiscard]] static QString unsearchedText(qsizetype siteCount, bool loading);

Q_SIGNALS:
    void searchAllRequested();
};

} // namespace meterscope
