import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';
import { mixedDir } from './load.js';

describe.skipIf(!hasChromium)('coverage --format html in Chromium (skipped: no /usr/bin/chromium)', () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const result = await runCli(['coverage', mixedDir, '--no-cache', '--format', 'html', '--locale', 'en']);
    expect(result.code).toBe(1);
    const dir = mkdtempSync(path.join(tmpdir(), 'coverage-html-'));
    writeFileSync(path.join(dir, 'coverage.html'), result.stdout);
    server = createServer(sirv(dir, { dev: true }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/coverage.html`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('shows the heat map cells on a 360 px phone, with no script and no other request', async () => {
    const page = await browser.newPage({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    const cell = (role: string, competency: string, level: string) =>
      page.locator(`td.cell[data-role="${role}"][data-competency="${competency}"][data-level="${level}"]`);
    expect(await cell('deputy', 'data.search', 'intermediate').getAttribute('data-state')).toBe('partial');
    expect(await cell('deputy', 'data.search', 'intermediate').textContent()).toBe('✗ 0 · 1');
    expect(await cell('deputy', 'data.manage', 'advanced').getAttribute('data-state')).toBe('partial');
    expect(await cell('deputy', 'data.manage', 'intermediate').getAttribute('data-state')).toBe('undefined');
    expect(await cell('deputy', 'data.search', 'basic').getAttribute('data-state')).toBe('covered');
    expect(await cell('deputy', 'data.search', 'advanced').getAttribute('data-state')).toBe('extra');
    // Colour carries the state: a gap is not painted like a covered cell.
    const background = (l: ReturnType<typeof cell>) =>
      l.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(cell('deputy', 'data.search', 'intermediate'))).not.toBe(
      await background(cell('deputy', 'data.search', 'basic')),
    );
    // The role with gaps is open, the covered one folded; the verdict is at the top.
    expect(await cell('deputy', 'data.search', 'basic').isVisible()).toBe(true);
    expect(await cell('clerk', 'data.search', 'basic').isVisible()).toBe(false);
    expect(await page.locator('#verdict').textContent()).toContain('2 of 7 needed cells uncovered');
    expect(await page.locator('tr[data-status="above-highest"]').textContent()).toContain(
      'above its highest level',
    );
    // Readable on a phone: nothing wider than the screen, text at a legible size.
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: window.innerWidth,
      tables: [...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().right),
      font: Number.parseFloat(getComputedStyle(document.querySelector('td.cell')!).fontSize),
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    for (const right of widths.tables) expect(right).toBeLessThanOrEqual(widths.view);
    expect(widths.font).toBeGreaterThanOrEqual(11);
    await page.close();
  });

  it('unfolds a covered role on tap', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(url);
    await page.locator('details#role-clerk > summary').click();
    expect(
      await page
        .locator('td.cell[data-role="clerk"][data-competency="data.search"][data-level="basic"]')
        .isVisible(),
    ).toBe(true);
    await page.close();
  });
});
