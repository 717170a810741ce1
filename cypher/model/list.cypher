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
    CASE WHEN $order = 'NAME_ASC' THEN toLower(m.name) END ASC,
    CASE WHEN $order = 'NAME_DESC' THEN toLower(m.name) END DESC,
    CASE WHEN $order = 'RELEASE_DATE_ASC' THEN m.releaseDate END ASC,
    CASE WHEN $order = 'RELEASE_DATE_DESC' THEN coalesce(m.releaseDate, date('0001-01-01')) END DESC,
    CASE WHEN $order = 'TOTAL_PARAMS_ASC' THEN m.totalParamsB END ASC,
    CASE WHEN $order = 'TOTAL_PARAMS_DESC' THEN coalesce(m.totalParamsB, -1.0) END DESC,
    CASE WHEN $order = 'CONTEXT_WINDOW_ASC' THEN m.contextWindow END ASC,
    CASE WHEN $order = 'CONTEXT_WINDOW_DESC' THEN coalesce(m.contextWindow, -1) END DESC,
    m.id
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect({{model/projection}}) AS models
}
RETURN totalCount, models
