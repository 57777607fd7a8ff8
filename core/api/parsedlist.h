// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QList>

namespace meterscope {

// One parsed list body (or one page of it): the records that were usable, how many were skipped
// because a required field was missing or unusable, and the envelope's paging facts when present.
template <typename T> struct ParsedList
{
    QList<T> items;
    int skipped = 0;
    int rawCount = 0;       // records in the body, usable or not
    bool enveloped = false; // {"items":[…],"totalCount":…} or a named key rather than a bare array
    qint64 totalCount = -1; // -1: the body does not say
    int serverLimit = -1;   // the page size the server says it used; -1: not given
    ApiError error;         // BadData when the body as a whole is unusable
};

} // namespace meterscope
