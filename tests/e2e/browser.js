#!/usr/bin/env node
// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The browser command Meterscope is given in the end-to-end test: `node browser.js <authorize URL>`.
// Opens the URL in Debian's headless Chromium (through playwright-core), waits for the emulator's
// consent page, clicks the button named in E2E_DECISION ("Authorize access" unless told otherwise)
// and waits for the page Meterscope's loopback receiver serves. Appends one JSON line describing what
// it saw to the file in E2E_BROWSER_LOG.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

function record(entry) {
  const file = process.env.E2E_BROWSER_LOG;
  if (file)
    fs.appendFileSync(file, JSON.stringify(entry) + '\n');
}

async function main() {
  const url = process.argv[2];
  const decision = process.env.E2E_DECISION || 'Authorize access';
  const entry = { consentPage: false, clicked: null, landingStatus: 0, landingPath: '', landingText: '' };
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meterscope-e2e-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--headless', ...CHROMIUM_FLAGS],
      timeout: 30000,
    });
    const page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(20000);
    await page.goto(url);
    const button = page.getByRole('button', { name: decision, exact: true });
    await button.waitFor();
    entry.consentPage = (await page.title()).includes('Authorize access');
    // The loopback receiver: 127.0.0.1 on another port than the authorization server's.
    const authorizeOrigin = new URL(url).origin;
    const landing = page.waitForResponse((response) => response.url().startsWith('http://127.0.0.1:')
      && new URL(response.url()).origin !== authorizeOrigin);
    await button.click();
    entry.clicked = decision;
    const response = await landing;
    entry.landingStatus = response.status();
    entry.landingPath = new URL(response.url()).pathname;
    await page.waitForLoadState('load');
    entry.landingText = (await page.textContent('body')) || '';
  } catch (error) {
    entry.error = String(error && error.message || error).split('\n')[0];
  } finally {
    record(entry);
    if (context)
      await context.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main();
