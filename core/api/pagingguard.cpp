// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/pagingguard.h"

#include <QCoreApplication>

namespace meterscope {

PagingGuard::Step PagingGuard::fail(const QString &problem)
{
    m_problem = problem;
    return Step::Error;
}

int PagingGuard::expectedPages() const
{
    if (m_total < 0 || m_pageSize <= 0)
        return -1;
    return int(qMax<qint64>(1, (m_total + m_pageSize - 1) / m_pageSize));
}

PagingGuard::Step PagingGuard::accept(const Page &page)
{
    ++m_pages;
    if (page.totalCount > kAbsurdTotal)
        return fail(QCoreApplication::translate("PagingGuard",
                                                "The server states %1 items, more than any portfolio holds.")
                        .arg(page.totalCount));
    for (const QString &id : page.itemIds) {
        if (id.isEmpty())
            continue;
        if (m_seen.contains(id))
            return fail(
                QCoreApplication::translate("PagingGuard", "Page %1 repeats item %2 of an earlier page.")
                    .arg(m_pages)
                    .arg(id));
        m_seen.insert(id);
    }
    m_received += page.rawCount;
    if (page.totalCount >= 0)
        m_total = page.totalCount;
    if (m_total >= 0) {
        if (m_received > m_total)
            return fail(QCoreApplication::translate("PagingGuard",
                                                    "The server sent %1 items but states a total of %2.")
                            .arg(m_received)
                            .arg(m_total));
        if (m_received == m_total)
            return Step::Done;
        if (page.rawCount == 0)
            return fail(QCoreApplication::translate("PagingGuard",
                                                    "Page %1 is empty although %2 of %3 items are missing.")
                            .arg(m_pages)
                            .arg(m_total - m_received)
                            .arg(m_total));
    } else {
        const int limit = page.serverLimit > 0 ? page.serverLimit : m_pageSize;
        // A short page ends a list without a total; a longer one means the server does not page.
        if (page.rawCount != limit)
            return Step::Done;
    }
    if (m_pages >= m_maxPages)
        return fail(
            QCoreApplication::translate("PagingGuard", "The list did not end after %1 pages.").arg(m_pages));
    return Step::Continue;
}

} // namespace meterscope
