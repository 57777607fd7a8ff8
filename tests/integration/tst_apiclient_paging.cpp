// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/pagingguard.h"

#include <QTest>

using namespace meterscope;

Q_DECLARE_METATYPE(QList<meterscope::PagingGuard::Page>)

// The paging rules ApiClient follows, page by page, including the server misbehaviours the
// emulator cannot produce: it must end every list and never loop.
class TestApiClientPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagingEndsOrFails_data();
    void pagingEndsOrFails();
    void pageCeilingStopsAnEndlessList();
};

namespace {

PagingGuard::Page page(int first, int count, qint64 total = -1, int serverLimit = -1)
{
    PagingGuard::Page result;
    for (int i = first; i < first + count; ++i)
        result.itemIds.append(QString::number(i));
    result.rawCount = count;
    result.enveloped = total >= 0;
    result.totalCount = total;
    result.serverLimit = serverLimit;
    return result;
}

} // namespace

void TestApiClientPaging::pagingEndsOrFails_data()
{
    QTest::addColumn<QList<PagingGuard::Page>>("pages");
    QTest::addColumn<PagingGuard::Step>("last");
    QTest::addColumn<qint64>("nextOffset");
    using Step = PagingGuard::Step;
    // page size 10
    QTest::newRow("bare array shorter than a page") << QList{page(0, 7)} << Step::Done << qint64(7);
    QTest::newRow("bare array longer than a page: no paging")
        << QList{page(0, 25)} << Step::Done << qint64(25);
    QTest::newRow("full page then short page") << QList{page(0, 10), page(10, 3)} << Step::Done << qint64(13);
    QTest::newRow("full page then empty page") << QList{page(0, 10), page(10, 0)} << Step::Done << qint64(10);
    QTest::newRow("total reached") << QList{page(0, 10, 15), page(10, 5, 15)} << Step::Done << qint64(15);
    QTest::newRow("server clamps the page size")
        << QList{page(0, 4, 10, 4), page(4, 4, 10, 4), page(8, 2, 10, 4)} << Step::Done << qint64(10);
    QTest::newRow("total not yet reached") << QList{page(0, 10, 25)} << Step::Continue << qint64(10);
    QTest::newRow("empty list") << QList{page(0, 0, 0)} << Step::Done << qint64(0);
    QTest::newRow("same page twice") << QList{page(0, 10, 30), page(0, 10, 30)} << Step::Error << qint64(10);
    QTest::newRow("overlapping page") << QList{page(0, 10), page(5, 10)} << Step::Error << qint64(10);
    QTest::newRow("empty page before the total")
        << QList{page(0, 10, 30), page(10, 0, 30)} << Step::Error << qint64(10);
    QTest::newRow("more items than the total") << QList{page(0, 10, 5)} << Step::Error << qint64(10);
    QTest::newRow("absurd total") << QList{page(0, 10, qint64(1) << 40)} << Step::Error << qint64(0);
}

void TestApiClientPaging::pagingEndsOrFails()
{
    QFETCH(QList<PagingGuard::Page>, pages);
    QFETCH(PagingGuard::Step, last);
    QFETCH(qint64, nextOffset);
    PagingGuard guard(10, 100);
    PagingGuard::Step step = PagingGuard::Step::Continue;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        step = guard.accept(pages[i]);
        if (i + 1 < pages.size())
            QCOMPARE(step, PagingGuard::Step::Continue);
    }
    QCOMPARE(step, last);
    QCOMPARE(guard.nextOffset(), nextOffset);
    QCOMPARE(guard.problem().isEmpty(), last != PagingGuard::Step::Error);
}

void TestApiClientPaging::pageCeilingStopsAnEndlessList()
{
    PagingGuard guard(10, 5);
    PagingGuard::Step step = PagingGuard::Step::Continue;
    int pages = 0;
    while (step == PagingGuard::Step::Continue && pages < 1000)
        step = guard.accept(page(pages++ * 10, 10)); // always a full page of new items
    QCOMPARE(step, PagingGuard::Step::Error);
    QCOMPARE(pages, 5);
    QVERIFY(guard.problem().contains(QStringLiteral("5 pages")));
}

QTEST_GUILESS_MAIN(TestApiClientPaging)
#include "tst_apiclient_paging.moc"
