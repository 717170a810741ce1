// reads: modelFilter, totalCount; binds: m, sortValue, sortId
// A page of a filtered models list whose total is kept (model/count/tallies) and whose order has an index
// (model/walk-index): found from the filter when few models match it (model/page/filtered), by walking the
// order when many do (model/page/walked). Many is when sorting every match would read more models than the walk
// expects to, about $limit x (all models / matches), with a margin for the walk's dearer rows: matches^2 >=
// 4 x $limit x all models (at 33,000 models and a page of 20, from about 1,700 matches). One query: Neo4j plans
// both and runs the one the count admits.
WITH modelFilter, totalCount WHERE totalCount * totalCount < 4 * toInteger($limit) * COUNT { (:Model) }
CALL (modelFilter) {
  {{model/page/filtered}}
}
RETURN m, sortValue, sortId
UNION ALL
WITH modelFilter, totalCount WHERE totalCount * totalCount >= 4 * toInteger($limit) * COUNT { (:Model) }
CALL (modelFilter) {
  {{model/page/walked}}
}
RETURN m, sortValue, sortId
