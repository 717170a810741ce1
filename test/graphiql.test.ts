import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleQuestions } from '../src/questions/examples.js';
import type { RunningServer } from '../src/server/server.js';
import { createApp } from '../src/server/yoga.js';
import { hasChromium, offlinePage } from './support/browser.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * GraphiQL, the first thing a person meets, in a real Chromium that can reach nothing but this server:
 * everything it needs (script, style, editor workers) must come from the server itself.
 */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });

let server: RunningServer;
let page: Page;
let blocked: string[];
let close: (() => Promise<void>) | undefined;
const pageErrors: string[] = [];

describe.skipIf(!hasChromium)('GraphiQL at /graphql, in Chromium with no network but loopback', () => {
  beforeAll(async () => {
    ({ server, page, blocked, close } = await offlinePage(app));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
  });

  afterAll(async () => {
    await close?.();
    await db.close();
  });

  it('renders with the example questions as tabs, loading nothing from outside', async () => {
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 30_000 }).toBe(exampleQuestions().length);
    expect(await page.title()).toBe('landscape-graph');
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('runs the first example tab and shows the graph\'s answer', async () => {
    // A newcomer runs what the page opens with: the first tab, the user's own question (Apache-licensed
    // models beating closed ones on math), not GraphiQL's welcome text, without clicking a tab first.
    const queryEditor = page.locator('.graphiql-query-editor');
    await expect.poll(() => queryEditor.textContent(), { timeout: 30_000 }).toContain('ApacheBeatsClosedOnMath');
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.textContent(), { timeout: 30_000 }).toContain('Qwen3-235B-A22B');
    expect(await response.textContent()).toContain('benchmarkWins');
    expect(await response.textContent()).not.toContain('errors');
    mkdirSync('.test-output', { recursive: true });
    await page.screenshot({ path: '.test-output/graphiql.png' });
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('has its documentation pane from introspection, served offline', async () => {
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').textContent(), { timeout: 30_000 }).toContain('Query');
    expect(blocked).toEqual([]);
  });

  it('opens a returning visitor on the same tabs, none added or lost by a reload', async () => {
    await page.reload();
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 30_000 }).toBe(exampleQuestions().length);
    await expect.poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 30_000 }).toContain('ApacheBeatsClosedOnMath');
    expect(pageErrors).toEqual([]);
  });
});
