// Drives Debian's headless Chromium through playwright-core: opens the suite page, waits for the
// harness to finish and prints one line "TCK-RESULTS <json>" on stdout. Progress lines go to stderr.
// Usage: node chromium-host.js <suite page URL> <fresh user-data-dir> <timeout ms> [chromium path]
'use strict';
const { chromium } = require('playwright-core');

async function main() {
  const [url, userDataDir, timeoutMs, executable] = process.argv.slice(2);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: executable || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    process.stderr.write('browser ' + context.browser()?.version?.() + '\n');
    const page = context.pages()[0] || await context.newPage();
    page.on('console', (m) => process.stderr.write(m.text() + '\n'));
    page.on('pageerror', (e) => process.stderr.write('pageerror: ' + e.message + '\n'));
    await page.goto(url);
    let finished = true;
    try {
      await page.waitForFunction(() => window.__tckDone === true, null,
        { timeout: Number(timeoutMs), polling: 100 });
    } catch (e) {
      finished = false;
      process.stderr.write('suite did not finish: ' + e.message + '\n');
    }
    const json = await page.evaluate(() => JSON.stringify(window.TCK ? window.TCK.results : []));
    process.stdout.write('TCK-RESULTS ' + json + '\n');
    if (!finished) {
      process.stdout.write('TCK-UNFINISHED\n');
    }
  } finally {
    await context.close();
  }
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
