// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

namespace meterscope {

// One parsed single-record body (GET /sites/{id}, GET …/meters/{id}).
template <typename T> struct ParsedItem
{
    T value;
    ApiError error; // BadData when the body or its required fields are unusable
};

} // namespace meterscope
