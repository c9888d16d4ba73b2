#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace Ankra {

// Time as the RefreshScheduler sees it: a monotonic clock in milliseconds and one wake-up at a
// time. The scheduler asks for now() and arms the next wake-up; tests give it a clock of their
// own that moves only when they advance it (tests/support/manualclock.h), so no test sleeps.
class RefreshClock
{
public:
    RefreshClock() = default;
    virtual ~RefreshClock() = default;
    Q_DISABLE_COPY_MOVE(RefreshClock)

    virtual qint64 now() const = 0;
    // Calls the wake handler once, at `at` (a now() value) or soon after; replaces the wake-up
    // armed before.
    virtual void wakeAt(qint64 at) = 0;
    virtual void cancelWake() = 0;

    void setWakeHandler(std::function<void()> handler) { m_wake = std::move(handler); }

protected:
    void wake() const
    {
        if (m_wake)
            m_wake();
    }

private:
    std::function<void()> m_wake;
};

// The real clock: QElapsedTimer, and one single-shot coarse QTimer (the intervals are jittered
// by seconds anyway).
class SystemRefreshClock final : public RefreshClock
{
public:
    SystemRefreshClock()
    {
        m_elapsed.start();
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::CoarseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { wake(); });
    }

    qint64 now() const override { return m_elapsed.elapsed(); }
    void wakeAt(qint64 at) override
    {
        m_timer.start(std::chrono::milliseconds(qMax<qint64>(0, at - now())));
    }
    void cancelWake() override { m_timer.stop(); }

private:
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

} // namespace Ankra
