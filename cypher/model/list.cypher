// A page of models matching a ModelFilter ($where), in the asked order, with the total count. How the total
// is had is chosen from cypher/model/count/ (the kept counts where the filter allows, none when not asked), and
// how the page is found from cypher/model/page/ (from the filter, or walking the order when the kept counts say
// many models match); within those, where the models are matched from, the filter's conditions and the sort
// value are chosen from cypher/model/match/, where/ and sort/, so that Neo4j plans each combination with the
// indexes it can use. The page is a keyset page (cypher/page/: rows past $page.after, $limit of them). Each model
// comes with its position (for its cursor) and what the request reads of it ($pick, see model/picked).
WITH $where AS modelFilter
CALL (modelFilter) {
  {{model/count}}
}
// OPTIONAL: a page without a model still has its total.
OPTIONAL CALL (modelFilter, totalCount) {
  {{model/page}}
}
// Projected here, once, whichever way the page was found: model/page/filtered-or-walked has two, and with the
// projection in each Neo4j took a third longer to plan the query (99 ms against 141 on a warm JVM).
WITH totalCount, m, sortValue, sortId ORDER BY {{page/order}}
RETURN totalCount, collect(CASE WHEN m IS NOT NULL THEN {at: [sortValue, sortId], node: {{model/picked}} } END) AS models
