/**
 * The same landscape as @neo4j/graphql sees it: type definitions equivalent to this server's for the
 * benchmark's mix. What @neo4j/graphql cannot express by itself (pairwise wins, best-per-model boards,
 * group counts) is a @cypher field with the same Cypher this server runs, as its users would write it.
 */
import { NEIGHBOURHOOD_CYPHER, OFFERINGS_CYPHER } from './mix.js';

export const typeDefs = /* GraphQL */ `
  type Organization @node {
    id: String!
    name: String!
    country: String!
    models: [Model!]! @relationship(type: "DEVELOPS", direction: OUT)
  }

  type Licence @node {
    id: String!
    name: String!
    spdx: String
    category: String!
    models: [Model!]! @relationship(type: "LICENSED_UNDER", direction: IN)
  }

  type Model @node {
    id: String!
    name: String!
    family: String!
    openness: String
    status: String!
    releaseDate: Date
    totalParamsB: Float
    organization: [Organization!]! @relationship(type: "DEVELOPS", direction: IN)
    licence: [Licence!]! @relationship(type: "LICENSED_UNDER", direction: OUT)
    results: [BenchmarkResult!]! @relationship(type: "HAS_RESULT", direction: OUT)
  }

  type Benchmark @node {
    id: String!
    name: String!
    results: [BenchmarkResult!]! @relationship(type: "ON_BENCHMARK", direction: IN)
  }

  type BenchmarkResult @node {
    id: String!
    score: Float!
    setting: String
    sourceTable: String!
    reportedBy: String!
    model: [Model!]! @relationship(type: "HAS_RESULT", direction: IN)
    benchmark: [Benchmark!]! @relationship(type: "ON_BENCHMARK", direction: OUT)
  }

  type Win {
    winner: String!
    loser: String!
    benchmark: String!
    winnerScore: Float!
    loserScore: Float!
    margin: Float!
  }

  type Query {
    benchmarkWins(domain: String!, winnerSpdx: [String!]!, loserOpenness: [String!]!): [Win!]!
      @cypher(
        statement: """
        MATCH (b:Benchmark)-[:MEASURES]->(:Domain {id: $domain})
        CALL (b) {
          MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)-[:LICENSED_UNDER]->(l:Licence)
          WHERE l.spdx IN $winnerSpdx
          WITH r, m ORDER BY r.score DESC
          WITH [r.sourceTable, r.reportedBy] AS tableKey, collect({result: r, model: m})[0..200] AS best
          RETURN collect({tableKey: tableKey, results: best}) AS winnerTables
        }
        CALL (b) {
          MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
          WHERE m.openness IN $loserOpenness
          WITH r, m ORDER BY r.score ASC
          WITH [r.sourceTable, r.reportedBy] AS tableKey, collect({result: r, model: m})[0..200] AS worst
          RETURN collect({tableKey: tableKey, results: worst}) AS loserTables
        }
        UNWIND winnerTables AS wt
        UNWIND loserTables AS lt
        WITH b, wt, lt WHERE wt.tableKey = lt.tableKey
        UNWIND wt.results AS w
        UNWIND lt.results AS l
        WITH b, w, l
        WHERE w.model <> l.model AND w.result.score > l.result.score
        WITH b, w, l, w.result.score - l.result.score AS margin
        ORDER BY margin DESC LIMIT 100
        RETURN {winner: w.model.name, loser: l.model.name, benchmark: b.name, winnerScore: w.result.score,
                loserScore: l.result.score, margin: margin} AS win
        """
        columnName: "win"
      )
    leaderboard(benchmark: String!, first: Int!): [BenchmarkResult!]!
      @cypher(
        statement: """
        MATCH (:Benchmark {id: $benchmark})<-[:ON_BENCHMARK]-(g:BenchmarkResult)
        WITH g.comparisonKey AS key, count(*) AS results ORDER BY results DESC, key LIMIT 1
        MATCH (:Benchmark {id: $benchmark})<-[:ON_BENCHMARK]-(r:BenchmarkResult {comparisonKey: key})<-[:HAS_RESULT]-(m:Model)
        WITH m, r ORDER BY r.score DESC
        WITH m, head(collect(r)) AS best
        RETURN best ORDER BY best.score DESC LIMIT $first
        """
        columnName: "best"
      )
    neighbourhood(key: String!, limit: Int!): Neighbourhood
      @cypher(
        statement: """
        ${NEIGHBOURHOOD_CYPHER}
        """
        columnName: "view"
      )
    offeringsOf(model: String!): [PricedOffering!]!
      @cypher(
        statement: """
        ${OFFERINGS_CYPHER}
        """
        columnName: "offering"
      )
    countryCounts: [CountryCount!]!
      @cypher(
        statement: """
        MATCH (o:Organization)-[:DEVELOPS]->(m:Model)
        WITH o.country AS country, count(m) AS count
        RETURN {country: country, count: count} AS row ORDER BY row.count DESC
        """
        columnName: "row"
      )
  }

  type GraphViewNode {
    key: String!
    type: String!
    label: String
  }

  type GraphViewEdge {
    source: String!
    target: String!
    type: String!
  }

  type Neighbourhood {
    nodes: [GraphViewNode!]!
    edges: [GraphViewEdge!]!
  }

  type PricedOffering {
    offeringId: String!
    blendedPerMTokens: Float
  }

  type CountryCount {
    country: String!
    count: Int!
  }
`;
