// A page of all models, when the list has no filter: the total comes from Neo4j's count store and no
// filter predicate is evaluated on every model (model/list does that when there is a filter). The order
// is chosen from cypher/model/order/ by the caller. Each model comes with what the request reads
// of it ($pick, see model/picked).
MATCH (m:Model)
WITH m
ORDER BY {{model/order}}
SKIP toInteger($offset) LIMIT toInteger($limit)
WITH collect({{model/picked}}) AS models
RETURN COUNT { (:Model) } AS totalCount, models
