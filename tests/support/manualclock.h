#pragma once

#include "core/refresh/refreshclock.h"

// A test clock for the RefreshScheduler: time moves only in advance(), and a wake-up that falls
// due inside it runs there, at its own time, so tests of intervals need no sleep.

namespace Ankra::Test {

class ManualClock final : public RefreshClock
{
public:
    qint64 now() const override { return m_now; }
    void wakeAt(qint64 at) override { m_wakeAt = at; }
    void cancelWake() override { m_wakeAt = -1; }

    // The armed wake-up, -1 when none.
    qint64 wakeTime() const { return m_wakeAt; }

    // Moves time on by `ms`, running every wake-up that falls due on the way.
    void advance(qint64 ms)
    {
        const qint64 end = m_now + ms;
        while (m_wakeAt >= 0 && m_wakeAt <= end) {
            m_now = qMax(m_now, m_wakeAt);
            m_wakeAt = -1;
            wake();
        }
        m_now = end;
    }
    // Runs a wake-up that is due now (after something re-armed the clock at the present).
    void advanceTo(qint64 at) { advance(qMax<qint64>(0, at - m_now)); }

private:
    qint64 m_now = 1000;
    qint64 m_wakeAt = -1;
};

} // namespace Ankra::Test
