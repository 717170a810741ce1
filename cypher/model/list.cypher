// A page of models matching a ModelFilter ($where), in the asked order ($order, from a fixed list), with
// the total count. Unknown values sort last either way; ties are broken by id so that pages are stable.
WITH $where AS modelFilter
CALL (modelFilter) {
  MATCH (m:Model) WHERE {{model/where}}
  RETURN count(m) AS totalCount
}
CALL (modelFilter) {
  MATCH (m:Model) WHERE {{model/where}}
  WITH m
  ORDER BY
    {{model/order}}
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect({{model/projection}}) AS models
}
RETURN totalCount, models
