// The charts page: each chart is the server's Vega-Lite spec (GET /export/chart/<name>.vl.json, its data
// inline), drawn by vega-embed from node_modules; the same data is a CSV link beside it. The benchmarks to
// choose from come from a persisted GraphQL operation, so the page works in persisted-only mode too.
/* global vegaEmbed */
const CHARTS = ['frontier', 'lag', 'price-performance', 'leaderboard'];
const DEFAULT_BENCHMARK = 'aime-2024';

const status = document.getElementById('status');
const domainSelect = document.getElementById('domain');
const benchmarkSelect = document.getElementById('benchmark');
const tableSelect = document.getElementById('table');

async function persisted(operationName) {
  const documents = await (await fetch('/persisted-operations.json')).json();
  const { hash } = documents.find((d) => d.operationNames.includes(operationName));
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ operationName, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/** What the page draws now, for people (the status line) and for tests (window.charts). */
window.charts = { benchmark: null, drawn: {} };

async function draw(name, benchmark, sourceTable) {
  const section = document.querySelector(`[data-chart="${name}"]`);
  const view = section.querySelector('.view');
  const query = new URLSearchParams({ benchmark, ...(sourceTable ? { sourceTable } : {}) });
  const response = await fetch(`/export/chart/${name}.vl.json?${query}`);
  const spec = await response.json();
  if (!response.ok) {
    view.innerHTML = '';
    view.append(Object.assign(document.createElement('p'), { className: 'error', textContent: spec.error }));
    return { name, points: 0 };
  }
  const csv = Object.assign(document.createElement('a'), { href: `/export/chart/${name}.csv?${query}`, textContent: 'Download the data (CSV)' });
  const specLink = Object.assign(document.createElement('a'), { href: `/export/chart/${name}.vl.json?${query}`, textContent: 'Vega-Lite spec' });
  section.querySelector('.download').replaceChildren(csv, ' · ', specLink, ' (embed it in Observable, Grafana or a notebook)');
  // The chart's own data: the points of its last layer, or of the whole chart.
  const values = spec.layer ? spec.layer[spec.layer.length - 1].data.values : spec.data.values;
  if (values.length === 0) {
    view.replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'Nothing to draw for this benchmark: no comparable results of that kind.' }));
    return { name, points: 0 };
  }
  // SVG, so that what is drawn can be read back; no link to the online editor: this page works offline.
  await vegaEmbed(view, spec, { renderer: 'svg', actions: { export: true, source: false, compiled: false, editor: false } });
  return { name, points: values.length };
}

/**
 * The source tables of the benchmark's results (GET /export/results.json), most results first: each chart
 * draws one, by default the largest group of comparable results with open and closed models.
 */
async function fillTables(benchmark, chosen) {
  const rows = await (await fetch(`/export/results.json?${new URLSearchParams({ benchmark })}`)).json();
  const counts = new Map();
  for (const row of rows) counts.set(row.source_table, (counts.get(row.source_table) ?? 0) + 1);
  const tables = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  tableSelect.replaceChildren(
    new Option('the largest comparable group', ''),
    ...tables.map(([table, count]) => new Option(`${table.length > 70 ? `${table.slice(0, 69)}…` : table} (${count})`, table)),
  );
  tableSelect.value = tables.some(([table]) => table === chosen) ? chosen : '';
}

async function drawAll() {
  const benchmark = benchmarkSelect.value;
  const sourceTable = tableSelect.value;
  document.body.removeAttribute('data-ready');
  status.textContent = `drawing ${benchmarkSelect.selectedOptions[0]?.textContent ?? benchmark}…`;
  const drawn = await Promise.all(CHARTS.map((name) => draw(name, benchmark, sourceTable)));
  window.charts = { benchmark, sourceTable, drawn: Object.fromEntries(drawn.map((d) => [d.name, d.points])) };
  status.textContent = drawn.map((d) => `${d.name}: ${d.points}`).join(' · ');
  const url = new URL(location.href);
  url.searchParams.set('benchmark', benchmark);
  if (sourceTable) url.searchParams.set('sourceTable', sourceTable);
  else url.searchParams.delete('sourceTable');
  history.replaceState(null, '', url);
  document.body.setAttribute('data-benchmark', benchmark);
  document.body.setAttribute('data-ready', 'true');
}

function fillBenchmarks(domains, domain, chosen) {
  const benchmarks = domains
    .filter((d) => !domain || d.domain === domain)
    .flatMap((d) => d.benchmarks)
    .filter((b, i, all) => b.resultCount > 0 && all.findIndex((o) => o.benchmarkId === b.benchmarkId) === i)
    .sort((a, b) => a.name.localeCompare(b.name));
  benchmarkSelect.replaceChildren(...benchmarks.map((b) => new Option(`${b.name} (${b.resultCount} results)`, b.benchmarkId)));
  const keep = benchmarks.find((b) => b.benchmarkId === chosen) ?? benchmarks[0];
  if (keep) benchmarkSelect.value = keep.benchmarkId;
}

async function start() {
  const { domains } = await persisted('ChartBenchmarks');
  domainSelect.replaceChildren(new Option('all', ''), ...domains.map((d) => new Option(d.name, d.domain)));
  const asked = new URLSearchParams(location.search);
  fillBenchmarks(domains, '', asked.get('benchmark') ?? DEFAULT_BENCHMARK);
  await fillTables(benchmarkSelect.value, asked.get('sourceTable') ?? '');
  const report = (error) => {
    status.textContent = `could not draw: ${error.message}`;
  };
  domainSelect.addEventListener('change', () => {
    fillBenchmarks(domains, domainSelect.value, benchmarkSelect.value);
    fillTables(benchmarkSelect.value, '').then(drawAll).catch(report);
  });
  benchmarkSelect.addEventListener('change', () => fillTables(benchmarkSelect.value, '').then(drawAll).catch(report));
  tableSelect.addEventListener('change', () => drawAll().catch(report));
  await drawAll();
}

start().catch((error) => {
  status.textContent = `could not draw: ${error.message}`;
  status.className = 'error';
});
