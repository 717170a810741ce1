// A page of models matching a ModelFilter ($where), in the asked order, with the total count. Where the
// models are matched from, the filter's conditions and the order are chosen from cypher/model/match/,
// where/ and order/ by the caller, so that Neo4j plans each combination with the indexes it can use. Each model
// comes with what the request reads of it ($pick, see model/picked).
WITH $where AS modelFilter
CALL (modelFilter) {
  {{model/match}} WHERE {{model/where}}
  RETURN count(m) AS totalCount
}
CALL (modelFilter) {
  {{model/match}} WHERE {{model/where}}
  WITH m
  ORDER BY {{model/order}}
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect({{model/picked}}) AS models
}
RETURN totalCount, models
