// GraphiQL, as the packaged service serves it (ALLIANCE_GRAPHIQL=true), loads in headless Chromium and runs a query.
// The screenshot goes to E2E_SCREENSHOT_DIR (default /tmp/alliance-graph-e2e), never into the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

const base = process.env.E2E_BASE_URL ?? 'http://localhost:18080';
const screenshots = process.env.E2E_SCREENSHOT_DIR ?? '/tmp/alliance-graph-e2e';

test('GraphiQL loads and runs a query in headless Chromium', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // As root, without a sandbox; no background traffic, which this machine's closed network refuses.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const failures = [];
    page.on('pageerror', (error) => failures.push(error.message));
    const query = '{ actor(name: "Bagdad") { slug name kind } }';
    await page.goto(`${base}/q/graphql-ui/?query=${encodeURIComponent(query)}`);
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await response.getByText('"iraq"', { exact: true }).waitFor({ timeout: 15_000 });
    assert.match(await response.innerText(), /"kind": "STATE"/);
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'graphiql.png') });
    assert.deepEqual(failures, [], 'no script error on the page');
  } finally {
    await browser.close();
  }
});
