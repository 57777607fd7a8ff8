// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/demobackend.h"
#include "emulator/emulatoroptions.h"

namespace meterscope::emulator {

class EmulatorServer;

// The bundled emulator as the desktop application's demo: a quiet EmulatorServer on a free port.
class EmulatorDemoBackend final : public DemoBackend
{
public:
    explicit EmulatorDemoBackend(const EmulatorOptions &options);
    ~EmulatorDemoBackend() override;

    // A factory for AccountController::setDemoBackendFactory() with these options.
    static DemoBackendFactory factory(const EmulatorOptions &options = EmulatorOptions());

    bool start(QString *error) override;
    [[nodiscard]] ApiProfile servedProfile() const override;
    [[nodiscard]] QString personalAccessToken() const override;
    [[nodiscard]] QDateTime now() const override;

    // The server itself, for tests that inject faults or stop it.
    [[nodiscard]] EmulatorServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<EmulatorServer> m_server;
};

} // namespace meterscope::emulator
