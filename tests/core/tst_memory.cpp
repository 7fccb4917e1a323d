// The allocator settings the window starts with (core::limitAllocatorRetention).
#include "instance/memory.h"

#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

class MemoryTest : public QObject
{
    Q_OBJECT

private slots:
    void smallBlocksFreedOnAWorkerAreNotLeftForTheWindowToSweep();
};

void MemoryTest::smallBlocksFreedOnAWorkerAreNotLeftForTheWindowToSweep()
{
#if !defined(__GLIBC__)
    QSKIP("only glibc's allocator keeps fast bins");
#else
    core::limitAllocatorRetention();
    // A long log parsed on a worker: 100,000 events, a few small blocks each,
    // freed on another worker once its answer is merged. Left in the fast
    // bins, they would be swept up (20-40 ms) by the next thread to ask for a
    // large block: often the window's, in the middle of a paint.
    std::vector<void *> blocks(300000);
    std::unique_ptr<QThread> parser(QThread::create([&blocks] {
        for (size_t i = 0; i < blocks.size(); ++i)
            blocks[i] = malloc(24 + 8 * (i % 10));
    }));
    parser->start();
    QVERIFY(parser->wait(30000));
    std::unique_ptr<QThread> freer(QThread::create([&blocks] {
        for (void *block : blocks)
            free(block);
    }));
    freer->start();
    QVERIFY(freer->wait(30000));
    QCOMPARE(mallinfo2().fsmblks, size_t(0));
#endif
}

QTEST_GUILESS_MAIN(MemoryTest)
#include "tst_memory.moc"
