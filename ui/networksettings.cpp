// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networksettings.h"

#include <QSettings>

namespace meterscope {

NetworkSettings NetworkSettings::load()
{
    QSettings settings;
    NetworkSettings s;
    const QString mode =
        settings.value(QStringLiteral("network/proxyMode"), QStringLiteral("system")).toString();
    s.mode = mode == QLatin1String("manual") ? Mode::Manual
             : mode == QLatin1String("none") ? Mode::NoProxy
                                             : Mode::System;
    s.host = settings.value(QStringLiteral("network/proxyHost")).toString();
    s.port = quint16(settings.value(QStringLiteral("network/proxyPort"), 8080).toUInt());
    return s;
}

void NetworkSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("network/proxyMode"), mode == Mode::Manual ? QStringLiteral("manual")
                                                           : mode == Mode::NoProxy
                                                               ? QStringLiteral("none")
                                                               : QStringLiteral("system"));
    settings.setValue(QStringLiteral("network/proxyHost"), host);
    settings.setValue(QStringLiteral("network/proxyPort"), port);
}

QNetworkProxy NetworkSettings::proxy() const
{
    if (mode == Mode::Manual && !host.isEmpty())
        return QNetworkProxy(QNetworkProxy::HttpProxy, host, port);
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

} // namespace meterscope
