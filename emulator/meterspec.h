// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <vector>

namespace meterscope::emulator {

// One generated meter. Meters are produced on request from (seed, site index), never stored.
struct MeterSpec
{
    // The physical meter: decides the commodity and the shape of its load.
    enum class Kind
    {
        MainElectricity,
        SubMeter,
        Gas,
        Water,
        DistrictHeating,
        ChilledWater,
        Solar
    };

    // One measurement: its values are the meter's primary quantity per interval times `scale`.
    struct Measurement
    {
        QByteArray id;
        QByteArray name;
        QByteArray unit;
        QByteArray key;
        double scale = 1.0;
        bool mean = false; // a rate (kW): aggregated as a mean, not a sum
    };

    int siteIndex = 0;
    int index = 0;
    Kind kind = Kind::MainElectricity;
    QByteArray id;
    QByteArray name;
    QByteArray gatewayId;
    QByteArray commodity;
    QByteArray usage;
    QByteArray parentMeterId;
    double share = 1.0; // sub-meters: their share of the site load
    quint64 stream = 0; // the meter's own hash stream (noise, gaps, corrections)
    std::vector<Measurement> measurements;

    [[nodiscard]] bool isElectricity() const
    {
        return kind == Kind::MainElectricity || kind == Kind::SubMeter;
    }
};

} // namespace meterscope::emulator
