// A page of models matching a ModelFilter ($where), in the asked order ($order, from a fixed list), with
// the total count. Ties are broken by id so that pages are stable.
WITH $where AS modelFilter
CALL (modelFilter) {
  MATCH (m:Model) WHERE {{model/where}}
  RETURN count(m) AS totalCount
}
CALL (modelFilter) {
  MATCH (m:Model) WHERE {{model/where}}
  WITH m
  ORDER BY
    CASE WHEN $order = 'NAME_ASC' THEN toLower(m.name) END ASC,
    CASE WHEN $order = 'NAME_DESC' THEN toLower(m.name) END DESC,
    CASE WHEN $order = 'RELEASE_DATE_ASC' THEN m.releaseDate END ASC,
    CASE WHEN $order = 'RELEASE_DATE_DESC' THEN m.releaseDate END DESC,
    CASE WHEN $order = 'TOTAL_PARAMS_ASC' THEN m.totalParamsB END ASC,
    CASE WHEN $order = 'TOTAL_PARAMS_DESC' THEN m.totalParamsB END DESC,
    CASE WHEN $order = 'CONTEXT_WINDOW_ASC' THEN m.contextWindow END ASC,
    CASE WHEN $order = 'CONTEXT_WINDOW_DESC' THEN m.contextWindow END DESC,
    m.id
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect({{model/projection}}) AS models
}
RETURN totalCount, models
