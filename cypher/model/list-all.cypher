// A page of all models, when the list has no filter: the total comes from Neo4j's count store and no
// filter predicate is evaluated on every model (model/list does that when there is a filter). The sort
// value is chosen from cypher/model/sort/ by the caller; the page is a keyset page (cypher/page/). Each
// model comes with its position (for its cursor) and what the request reads of it ($pick, see model/picked).
// (The sort value named in the MATCH lets Neo4j read models from its index in order where it has one: the
// NAME orders, m.nameSort; then only the page is read.)
MATCH (m:Model) WHERE {{model/sort}} IS NOT NULL
WITH m, {{model/sort}} AS sortValue, m.id AS sortId
WHERE {{page/seek}}
ORDER BY {{page/order}}
LIMIT toInteger($limit)
WITH collect({at: [sortValue, sortId], node: {{model/picked}} }) AS models
RETURN COUNT { (:Model) } AS totalCount, models
