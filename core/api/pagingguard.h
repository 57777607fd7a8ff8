// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace meterscope {

// Decides, page by page, whether offset paging goes on, is done, or has gone wrong: a page that
// repeats items already seen, an empty page before the stated total, an absurd total, more pages
// than the ceiling. Paging stops at the stated total or at a short page.
class PagingGuard
{
public:
    struct Page
    {
        QStringList itemIds; // identities of the page's records (usable or not, in body order)
        int rawCount = 0;    // records on the page
        bool enveloped = false;
        qint64 totalCount = -1;
        int serverLimit = -1;
    };
    enum class Step
    {
        Continue,
        Done,
        Error
    };

    PagingGuard(int pageSize, int maxPages) : m_pageSize(pageSize), m_maxPages(maxPages) {}

    Step accept(const Page &page);
    // The offset of the next page to ask for (after Continue).
    [[nodiscard]] qint64 nextOffset() const { return m_received; }
    [[nodiscard]] int pagesSeen() const { return m_pages; }
    // Pages expected in total, -1 until a total is known.
    [[nodiscard]] int expectedPages() const;
    // Why paging failed (after Error), for the details.
    [[nodiscard]] QString problem() const { return m_problem; }

    static constexpr qint64 kAbsurdTotal = 10'000'000;

private:
    Step fail(const QString &problem);

    int m_pageSize;
    int m_maxPages;
    int m_pages = 0;
    qint64 m_received = 0;
    qint64 m_total = -1;
    QSet<QString> m_seen;
    QString m_problem;
};

} // namespace meterscope
