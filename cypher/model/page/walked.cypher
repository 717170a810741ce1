// reads: modelFilter; binds: m, sortValue, sortId
// A page of a filtered models list found by walking the list's order: the models read from the index of their
// sort value (model/walk-index), from the cursor's position ($low to $high) and in order, each tested against the
// filter, until the page is full. Reads about $limit x (all models / matching ones) models, whatever the number
// of matches: cheap when many match, which model/page/filtered-or-walked knows from the kept counts. model/list
// projects the page's models.
MATCH (m:Model) {{model/walk-index}}
WHERE {{model/sort}} >= $low AND {{model/sort}} <= $high
WITH m, modelFilter WHERE {{model/where#walk}}
WITH m, {{model/sort}} AS sortValue, m.id AS sortId
WHERE {{page/seek}}
ORDER BY {{page/order}}
LIMIT toInteger($limit)
RETURN m, sortValue, sortId
