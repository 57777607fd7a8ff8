// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkProxy>
#include <QString>

namespace meterscope {

// The proxy the API is reached through, kept in QSettings: the system proxy by default, none, or a
// manual HTTP proxy. No proxy password is stored.
struct NetworkSettings
{
    enum class Mode
    {
        System,
        NoProxy,
        Manual
    };
    Mode mode = Mode::System;
    QString host;
    quint16 port = 8080;

    static NetworkSettings load();
    void save() const;
    // The proxy for the manual and "no proxy" modes (use the system proxy when mode is System).
    [[nodiscard]] QNetworkProxy proxy() const;
};

} // namespace meterscope
