// The graph explorer: the landscape drawn with Cytoscape.js, fed only by the server's /graphql, through
// its persisted operations (operations.graphql beside this file), so it works in persisted-only mode too.
/* global cytoscape */

const OPENNESS_COLOURS = {
  FULLY_OPEN: '#1a9850',
  OPEN_WEIGHTS: '#66bd63',
  RESTRICTED_OPEN: '#f46d43',
  CLOSED: '#b2182b',
  NOT_RELEASED: '#9e9e9e',
};
const TYPE_STYLES = {
  Model: { shape: 'ellipse', colour: null },
  Organization: { shape: 'round-rectangle', colour: '#3b6fb6' },
  Licence: { shape: 'diamond', colour: '#8e6bbf' },
  Benchmark: { shape: 'hexagon', colour: '#c49a00' },
  BenchmarkResult: { shape: 'ellipse', colour: '#e0c870' },
  Domain: { shape: 'octagon', colour: '#b8860b' },
  Claim: { shape: 'round-tag', colour: '#607d8b' },
  Fact: { shape: 'tag', colour: '#455a64' },
  Source: { shape: 'rectangle', colour: '#bdbdbd' },
  StrategicMotive: { shape: 'star', colour: '#d81b60' },
  Tier: { shape: 'barrel', colour: '#00897b' },
  Technique: { shape: 'vee', colour: '#6d4c41' },
  Regulation: { shape: 'pentagon', colour: '#5e35b1' },
  DeploymentPattern: { shape: 'rhomboid', colour: '#00838f' },
};

/** The SHA-256 of the explorer's trusted document, from the server's list of persisted operations. */
const operationsHash = fetch('/persisted-operations.json')
  .then((response) => response.json())
  .then((documents) => documents.find((d) => d.operationNames.includes('ExplorerLandscape')).hash);

async function graphql(operationName, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: await operationsHash } } }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const status = document.getElementById('status');
const details = document.getElementById('details');
const say = (text) => {
  status.textContent = text;
};

const colourOf = (node) =>
  node.data('type') === 'Model'
    ? OPENNESS_COLOURS[node.data('openness') ?? 'NOT_RELEASED']
    : (TYPE_STYLES[node.data('type')]?.colour ?? '#777');

const cy = cytoscape({
  container: document.getElementById('graph'),
  wheelSensitivity: 0.3,
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 9,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-max-width': 110,
        'text-wrap': 'ellipsis',
        width: 18,
        height: 18,
        'background-color': colourOf,
        shape: (node) => TYPE_STYLES[node.data('type')]?.shape ?? 'ellipse',
      },
    },
    { selector: 'node[type = "Model"]', style: { width: 22, height: 22 } },
    { selector: 'node.hidden', style: { display: 'none' } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': '#c3c9d3',
        'target-arrow-color': '#c3c9d3',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.6,
        'curve-style': 'bezier',
      },
    },
    { selector: 'edge:selected', style: { label: 'data(type)', 'font-size': 8 } },
  ],
});

function layout() {
  cy.layout({ name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 70, randomize: false }).run();
}

function describeView() {
  const visible = cy.nodes(':visible');
  say(`${visible.length} nodes, ${cy.edges(':visible').length} edges shown${cy.scratch('truncated') ? ' (cut at the limit)' : ''}`);
}

async function showLandscape() {
  const data = await graphql('ExplorerLandscape');
  cy.elements().remove();
  cy.add(data.graph);
  cy.scratch('truncated', data.graph.truncated);
  await applyFilters();
  layout();
  describeView();
}

async function expand(key) {
  const data = await graphql('ExplorerNeighbourhood', { key });
  const added = cy.add({
    nodes: data.graph.nodes.filter((n) => cy.getElementById(n.data.id).empty()),
    edges: data.graph.edges.filter((e) => cy.getElementById(e.data.id).empty()),
  });
  if (added.length > 0) layout();
  describeView();
  return added.nodes().length;
}

const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

async function showDetails(node) {
  const data = node.data();
  const hidden = new Set(['id', 'key', 'nodeId', 'label', 'type', 'origin']);
  const rows = Object.entries(data)
    .filter(([name, value]) => !hidden.has(name) && value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(Array.isArray(value) ? value.join(', ') : value)}</dd>`)
    .join('');
  details.innerHTML = `<h2>${escapeHtml(data.label)}</h2><p class="kind">${escapeHtml(data.type)}</p><dl>${rows}</dl>
    <h3>Sources</h3><ul id="sources"><li class="hint">loading…</li></ul>`;
  const sources = details.querySelector('#sources');
  try {
    const answer = await graphql('ExplorerNodeSources', { id: data.nodeId });
    const found = answer.node ?? {};
    const list = [found.source, found.resultSource, found.sectionSource, ...(found.decidedBy ?? []).map((f) => f.source)].filter(Boolean);
    sources.innerHTML = list.length
      ? list
          .map((s) => (s.url ? `<li><a href="${escapeHtml(s.url)}" target="_blank" rel="noopener">${escapeHtml(s.title)}</a></li>` : `<li>${escapeHtml(s.title)}</li>`))
          .join('')
      : '<li class="hint">none recorded</li>';
  } catch (error) {
    sources.innerHTML = `<li class="error">${escapeHtml(error.message)}</li>`;
  }
}

cy.on('tap', 'node', async (event) => {
  const node = event.target;
  cy.elements().unselect();
  node.select();
  await Promise.all([showDetails(node), expand(node.id())]);
});

/** Models outside the chosen openness, or without results in the chosen domain, are hidden. */
async function applyFilters() {
  const openness = document.getElementById('filter-openness').value;
  const domain = document.getElementById('filter-domain').value;
  let inDomain = null;
  if (domain) {
    const data = await graphql('ExplorerDomainModels', { domain });
    inDomain = new Set(data.models.edges.map((e) => `model:${e.node.modelId}`));
  }
  cy.nodes('[type = "Model"]').forEach((node) => {
    const keep = (!openness || node.data('openness') === openness) && (!inDomain || inDomain.has(node.id()));
    node.toggleClass('hidden', !keep);
  });
  describeView();
}

document.getElementById('filter-openness').addEventListener('change', () => applyFilters().catch(report));
document.getElementById('filter-domain').addEventListener('change', () => applyFilters().catch(report));
document.getElementById('reset').addEventListener('click', () => showLandscape().catch(report));

document.getElementById('search').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = document.getElementById('search-text').value.trim();
  if (!text) return;
  try {
    const data = await graphql('ExplorerSearch', { text });
    const hit = data.search.edges[0]?.node.node;
    if (!hit) {
      say(`nothing found for "${text}"`);
      return;
    }
    const view = await graphql('ExplorerNeighbourhood', { key: hit.id });
    const key = view.graph.nodes[0]?.data.id;
    cy.add({
      nodes: view.graph.nodes.filter((n) => cy.getElementById(n.data.id).empty()),
      edges: view.graph.edges.filter((e) => cy.getElementById(e.data.id).empty()),
    });
    layout();
    const node = cy.getElementById(key);
    node.removeClass('hidden');
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, zoom: 1.4 }, { duration: 200 });
    describeView();
    await showDetails(node);
  } catch (error) {
    report(error);
  }
});

function report(error) {
  say(`error: ${error.message}`);
}

function drawLegend() {
  const legend = document.getElementById('legend');
  const openness = Object.entries(OPENNESS_COLOURS)
    .map(([name, colour]) => `<span><i class="swatch" style="background:${colour}"></i>model, ${name.toLowerCase().replace('_', ' ')}</span>`)
    .join('');
  const types = Object.entries(TYPE_STYLES)
    .filter(([, style]) => style.colour)
    .map(([type, style]) => `<span><i class="swatch square" style="background:${style.colour}"></i>${type}</span>`)
    .join('');
  legend.innerHTML = openness + types;
}

async function loadDomains() {
  const data = await graphql('ExplorerDomains');
  const select = document.getElementById('filter-domain');
  for (const d of data.domains.filter((x) => x.benchmarkCount > 0)) select.add(new Option(d.name, d.domain));
}

drawLegend();
window.explorer = { cy, expand, showLandscape };
Promise.all([loadDomains(), showLandscape()])
  .then(() => document.body.setAttribute('data-ready', 'true'))
  .catch(report);
