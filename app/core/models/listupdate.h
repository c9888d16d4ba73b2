#pragma once

#include <QList>

#include <algorithm>

// How a list shown in a view changed, so that a model can emit precise row signals: rows
// appended at the end, removed from the end or changed in place keep the view's scroll position
// and selection (a refresh that brings one new comment must not jump the thread to the top).
// Anything else (another ticket, rows reordered or removed from the middle) is a reset, because
// then nothing in the view can be kept meaningfully anyway.

namespace Ankra {

struct ListUpdate
{
    bool reset = false;
    // Rows, in both lists, whose item is the same but whose content changed (-1: none).
    qsizetype changedFirst = -1;
    qsizetype changedLast = -1;
    // Rows appended at the end (indexes in the new list) or removed from the end (in the old).
    qsizetype insertFirst = -1;
    qsizetype insertLast = -1;
    qsizetype removeFirst = -1;
    qsizetype removeLast = -1;
};

// `same(a, b)`: the same item (same id); `equal(a, b)`: same content. Linear in the list sizes.
template<typename T, typename Same, typename Equal>
ListUpdate planListUpdate(const QList<T> &before, const QList<T> &after, Same same, Equal equal)
{
    ListUpdate plan;
    if (before.isSharedWith(after))
        return plan;
    const qsizetype common = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < common && same(before.at(prefix), after.at(prefix)))
        ++prefix;
    if (prefix != before.size() && prefix != after.size()) {
        plan.reset = true;
        return plan;
    }
    for (qsizetype i = 0; i < prefix; ++i) {
        if (!equal(before.at(i), after.at(i))) {
            if (plan.changedFirst < 0)
                plan.changedFirst = i;
            plan.changedLast = i;
        }
    }
    if (after.size() > before.size()) {
        plan.insertFirst = before.size();
        plan.insertLast = after.size() - 1;
    } else if (after.size() < before.size()) {
        plan.removeFirst = after.size();
        plan.removeLast = before.size() - 1;
    }
    return plan;
}

} // namespace Ankra
