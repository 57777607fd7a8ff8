// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/meterspec.h"
#include "emulator/sitespec.h"

#include <QHash>
#include <QTimeZone>

#include <vector>

namespace meterscope::emulator {

// The generated portfolio. Sites are built once at start (a few KB each, so 5,000 are cheap);
// the meters of a site are produced on request from (seed, site index), so a 100,000-meter
// portfolio costs no memory. The first twelve sites are the hand-written demo sites.
class Portfolio
{
public:
    Portfolio(quint64 seed, int siteCount, int metersPerSite);

    [[nodiscard]] quint64 seed() const { return m_seed; }
    [[nodiscard]] int siteCount() const { return int(m_sites.size()); }
    [[nodiscard]] const SiteSpec &site(int index) const { return m_sites[size_t(index)]; }
    // -1 when no site has this id.
    [[nodiscard]] int siteIndex(const QByteArray &id) const { return m_indexById.value(id, -1); }
    [[nodiscard]] std::vector<MeterSpec> meters(int siteIndex) const;
    [[nodiscard]] QTimeZone zone(const SiteSpec &site) const { return m_zones.value(site.timeZoneId); }
    // The one meter in the portfolio whose register was reset: the UTC start of the interval that
    // carries the large negative delta, or -1 for every other meter.
    [[nodiscard]] qint64 counterResetAt(const MeterSpec &meter) const;

private:
    SiteSpec makeSite(int index) const;
    MeterSpec makeMeter(const SiteSpec &site, int meterIndex, MeterSpec::Kind kind, int ordinal,
                        const QByteArray &mainId) const;

    quint64 m_seed;
    int m_metersPerSite;
    std::vector<SiteSpec> m_sites;
    QHash<QByteArray, int> m_indexById;
    QHash<QByteArray, QTimeZone> m_zones;
};

} // namespace meterscope::emulator
