/**
 * A flood of distinct filter shapes: every request a `models` list with another set of ModelFilter fields
 * and another order (14 fields and 8 orders make 131,072 shapes), from `connections` clients at once. What
 * must hold: the server keeps at most QUERY_CACHE_SIZE assembled queries however many shapes it is sent,
 * its memory stays flat, and one request packing more than MAX_QUERY_SHAPES shapes is refused.
 */
const CONDITIONS: Array<[string, string]> = [
  ['name', '"e"'],
  ['family', '["Qwen", "Llama", "DeepSeek"]'],
  ['organization', '["deepseek", "meta"]'],
  ['country', '["China", "United States"]'],
  ['openness', '[OPEN_WEIGHTS, CLOSED]'],
  ['licenceSpdx', '["Apache-2.0", "MIT"]'],
  ['licenceCategory', '[PERMISSIVE, RESTRICTED_OPEN]'],
  ['status', '[RELEASED]'],
  ['releasedAfter', '"2023-01-01"'],
  ['releasedBefore', '"2026-06-01"'],
  ['minTotalParamsB', '1'],
  ['maxTotalParamsB', '2000'],
  ['domain', '[MATH, CODING]'],
  ['tier', '[1, 2]'],
];
const ORDERS = ['NAME_ASC', 'NAME_DESC', 'RELEASE_DATE_ASC', 'RELEASE_DATE_DESC', 'TOTAL_PARAMS_ASC', 'TOTAL_PARAMS_DESC', 'CONTEXT_WINDOW_ASC', 'CONTEXT_WINDOW_DESC'];
export const SHAPE_COUNT = 2 ** CONDITIONS.length * ORDERS.length;

/** The `models` field of shape `n` (0 ≤ n < SHAPE_COUNT): its conditions by the bits of n, its order by the rest. */
export function shapeField(n: number, alias = 'models'): string {
  const bits = n % 2 ** CONDITIONS.length;
  const order = ORDERS[Math.floor(n / 2 ** CONDITIONS.length)]!;
  const where = CONDITIONS.filter((_condition, bit) => bits & (1 << bit)).map(([field, value]) => `${field}: ${value}`);
  return `${alias}: models(first: 5, orderBy: ${order}, where: { ${where.join(', ')} }) { totalCount edges { node { modelId } } }`;
}

async function post(url: string, query: string): Promise<{ status: number; body: { errors?: Array<{ extensions?: { code?: string } }> } }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> } };
}

async function assembledQueries(healthUrl: string): Promise<{ size: number; max: number }> {
  return ((await (await fetch(healthUrl)).json()) as { assembledQueries: { size: number; max: number } }).assembledQueries;
}

export interface ShapeFlood {
  seconds: number;
  connections: number;
  requests: number;
  distinctShapes: number;
  errors: Record<string, number>;
  assembledQueriesMax: number;
  assembledQueriesPeak: number;
  assembledQueriesEverySecond: number[];
  rssFirstFiveSecondsMb: number;
  rssLastFiveSecondsMb: number;
  rssPeakMb: number;
  packedRequest: { shapes: number; codes: string[] };
}

/** `rssMb` samples the server's resident memory (bench/run.ts's). */
export async function shapeFlood(graphqlUrl: string, rssMb: () => number, seconds: number, connections: number): Promise<ShapeFlood> {
  const healthUrl = graphqlUrl.replace(/\/graphql$/, '/health');
  const rss: number[] = [];
  const sizes: number[] = [];
  let max = 0;
  const timer = setInterval(() => {
    rss.push(rssMb());
    void assembledQueries(healthUrl).then((kept) => {
      sizes.push(kept.size);
      max = kept.max;
    });
  }, 1000);
  // Shapes in a scrambled order (a multiplier coprime to SHAPE_COUNT), so that neighbours differ in many fields.
  let next = 0;
  const shape = () => (next++ * 40_503) % SHAPE_COUNT;
  let requests = 0;
  const errors: Record<string, number> = {};
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const { status, body } = await post(graphqlUrl, `{ ${shapeField(shape())} }`);
        requests++;
        if (status !== 200 || body.errors) {
          const code = body.errors?.[0]?.extensions?.code ?? `HTTP ${status}`;
          errors[code] = (errors[code] ?? 0) + 1;
        }
      }
    }),
  );
  clearInterval(timer);
  const distinctShapes = Math.min(next, SHAPE_COUNT);
  // One request packing more shapes than MAX_QUERY_SHAPES (10 by default) is refused, not answered.
  const packed = Array.from({ length: 12 }, (_, i) => shapeField(shape(), `s${i}`));
  const refused = await post(graphqlUrl, `{ ${packed.join(' ')} }`);
  const average = (values: number[]) => Math.round(values.reduce((sum, v) => sum + v, 0) / Math.max(values.length, 1));
  return {
    seconds,
    connections,
    requests,
    distinctShapes,
    errors,
    assembledQueriesMax: max,
    assembledQueriesPeak: Math.max(0, ...sizes),
    assembledQueriesEverySecond: sizes,
    rssFirstFiveSecondsMb: average(rss.slice(0, 5)),
    rssLastFiveSecondsMb: average(rss.slice(-5)),
    rssPeakMb: Math.max(0, ...rss),
    packedRequest: { shapes: packed.length, codes: (refused.body.errors ?? []).map((error) => error.extensions?.code ?? '?') },
  };
}
