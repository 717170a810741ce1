import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { listen, type RunningServer } from '../../src/server/server.js';
import type { App } from '../../src/server/yoga.js';
import { quietLogger } from './neo4j.js';

/** Debian's Chromium (.ci/run installs it); tests that need a browser skip without it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // No host name resolves but localhost's: what the page cannot load from here, it cannot load at all.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/**
 * A browser context in which every request outside loopback is refused and remembered (pages, scripts,
 * styles, fonts, workers' fetches), as on an on-premise machine with no internet.
 */
export async function offlineContext(browser: Browser): Promise<{ context: BrowserContext; blocked: string[] }> {
  const blocked: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && !LOOPBACK.test(url.hostname)) {
      blocked.push(url.href);
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
  return { context, blocked };
}

/** The app listening on a loopback port, and a page of an offline browser to open it in; close() ends both. */
export async function offlinePage(app: App): Promise<{ server: RunningServer; page: Page; blocked: string[]; close: () => Promise<void> }> {
  const server = await listen(app, '127.0.0.1', 0, quietLogger);
  const browser = await launchChromium();
  const { context, blocked } = await offlineContext(browser);
  const page = await context.newPage();
  return {
    server,
    page,
    blocked,
    close: async () => {
      await browser.close();
      await server.close(0);
    },
  };
}
