#!/usr/bin/env node
// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// End to end, as a new user would: `meterscope-cli login` against a running `meterscope-emulator`, with
// headless Chromium (browser.js) as the browser that clicks "Authorize access" on the consent page;
// then `sites` without METERSCOPE_TOKEN lists the portfolio from the session restored from the keychain
// with no browser; `logout` forgets it; "Do not authorize" ends with the denial message.
// Usage: node signin.test.js <meterscope-cli> <meterscope-emulator>
'use strict';

const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [cli, emulatorPath] = process.argv.slice(2);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'meterscope-e2e-'));
const browserLog = path.join(work, 'browser.log');
const strayBrowserMarker = path.join(work, 'stray-browser');
const browserCommand = `node ${path.join(__dirname, 'browser.js')}`;
let failures = 0;

function check(ok, what, detail) {
  console.log(`${ok ? 'ok' : 'not ok'} - ${what}`);
  if (!ok) {
    failures++;
    if (detail)
      console.log(`  ${String(detail).trim().split('\n').join('\n  ')}`);
  }
}

function browserEntries() {
  if (!fs.existsSync(browserLog))
    return [];
  return fs.readFileSync(browserLog, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

function runCli(baseUrl, args, extraEnv = {}, input = '') {
  const env = { ...process.env, E2E_BROWSER_LOG: browserLog, ...extraEnv };
  delete env.METERSCOPE_TOKEN;
  const result = spawnSync(cli, ['--base-url', baseUrl, ...args], { env, input, encoding: 'utf8', timeout: 120000 });
  return { code: result.status, out: result.stdout || '', err: result.stderr || '' };
}

function startEmulator() {
  return new Promise((resolve, reject) => {
    const child = spawn(emulatorPath, ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error('the emulator did not start')), 20000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const base = output.match(/^base-url: (\S+)$/m);
      const pat = output.match(/^demo-pat: (\S+)$/m);
      if (base && pat) {
        clearTimeout(timer);
        resolve({ child, baseUrl: base[1], demoPat: pat[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`the emulator exited with ${code}`)));
  });
}

async function main() {
  const { child: emulator, baseUrl, demoPat } = await startEmulator();
  try {
    // 1. Browser sign-in: Chromium clicks "Authorize access" on the consent page.
    const login = runCli(baseUrl, ['login', '--browser', browserCommand]);
    check(login.code === 0 && /Signed in/.test(login.out), 'login through the browser signs in', login.err);
    const [first] = browserEntries();
    check(first && first.consentPage && first.clicked === 'Authorize access', 'the consent page was shown and "Authorize access" clicked', JSON.stringify(first));
    check(first && first.landingStatus === 200 && /You can close this window/.test(first.landingText),
      'the browser landed on the success page of the loopback receiver', JSON.stringify(first));
    check(first && first.landingPath === '/callback',
      'the redirect came back on the registered path /callback (RFC 8252: only the port varies)', JSON.stringify(first));
    check(!/No secure storage|keyring is locked/.test(login.err), 'the refresh token went into the keychain', login.err);

    // 2. A new process restores the session from the keychain, with no browser.
    const strayBrowser = { METERSCOPE_BROWSER: `touch ${strayBrowserMarker}` };
    const sites = runCli(baseUrl, ['sites', '--format', 'csv'], strayBrowser);
    const rows = sites.out.trim().split('\n').filter((line) => line && !line.startsWith('#'));
    check(sites.code === 0 && rows.length >= 13, 'sites without METERSCOPE_TOKEN lists the portfolio (header + 12 sites)', sites.err || sites.out);
    check(browserEntries().length === 1 && !fs.existsSync(strayBrowserMarker), 'no browser was opened to restore the session');

    // A stored token only goes to the API it was issued for.
    const elsewhere = runCli(baseUrl.replace(/:(\d+)\//, (m, port) => `:${Number(port) === 1 ? 2 : 1}/`), ['sites'], strayBrowser);
    check(elsewhere.code === 3, 'the stored sign-in is not used for another API address (exit 3)', elsewhere.err);

    const whoami = runCli(baseUrl, ['whoami']);
    check(whoami.code === 0 && /stored in the OS keychain/.test(whoami.out), 'whoami names the stored account', whoami.err);

    // 3. Sign out deletes the stored sign-in; commands then ask to sign in.
    const logout = runCli(baseUrl, ['logout']);
    check(logout.code === 0 && /deleted/.test(logout.out), 'logout deletes the stored sign-in', logout.err || logout.out);
    const afterLogout = runCli(baseUrl, ['sites'], strayBrowser);
    check(afterLogout.code === 3, 'after logout, sites asks to sign in (exit 3)', afterLogout.err);

    // 4. "Do not authorize" ends with the denial message.
    const denied = runCli(baseUrl, ['login', '--browser', browserCommand], { E2E_DECISION: 'Do not authorize' });
    check(denied.code === 3 && /Sign-in was cancelled or denied\./.test(denied.err), '"Do not authorize" ends with the denial message', denied.err);
    const last = browserEntries().pop();
    check(last && last.clicked === 'Do not authorize' && last.landingStatus === 400, 'the browser got the error page', JSON.stringify(last));

    // 5. A token the server does not know is refused and nothing is stored.
    const badPat = runCli(baseUrl, ['login', '--pat'], {}, 'mspat_not_issued_by_this_server_0123456789\n');
    check(badPat.code === 3 && /not accepted/.test(badPat.err), 'login --pat with an unknown token is refused', badPat.err);
    check(runCli(baseUrl, ['whoami']).code === 3, 'and nothing was stored');

    // 6. A personal access token read from stdin is kept in the keychain and used by later commands.
    const patLogin = runCli(baseUrl, ['login', '--pat'], {}, `${demoPat}\n`);
    check(patLogin.code === 0 && /Signed in/.test(patLogin.out) && !patLogin.out.includes(demoPat) && !patLogin.err.includes(demoPat),
      'login --pat signs in without echoing the token', patLogin.err);
    const patSites = runCli(baseUrl, ['sites', '--format', 'csv'], strayBrowser);
    check(patSites.code === 0 && patSites.out.trim().split('\n').length >= 13, 'sites uses the stored personal access token', patSites.err);
    check(runCli(baseUrl, ['logout']).code === 0, 'logout of the PAT account');
  } finally {
    emulator.kill();
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(failures === 0 ? 'e2e sign-in: all checks passed' : `e2e sign-in: ${failures} check(s) failed`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error) => {
  console.log(`not ok - ${error.message}`);
  process.exit(1);
});
