/**
 * The benchmark's questions, each asked three ways: of this server, of @neo4j/graphql (the alternative),
 * and as the best single hand-written Cypher query (the floor). All three return the same facts.
 */
export interface Question {
  name: string;
  /** Whether the question is answered from indexes (its p50 should not grow with the data). */
  indexed: boolean;
  ours: string;
  /**
   * For a question that pages on: the request of its first page. A keyset cursor is a position in the data,
   * so each scale asks this first and puts its endCursor where `ours` says AFTER_CURSOR (questionsAt).
   */
  firstPage?: string;
  neo4jGraphql: string;
  floor: { cypher: string; params: Record<string, unknown> };
}

/**
 * Two hops around a node along every relationship type, at most $limit nodes, with the relationships among
 * them: what graph(ids:, depth: 2) answers, written by hand (the floor, and @neo4j/graphql's @cypher field).
 */
export const NEIGHBOURHOOD_CYPHER = `MATCH (seed:Entity {key: $key})
  CALL (seed) { MATCH (seed)--(n1:Entity) WHERE n1 <> seed WITH DISTINCT n1 LIMIT toInteger($limit) RETURN collect(n1) AS level1 }
  CALL (seed, level1) { UNWIND level1 AS n MATCH (n)--(n2:Entity) WHERE n2 <> seed AND NOT n2 IN level1
    WITH DISTINCT n2 LIMIT toInteger($limit) RETURN collect(n2) AS level2 }
  WITH ([seed] + level1 + level2)[0..toInteger($limit)] AS nodes
  RETURN {
    nodes: [n IN nodes | {key: n.key, type: head([l IN labels(n) WHERE l <> 'Entity']), label: coalesce(n.name, n.title, n.id)}],
    edges: COLLECT { UNWIND nodes AS a MATCH (a)-[r]->(b) WHERE b IN nodes RETURN {source: a.key, target: b.key, type: type(r)} }
  } AS view`;

/** The offerings of a model, each priced today, cheapest first: what Model.offerings answers, by hand. */
export const OFFERINGS_CYPHER = `MATCH (:Model {id: $model})<-[:SERVES]-(o:Offering)
  WITH o, head(COLLECT { MATCH (o)-[:PRICED_AT]->(p:Price)
    WHERE (p.from IS NULL OR p.from <= date()) AND (p.until IS NULL OR p.until > date())
    RETURN p ORDER BY p.pricedAs IS NULL, coalesce(p.hoursPerDay, 24) DESC, p.from DESC }) AS p
  WITH o, (3 * p.inputPerMTokens + p.outputPerMTokens) / 4.0 AS blended
  RETURN {offeringId: o.id, blendedPerMTokens: blended} AS offering ORDER BY blended IS NULL, blended, o.id`;

const cursor = (prefix: string, offset: number) => Buffer.from(`${prefix}:${offset}`).toString('base64');

export const QUESTIONS: Question[] = [
  {
    name: 'deep nested read',
    indexed: false,
    ours: `{ models(first: 50, orderBy: NAME_ASC) { edges { node { name organization { name country } licence { name spdx }
      results { score setting benchmark { name } } } } } }`,
    neo4jGraphql: `{ models(limit: 50, sort: [{ name: ASC }]) { name organization { name country } licence { name spdx }
      results { score setting benchmark { name } } } }`,
    floor: {
      // The same data model as this server's: the name's sort key, indexed (cypher/model/name-sort).
      cypher: `MATCH (m:Model) WHERE m.nameSort IS NOT NULL WITH m ORDER BY m.nameSort LIMIT 50
        RETURN m.name AS name,
          [(o:Organization)-[:DEVELOPS]->(m) | o {.name, .country}] AS organization,
          [(m)-[:LICENSED_UNDER]->(l:Licence) | l {.name, .spdx}] AS licence,
          [(m)-[:HAS_RESULT]->(r:BenchmarkResult)-[:ON_BENCHMARK]->(b:Benchmark) | {score: r.score, setting: r.setting, benchmark: b.name}] AS results`,
      params: {},
    },
  },
  {
    name: 'filtered list, page 2',
    indexed: true,
    ours: `{ models(where: { openness: [OPEN_WEIGHTS, RESTRICTED_OPEN], country: ["China"] }, orderBy: RELEASE_DATE_DESC,
      first: 20, after: "AFTER_CURSOR") { totalCount edges { node { name releaseDate } } } }`,
    firstPage: `{ models(where: { openness: [OPEN_WEIGHTS, RESTRICTED_OPEN], country: ["China"] }, orderBy: RELEASE_DATE_DESC,
      first: 20) { pageInfo { endCursor } } }`,
    neo4jGraphql: `{ modelsConnection(where: { openness: { in: ["OPEN_WEIGHTS", "RESTRICTED_OPEN"] }, organization: { some: { country: { eq: "China" } } } },
      sort: [{ releaseDate: DESC }], first: 20, after: "${cursor('arrayconnection', 19)}") { totalCount edges { node { name releaseDate } } } }`,
    floor: {
      // The same data model as this server's: the kept counts by cell (cypher/model/tally-cell) for the total, and
      // the models walked newest first from the index of their release sort key (cypher/model/release-sort),
      // each tested against the filter, for the page (an offset: no cursor to decode).
      cypher: `CALL () {
          MATCH (t:ModelTally) WHERE t.country = 'China' AND t.openness IN $openness RETURN sum(t.models) AS totalCount }
        CALL () {
          MATCH (m:Model) USING INDEX m:Model(releaseSort) WHERE m.releaseSort IS NOT NULL AND m.openness IN $openness
            AND EXISTS { (:Organization {country: 'China'})-[:DEVELOPS]->(m) }
          WITH m ORDER BY m.releaseSort DESC SKIP 20 LIMIT 20 RETURN collect(m {.name, .releaseDate}) AS page }
        RETURN totalCount, page`,
      params: { openness: ['OPEN_WEIGHTS', 'RESTRICTED_OPEN'] },
    },
  },
  {
    name: 'benchmarkWins (math, Apache over closed)',
    indexed: false,
    ours: `{ benchmarkWins(domain: MATH, winner: { licenceSpdx: ["Apache-2.0"] }, loser: { openness: [CLOSED] }) {
      winner { name } loser { name } benchmark { name } winnerScore loserScore margin } }`,
    neo4jGraphql: `{ benchmarkWins(domain: "math", winnerSpdx: ["Apache-2.0"], loserOpenness: ["CLOSED"]) {
      winner loser benchmark winnerScore loserScore margin } }`,
    floor: {
      // The same data model as this server's (groups of comparable results, the indexes on (comparisonKey, licence,
      // score) and (comparisonKey, openness, score) over the result's copies of its model's licence and openness) and
      // the same bound on the pairs a table can contribute to the 100 biggest margins.
      cypher: `MATCH (b:Benchmark)-[:MEASURES]->(:Domain {id: 'math'})
        MATCH (g:ResultGroup {benchmarkId: b.id})
        CALL (g) { MATCH (r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
                   WHERE r.comparisonKey = g.comparisonKey AND r.modelLicenceSpdx = 'Apache-2.0' AND r.score IS NOT NULL
                   WITH r, m ORDER BY r.comparisonKey DESC, r.modelLicenceSpdx DESC, r.score DESC LIMIT 200
                   RETURN collect({score: r.score, model: m}) AS best }
        CALL (g) { MATCH (r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
                   WHERE r.comparisonKey = g.comparisonKey AND r.modelOpenness = 'CLOSED' AND r.score IS NOT NULL
                   WITH r, m ORDER BY r.comparisonKey ASC, r.modelOpenness ASC, r.score ASC LIMIT 200
                   RETURN collect({score: r.score, model: m}) AS worst }
        UNWIND range(0, size(best) - 1) AS i
        UNWIND range(0, CASE WHEN 200 / (i + 1) < size(worst) THEN 200 / (i + 1) ELSE size(worst) END - 1) AS j
        WITH b, best[i] AS w, worst[j] AS l WHERE w.model <> l.model AND w.score > l.score
        WITH b, w, l, w.score - l.score AS margin ORDER BY margin DESC LIMIT 100
        RETURN w.model.name AS winner, l.model.name AS loser, b.name AS benchmark, w.score AS winnerScore,
               l.score AS loserScore, margin`,
      params: {},
    },
  },
  {
    name: 'leaderboard (GPQA Diamond, top 20)',
    indexed: false,
    ours: `{ leaderboard(benchmark: "gpqa-diamond", first: 20) { rank score model { name } } }`,
    neo4jGraphql: `{ leaderboard(benchmark: "gpqa-diamond", first: 20) { score model { name } } }`,
    floor: {
      // The same question on the same data model: the benchmark's largest group of comparable results from its
      // stored count, then the first entries of the index of each model's best result in the group.
      cypher: `MATCH (g:ResultGroup {benchmarkId: 'gpqa-diamond'}) WITH g ORDER BY g.resultCount DESC, g.comparisonKey LIMIT 1
        CALL (g) { MATCH (m:Model)-[:HAS_RESULT]->(r:BenchmarkResult)
                   WHERE r.comparisonKey = g.comparisonKey AND r.bestOfModel = true AND r.score IS NOT NULL
                   RETURN m.name AS model, r.score AS score ORDER BY r.comparisonKey DESC, r.bestOfModel DESC, r.score DESC LIMIT 20 }
        RETURN model, score`,
      params: {},
    },
  },
  {
    name: 'aggregate (models by country)',
    indexed: false,
    ours: `{ modelCounts(groupBy: COUNTRY) { group count } }`,
    neo4jGraphql: `{ countryCounts { country count } }`,
    floor: {
      // The same data model as this server's: the kept counts by cell (cypher/model/tally-cell), summed by country.
      cypher: `MATCH (t:ModelTally) RETURN t.country AS country, sum(t.models) AS count ORDER BY count DESC`,
      params: {},
    },
  },
  {
    name: 'offerings of a model, cheapest first (DeepSeek-R1)',
    indexed: true,
    ours: `{ model(id: "deepseek-r1") { offerings { offeringId price { blendedPerMTokens } } } }`,
    // Dated prices are no relationship @neo4j/graphql can filter by day: its users write a @cypher field.
    neo4jGraphql: `{ offeringsOf(model: "deepseek-r1") { offeringId blendedPerMTokens } }`,
    floor: { cypher: OFFERINGS_CYPHER, params: { model: 'deepseek-r1' } },
  },
  {
    name: 'graph neighbourhood (DeepSeek-R1, 2 hops)',
    indexed: true,
    ours: `{ graph(ids: ["model:deepseek-r1"], depth: 2, limit: 300) { truncated nodes { id type label } edges { source target type } } }`,
    // @neo4j/graphql has no neighbourhood of any relationship type: its users write it as a @cypher field
    // (bench/neo4j-graphql-typedefs.ts), with the floor's query.
    neo4jGraphql: `{ neighbourhood(key: "model:deepseek-r1", limit: 300) { nodes { key type label } edges { source target type } } }`,
    floor: {
      cypher: NEIGHBOURHOOD_CYPHER,
      params: { key: 'model:deepseek-r1', limit: 300 },
    },
  },
];

/** The mix at the data loaded now: each question that pages on starts after the end of its first page there. */
export async function questionsAt(url: string, fetcher: (url: string, init: RequestInit) => Promise<Response> = fetch): Promise<Question[]> {
  return Promise.all(
    QUESTIONS.map(async (question) => {
      if (!question.firstPage) return question;
      const response = await fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: question.firstPage }) });
      const body = (await response.json()) as { data?: { models?: { pageInfo: { endCursor: string | null } } }; errors?: Array<{ message: string }> };
      const endCursor = body.data?.models?.pageInfo.endCursor;
      if (!endCursor) throw new Error(`${question.name}: its first page gave no cursor (${JSON.stringify(body.errors ?? body.data)})`);
      return { ...question, ours: question.ours.replace('AFTER_CURSOR', endCursor) };
    }),
  );
}
