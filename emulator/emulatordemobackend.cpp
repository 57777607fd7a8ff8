// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/emulatordemobackend.h"

#include "emulator/emulatorserver.h"

namespace meterscope::emulator {

namespace {

EmulatorOptions demoOptions(EmulatorOptions options)
{
    options.quiet = true;
    options.port = 0;
    return options;
}

} // namespace

EmulatorDemoBackend::EmulatorDemoBackend(const EmulatorOptions &options)
    : m_server(std::make_unique<EmulatorServer>(demoOptions(options)))
{
}

EmulatorDemoBackend::~EmulatorDemoBackend() = default;

DemoBackendFactory EmulatorDemoBackend::factory(const EmulatorOptions &options)
{
    return [options] { return std::make_shared<EmulatorDemoBackend>(options); };
}

bool EmulatorDemoBackend::start(QString *error)
{
    return m_server->start(error);
}

ApiProfile EmulatorDemoBackend::servedProfile() const
{
    return m_server->servedProfile();
}

QString EmulatorDemoBackend::personalAccessToken() const
{
    return m_server->demoPat();
}

QDateTime EmulatorDemoBackend::now() const
{
    return m_server->now();
}

} // namespace meterscope::emulator
