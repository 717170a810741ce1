// reads: m
// Fragment: model m for a list, with only what the request reads. $pick names, per part, the properties
// to return (null: the part is not asked): model, organization, licence, codeLicence, tier, result and
// benchmark. Each part comes as a list of values in its $pick order (src/model/picked.ts makes rows of
// them): a model's notes, strengths, licence texts and result tables are most of its bytes, and decoding
// bytes nobody asked for was most of the server's work on a deep list. Results (all of a model's, in
// result/by-model-ids' order) and their benchmarks come in the same round trip when asked, each result as
// [values, benchmark id, source id, benchmark values, domain ids, result count] (a list, not a map whose
// keys would be sent again for each of hundreds of results). Its variables
// are its own (po, pl, pr...), so that it does not pick up a query's r or b (the leaderboard has both).
{
  model: [property IN $pick.model | m[property]],
  organization: CASE WHEN $pick.organization IS NOT NULL
    THEN head([(po:Organization)-[:DEVELOPS]->(m) | [property IN $pick.organization | po[property]]]) END,
  licence: CASE WHEN $pick.licence IS NOT NULL
    THEN head([(m)-[:LICENSED_UNDER]->(pl:Licence) | [property IN $pick.licence | pl[property]]]) END,
  codeLicence: CASE WHEN $pick.codeLicence IS NOT NULL
    THEN head([(m)-[:CODE_LICENSED_UNDER]->(pl:Licence) | [property IN $pick.codeLicence | pl[property]]]) END,
  tier: CASE WHEN $pick.tier IS NOT NULL
    THEN head([(m)-[:IN_TIER]->(pt:Tier) | [property IN $pick.tier | pt[property]]]) END,
  results: CASE WHEN $pick.result IS NOT NULL THEN COLLECT {
    MATCH (m)-[:HAS_RESULT]->(pr:BenchmarkResult)-[:ON_BENCHMARK]->(pb:Benchmark)
    WITH pr, pb ORDER BY toLower(pb.name), pr.score DESC, pr.id
    RETURN [
      [property IN $pick.result | pr[property]],
      pb.id,
      CASE WHEN 'sourceId' IN $pick.result THEN head([(pr)-[:REPORTED_IN]->(ps:Source) | ps.id]) END,
      CASE WHEN $pick.benchmark IS NOT NULL THEN [property IN $pick.benchmark | pb[property]] END,
      CASE WHEN 'domainIds' IN $pick.benchmark THEN COLLECT { MATCH (pb)-[:MEASURES]->(pd:Domain) RETURN pd.id ORDER BY pd.id } END,
      CASE WHEN 'resultCount' IN $pick.benchmark THEN COUNT { (pb)<-[:ON_BENCHMARK]-() } END
    ]
  } END
}
