import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../src/server/server.js';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * The explorer page in a real headless Chromium (Debian's package; .ci/run installs it), against the
 * server on a loopback port and the seeded graph: what a person sees and does. The server runs in
 * persisted-only mode, as an operator who locks the API down would run it.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
// The page is served in persisted-only mode: the explorer must use nothing but trusted documents.
const lockedApp = createApp({ db, logger: quietLogger, config: { PERSISTED_OPERATIONS: 'only' } });

let server: RunningServer;
let browser: Browser;
let page: Page;

const nodeCount = () => page.evaluate(() => (window as any).explorer.cy.nodes().length as number);
const detailsTitle = () => page.locator('#details h2').textContent();

describe.skipIf(!existsSync(CHROMIUM))('the explorer at /explore, in Chromium', () => {
  beforeAll(async () => {
    server = await listen(lockedApp, '127.0.0.1', 0, quietLogger);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url.replace('/graphql', '/explore'));
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close(0);
    await db.close();
  });

  it('draws the landscape of the analysis: every curated model, organization and licence the graph query returns', async () => {
    const { data } = await ask(app, '{ graph(limit: 2000) { nodes { id data } edges { id } } }');
    const catalogModels = data!.graph.nodes.filter((n: { data: { type: string; origin?: string } }) => n.data.type === 'Model' && n.data.origin === 'catalog');
    expect(catalogModels.length).toBeGreaterThan(100);
    // Every node of the view is loaded; the models made from the catalogs wait behind the Models filter.
    expect(await nodeCount()).toBe(data!.graph.nodes.length);
    expect(await page.evaluate(() => (window as any).explorer.cy.edges().length)).toBe(data!.graph.edges.length);
    const shown = data!.graph.nodes.length - catalogModels.length;
    expect(await page.evaluate(() => (window as any).explorer.cy.nodes(':visible').length)).toBe(shown);
    expect(await page.locator('#status').textContent()).toContain(`${shown} nodes`);
    const curated = (await ask(app, '{ models(where: { curated: true }) { totalCount } }')).data!.models.totalCount;
    expect(await page.evaluate(() => (window as any).explorer.cy.nodes('[type = "Model"]:visible').length)).toBe(curated);
    const types = await page.evaluate(() => [...new Set((window as any).explorer.cy.nodes().map((n: any) => n.data('type')))].sort());
    expect(types).toEqual(['Licence', 'Model', 'Organization']);
    expect(await page.locator('#legend').textContent()).toContain('open weights');
    expect(await page.locator('#legend').textContent()).toContain('openness unknown (catalog)');
  });

  it('lays the landscape out with no two labels overlapping, and every node and label inside the view', async () => {
    const layout = await page.evaluate(() => {
      const { cy } = (window as any).explorer;
      const boxes = cy.nodes(':visible').map((n: any) => ({ id: n.id(), box: n.boundingBox({ includeNodes: true, includeLabels: true, includeEdges: false }) }));
      const overlapping: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].box;
          const b = boxes[j].box;
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping.push(`${boxes[i].id} / ${boxes[j].id}`);
        }
      }
      const view = cy.extent();
      const outside = boxes.filter(({ box }: any) => box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2).map((b: any) => b.id);
      return { nodes: boxes.length, overlapping, outside };
    });
    mkdirSync('.test-output', { recursive: true });
    await page.screenshot({ path: '.test-output/explore-landscape.png' });
    expect(layout.nodes).toBeGreaterThan(40);
    expect(layout.overlapping).toEqual([]);
    expect(layout.outside).toEqual([]);
  });

  it('draws the same landscape the same way after a reload', async () => {
    // The nodes drawn: those the Models filter keeps back are not laid out until they are drawn.
    const positions = () =>
      page.evaluate(() => (window as any).explorer.cy.nodes().not('.hidden').map((n: any) => `${n.id()} ${Math.round(n.position('x'))},${Math.round(n.position('y'))}`).sort());
    const before = await positions();
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    expect(await positions()).toEqual(before);
    expect(before.length).toBeGreaterThan(40);
  });

  it('draws the models from the catalogs too when asked, laid out anew with no two labels overlapping', async () => {
    const { data } = await ask(app, '{ graph(limit: 2000) { nodes { id } } }');
    await page.selectOption('#filter-models', 'all');
    await expect.poll(() => page.evaluate(() => (window as any).explorer.cy.nodes(':visible').length)).toBe(data!.graph.nodes.length);
    const overlapping = await page.evaluate(() => {
      const { cy } = (window as any).explorer;
      const boxes = cy.nodes(':visible').map((n: any) => n.boundingBox({ includeNodes: true, includeLabels: true, includeEdges: false }));
      let count = 0;
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) count++;
      }
      return count;
    });
    expect(overlapping).toBe(0);
    mkdirSync('.test-output', { recursive: true });
    await page.screenshot({ path: '.test-output/explore-with-catalogs.png' });
    await page.selectOption('#filter-models', 'catalog');
    await expect.poll(() => page.evaluate(() => (window as any).explorer.cy.nodes('[type = "Model"]:visible').map((n: any) => n.data('origin')).filter((o: string) => o !== 'catalog').length)).toBe(0);
    await page.selectOption('#filter-models', 'curated');
    await expect.poll(() => page.evaluate(() => (window as any).explorer.cy.nodes('[type = "Model"]:visible').length)).toBe(
      (await ask(app, '{ models(where: { curated: true }) { totalCount } }')).data!.models.totalCount,
    );
  });

  it('finds a model by search and shows its details and sources', async () => {
    await page.fill('#search-text', 'DeepSeek-R1');
    await page.press('#search-text', 'Enter');
    await expect.poll(detailsTitle, { timeout: 20_000 }).toBe('DeepSeek-R1');
    const details = page.locator('#details');
    await expect.poll(() => details.textContent()).toContain('OPEN_WEIGHTS');
    await expect.poll(() => page.locator('#sources a').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it('on a click, shows the node and expands its neighbourhood', async () => {
    const key = 'model:qwen3-235b-a22b';
    const before = await page.evaluate((id) => (window as any).explorer.cy.getElementById(id).neighborhood('node').length, key);
    const box = (await page.locator('#graph').boundingBox())!;
    // A real click where the node is drawn. The page may still be settling from the search (a layout, a
    // pan), so the node is brought to the middle and, should the first click land while it moves, clicked again.
    for (let attempt = 1; attempt <= 3; attempt++) {
      const position = await page.evaluate((id) => {
        const { cy } = (window as any).explorer;
        const node = cy.getElementById(id);
        cy.stop(true, true);
        cy.zoom(2);
        cy.center(node);
        return node.renderedPosition();
      }, key);
      await page.mouse.click(box.x + position.x, box.y + position.y);
      const shown = await expect
        .poll(detailsTitle, { timeout: 5_000 })
        .toBe('Qwen3-235B-A22B')
        .then(() => true, () => false);
      if (shown) break;
    }
    expect(await detailsTitle()).toBe('Qwen3-235B-A22B');
    await expect
      .poll(() => page.evaluate((id) => (window as any).explorer.cy.getElementById(id).neighborhood('node').length, key), { timeout: 20_000 })
      .toBeGreaterThan(before);
    const neighbourTypes = await page.evaluate(
      (id) => [...new Set((window as any).explorer.cy.getElementById(id).neighborhood('node').map((n: any) => n.data('type')))],
      key,
    );
    expect(neighbourTypes).toEqual(expect.arrayContaining(['BenchmarkResult', 'Claim']));

    mkdirSync('.test-output', { recursive: true });
    await page.screenshot({ path: '.test-output/explore.png' });
  });

  it('filters models by openness', async () => {
    await page.click('#reset');
    await page.waitForFunction(() => (window as any).explorer.cy.nodes('[type = "Claim"]').length === 0);
    await page.selectOption('#filter-openness', 'CLOSED');
    const visibleOpenness = () =>
      page.evaluate(() => [...new Set((window as any).explorer.cy.nodes('[type = "Model"]:visible').map((n: any) => n.data('openness') ?? null))]);
    await expect.poll(visibleOpenness, { timeout: 10_000 }).toEqual(['CLOSED']);
    const closed = (await ask(app, '{ models(where: {openness: [CLOSED], curated: true}) { totalCount } }')).data!.models.totalCount;
    expect(await page.evaluate(() => (window as any).explorer.cy.nodes('[type = "Model"]:visible').length)).toBe(closed);
    await page.selectOption('#filter-openness', '');
  });

  it('says how many nodes each filter leaves drawn, and lets go of a node the filter hides', async () => {
    await page.click('#reset');
    await page.waitForFunction(() => (window as any).explorer.cy.nodes('[type = "Claim"]').length === 0);
    const shown = () => page.evaluate(() => (window as any).explorer.cy.nodes(':visible').length as number);
    const statusCount = async () => Number(/(\d+) nodes/.exec((await page.locator('#status').textContent()) ?? '')?.[1]);
    const all = await shown();
    await expect.poll(statusCount).toBe(all);

    // A closed model in the details pane, then a filter that hides it.
    await page.evaluate(() => (window as any).explorer.select('model:o3'));
    await expect.poll(detailsTitle, { timeout: 10_000 }).toBe('o3');
    await page.selectOption('#filter-openness', 'OPEN_WEIGHTS');
    await expect.poll(shown).toBeLessThan(all);
    await expect.poll(statusCount).toBe(await shown());
    await expect.poll(() => page.locator('#details h2').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).explorer.cy.nodes(':selected').length)).toBe(0);

    // A domain changes what is drawn too, and the count follows it.
    await page.selectOption('#filter-openness', '');
    await expect.poll(shown).toBe(all);
    await page.selectOption('#filter-domain', 'MULTILINGUAL');
    const multilingual = (await ask(app, '{ models(where: {domain: [MULTILINGUAL], curated: true}) { totalCount } }')).data!.models.totalCount;
    await expect
      .poll(() => page.evaluate(() => (window as any).explorer.cy.nodes('[type = "Model"]:visible').length), { timeout: 10_000 })
      .toBe(multilingual);
    await expect.poll(statusCount).toBe(await shown());
    await page.selectOption('#filter-domain', '');
    await expect.poll(shown).toBe(all);
  });

  it('labels a benchmark result with whose score it is, on what', async () => {
    await page.evaluate(() => (window as any).explorer.expand('model:deepseek-r1'));
    const labels = await page.evaluate(() =>
      (window as any).explorer.cy.nodes('[type = "BenchmarkResult"]').map((n: any) => n.data('label') as string),
    );
    expect(labels.length).toBeGreaterThan(3);
    expect(labels).toContain('DeepSeek-R1 on AIME 2024: 79.8');
    for (const label of labels) expect(label).toMatch(/^.+ on .+: -?[\d.]+$/);
  });
});
