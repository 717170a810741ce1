// The graph explorer: the landscape drawn with Cytoscape.js, fed only by the server's /graphql, through
// its persisted operations (operations.graphql beside this file), so it works in persisted-only mode too.
/* global cytoscape, cytoscapeFcose */
cytoscape.use(cytoscapeFcose);

const OPENNESS_COLOURS = {
  FULLY_OPEN: '#1a9850',
  OPEN_WEIGHTS: '#66bd63',
  RESTRICTED_OPEN: '#f46d43',
  CLOSED: '#b2182b',
  NOT_RELEASED: '#9e9e9e',
  // A model made from the model catalogs, which name no licence: its openness is not known.
  UNKNOWN: '#d3d8df',
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
    ? OPENNESS_COLOURS[node.data('openness') ?? (node.data('status') === 'RELEASED' ? 'UNKNOWN' : 'NOT_RELEASED')]
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

/**
 * fCoSE with label sizes counted as part of each node, so labels do not land on one another; `fresh` lays
 * the whole view out anew, otherwise nodes already drawn stay near where they were (an expansion).
 */
function layout(fresh = false) {
  // What the filters leave drawn, by their class: ':visible' follows the style, which Cytoscape brings up to
  // date later, so nodes a filter has just shown would be left out of the layout, piled at one point.
  const nodes = cy.nodes().not('.hidden');
  const drawn = nodes.union(nodes.edgesWith(nodes));
  // fCoSE starts from random positions (Math.random, no seed of its own): a seeded generator for the
  // duration of the run (synchronous, animate: false) draws the same view the same way every time, so a
  // reload does not shuffle the picture, and a layout that fits once fits always.
  const random = Math.random;
  let seed = 20261203;
  Math.random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    runLayout(drawn, fresh);
  } finally {
    Math.random = random;
  }
  separateLabels(drawn.nodes());
  cy.fit(drawn, 30);
}

/**
 * fCoSE counts labels as part of a node but can still leave two long labels touching in a dense cluster
 * (a developer with dozens of catalog models): push every overlapping pair apart along the axis where they
 * overlap least, a few passes, deterministic. Nodes that do not touch stay where fCoSE put them.
 */
function separateLabels(nodes, margin = 4, passes = 60) {
  const list = nodes.toArray();
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    const boxes = list.map((n) => n.boundingBox({ includeNodes: true, includeLabels: true, includeEdges: false }));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + margin;
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + margin;
        if (dx <= 0 || dy <= 0) continue;
        const pa = list[i].position();
        const pb = list[j].position();
        // move along the axis of least overlap, each node half the way, away from the other
        if (dx < dy) {
          const sign = pa.x <= pb.x ? -1 : 1;
          list[i].position({ x: pa.x + (sign * dx) / 2, y: pa.y });
          list[j].position({ x: pb.x - (sign * dx) / 2, y: pb.y });
        } else {
          const sign = pa.y <= pb.y ? -1 : 1;
          list[i].position({ x: pa.x, y: pa.y + (sign * dy) / 2 });
          list[j].position({ x: pb.x, y: pb.y - (sign * dy) / 2 });
        }
        boxes[i] = list[i].boundingBox({ includeNodes: true, includeLabels: true, includeEdges: false });
        boxes[j] = list[j].boundingBox({ includeNodes: true, includeLabels: true, includeEdges: false });
        moved = true;
      }
    }
    if (!moved) return;
  }
}

function runLayout(drawn, fresh) {
  drawn
    .layout({
      name: 'fcose',
      quality: 'proof',
      randomize: fresh,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: true,
      nodeSeparation: 90,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 9000,
      packComponents: true,
    })
    .run();
}

/** Counted from the filter's classes, not `:visible`, which reads styles that are only updated when drawn. */
function describeView() {
  const shown = cy.nodes().not('.hidden');
  const edges = shown.edgesWith(shown);
  say(`${shown.length} nodes, ${edges.length} edges shown${cy.scratch('truncated') ? ' (cut at the limit)' : ''}`);
}

async function showLandscape() {
  const data = await graphql('ExplorerLandscape');
  cy.elements().remove();
  cy.add(data.graph);
  cy.scratch('truncated', data.graph.truncated);
  await applyFilters();
  layout(true);
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
  details.dataset.key = node.id();
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

const HINT = details.innerHTML;

/** Selects the node with this key and shows its details (a click does that and expands it too). */
async function select(key) {
  const node = cy.getElementById(key);
  if (node.empty()) return;
  cy.elements().unselect();
  node.select();
  await showDetails(node);
}

cy.on('tap', 'node', async (event) => {
  await Promise.all([select(event.target.id()), expand(event.target.id())]);
});

/** Which models are drawn: the curated ones (the analysis's), those made from the model catalogs, or both. */
const isCatalogModel = (node) => node.data('origin') === 'catalog';

/** Models outside the chosen origin or openness, or without results in the chosen domain, are hidden. */
async function applyFilters() {
  const origin = document.getElementById('filter-models').value;
  const openness = document.getElementById('filter-openness').value;
  const domain = document.getElementById('filter-domain').value;
  let inDomain = null;
  if (domain) {
    const data = await graphql('ExplorerDomainModels', { domain });
    inDomain = new Set(data.models.edges.map((e) => `model:${e.node.modelId}`));
  }
  cy.nodes('[type = "Model"]').forEach((node) => {
    const keep =
      (origin === 'all' || (origin === 'catalog') === isCatalogModel(node)) &&
      (!openness || node.data('openness') === openness) &&
      (!inDomain || inDomain.has(node.id()));
    node.toggleClass('hidden', !keep);
  });
  // A node the filter hides is no longer what the details pane is about.
  // (Kept by key: Cytoscape may already have let go of the selection of a node it no longer draws.)
  const subject = details.dataset.key && cy.getElementById(details.dataset.key);
  if (subject && subject.hasClass('hidden')) {
    subject.unselect();
    delete details.dataset.key;
    details.innerHTML = HINT;
  }
  describeView();
}

// Another set of models is another picture: laid out anew (the other filters only hide within it).
document.getElementById('filter-models').addEventListener('change', () =>
  applyFilters()
    .then(() => {
      layout(true);
      describeView();
    })
    .catch(report),
);
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
    .map(([name, colour]) => `<span><i class="swatch" style="background:${colour}"></i>model, ${name === 'UNKNOWN' ? 'openness unknown (catalog)' : name.toLowerCase().replace('_', ' ')}</span>`)
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
window.explorer = { cy, expand, select, showLandscape };
Promise.all([loadDomains(), showLandscape()])
  .then(() => document.body.setAttribute('data-ready', 'true'))
  .catch(report);
