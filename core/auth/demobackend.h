// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiprofile.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace meterscope {

// The server behind "Try the demo": started in-process on 127.0.0.1 when someone picks the demo.
// The desktop application provides it (the bundled emulator); the sign-in and the widgets only know
// this interface, so they neither link nor outlive the emulator.
class DemoBackend
{
public:
    DemoBackend() = default;
    DemoBackend(const DemoBackend &) = delete;
    DemoBackend &operator=(const DemoBackend &) = delete;
    virtual ~DemoBackend() = default;

    // Binds a free loopback port. False with a reason when it cannot.
    virtual bool start(QString *error) = 0;
    // The API profile it serves (base URL on its own origin).
    [[nodiscard]] virtual ApiProfile servedProfile() const = 0;
    // A personal access token that reads the whole demo portfolio.
    [[nodiscard]] virtual QString personalAccessToken() const = 0;
    // The demo's clock: what "today" is for its data (fixed for screenshots and tests).
    [[nodiscard]] virtual QDateTime now() const = 0;
};

// Makes a new, not yet started demo backend.
using DemoBackendFactory = std::function<std::shared_ptr<DemoBackend>()>;

} // namespace meterscope
