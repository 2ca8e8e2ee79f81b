#pragma once

// offLoop(): CPU-heavy work (password hashing, layout checks) on a thread pool, then its result
// back on the event loop of a QObject.

#include <QtCore/QMetaObject>
#include <QtCore/QObject>
#include <QtCore/QStringBuilder>
#include <QtCore/QThreadPool>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

#if defined(__SANITIZE_THREAD__)
#define MARQUEE_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define MARQUEE_TSAN 1
#endif
#endif

#ifdef MARQUEE_TSAN
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
extern "C" void __tsan_ignore_thread_begin();
extern "C" void __tsan_ignore_thread_end();
#endif

namespace Marquee {

namespace OffLoopDetail {

// ThreadSanitizer cannot see the system Qt's locks (QMutex is a futex inside an uninstrumented
// library), so it does not know that QThreadPool::start() happens before the job runs, nor that a
// queued QMetaObject::invokeMethod() happens before its call on the loop. A job's Handoff states
// those two edges and nothing else: a race of the job with anything else is still reported
// (tests/server/tsan_canary.cpp proves it). Without ThreadSanitizer all of this does nothing.
struct Handoff
{
};
using HandoffPtr = std::shared_ptr<Handoff>;

// Not recorded: reads and writes that the job's edges order but that TSan would see before the
// edge (the pointer to the Handoff itself; Qt's copy of the continuation inside its queued call).
struct UnrecordedScope
{
#ifdef MARQUEE_TSAN
    UnrecordedScope() { __tsan_ignore_thread_begin(); }
    ~UnrecordedScope() { __tsan_ignore_thread_end(); }
#else
    UnrecordedScope() = default;
#endif
    UnrecordedScope(const UnrecordedScope &) = delete;
    UnrecordedScope &operator=(const UnrecordedScope &) = delete;
};

// QT_USE_QSTRINGBUILDER makes `a + b` of two QStrings a QStringBuilder: a lazy expression that
// refers to its operands. A job returning one (a lambda with a deduced return type) would hand the
// loop references to the job's dead temporaries.
template<typename T>
inline constexpr bool isStringBuilder = false;
template<typename A, typename B>
inline constexpr bool isStringBuilder<QStringBuilder<A, B>> = true;

inline void release([[maybe_unused]] const HandoffPtr &handoff)
{
#ifdef MARQUEE_TSAN
    __tsan_release(handoff.get());
#endif
}

inline void acquire([[maybe_unused]] const HandoffPtr &handoff)
{
#ifdef MARQUEE_TSAN
    Handoff *key = nullptr;
    {
        [[maybe_unused]] const UnrecordedScope unrecorded;
        key = handoff.get();
    }
    __tsan_acquire(key);
#endif
}

} // namespace OffLoopDetail

// Runs work() on pool, then done(result) (done() if work returns nothing) on context's thread.
// context must outlive the pool's jobs (SyncServer's destructor waits for its pool).
template<typename Work, typename Done>
void offLoop(QThreadPool *pool, QObject *context, Work work, Done done)
{
    static_assert(!OffLoopDetail::isStringBuilder<std::decay_t<std::invoke_result_t<Work &>>>,
                  "offLoop(): the work returns a QStringBuilder, which refers to its temporaries: return a QString");
    auto handoff = std::make_shared<OffLoopDetail::Handoff>();
    using OffLoopDetail::acquire, OffLoopDetail::release;
    std::function<void()> job = [handoff, context, work = std::move(work), done = std::move(done)]() mutable {
        acquire(handoff);
        if constexpr (std::is_void_v<std::invoke_result_t<Work &>>) {
            work();
            release(handoff);
            [[maybe_unused]] const OffLoopDetail::UnrecordedScope unrecorded;
            QMetaObject::invokeMethod(
                context, [handoff, done = std::move(done)]() mutable {
                    acquire(handoff);
                    done();
                }, Qt::QueuedConnection);
        } else {
            auto result = work();
            release(handoff);
            [[maybe_unused]] const OffLoopDetail::UnrecordedScope unrecorded;
            QMetaObject::invokeMethod(
                context, [handoff, done = std::move(done), result = std::move(result)]() mutable {
                    acquire(handoff);
                    done(std::move(result));
                }, Qt::QueuedConnection);
        }
    };
    release(handoff);
    pool->start(std::move(job));
}

} // namespace Marquee
