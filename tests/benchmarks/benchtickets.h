#pragma once

#include <QList>

// The tickets every benchmark measures, shared by the server tool, the in-process benchmarks
// and the runner so that they all talk about the same bytes. Attachments grow with the thread
// (a tenth of the comments, at least one), so the largest has the 500 the issue asks for.

namespace Ankra::Bench {

struct TicketSize
{
    int comments;
    int attachments;
    // Different seeds give different ticket ids for the server.
    unsigned seed() const { return unsigned(comments) * 7919u + 17u; }
};

inline int attachmentsFor(int comments)
{
    return comments / 10 > 1 ? comments / 10 : 1;
}

// The sizes the goals name: a typical ticket (1 and 100 comments) and a huge one.
inline QList<TicketSize> reportedSizes()
{
    return {{1, attachmentsFor(1)}, {100, attachmentsFor(100)}, {5000, attachmentsFor(5000)}};
}

// Extra points for the slope (cost per comment), in the same family.
inline QList<TicketSize> slopeSizes()
{
    return {{1, attachmentsFor(1)},
            {100, attachmentsFor(100)},
            {1000, attachmentsFor(1000)},
            {2500, attachmentsFor(2500)},
            {5000, attachmentsFor(5000)}};
}

} // namespace Ankra::Bench
