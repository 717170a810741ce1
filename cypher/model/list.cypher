// A page of models matching a ModelFilter ($where), in the asked order, with the total count. Where the
// models are matched from, the filter's conditions and the sort value are chosen from cypher/model/match/,
// where/ and sort/ by the caller, so that Neo4j plans each combination with the indexes it can use; how the
// total is had from cypher/model/count/ (the kept counts where the filter allows, none when not asked). The page
// is a keyset page (cypher/page/: rows past $after, $limit of them). Each model comes with its position
// (for its cursor) and what the request reads of it ($pick, see model/picked).
WITH $where AS modelFilter
CALL (modelFilter) {
  {{model/count}}
}
CALL (modelFilter) {
  {{model/match}} WHERE {{model/where}}
  WITH m, {{model/sort}} AS sortValue, m.id AS sortId
  WHERE {{page/seek}}
  ORDER BY {{page/order}}
  LIMIT toInteger($limit)
  RETURN collect({at: [sortValue, sortId], node: {{model/picked}} }) AS models
}
RETURN totalCount, models
