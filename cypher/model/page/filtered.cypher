// reads: modelFilter; binds: models
// A page of a filtered models list found from its filter: the models matching it (through the indexes of its
// conditions), sorted, and the page kept. Cheap when few match; model/page/filtered-or-walked walks instead
// when many do.
{{model/match}} WHERE {{model/where}}
WITH m, {{model/sort}} AS sortValue, m.id AS sortId
WHERE {{page/seek}}
ORDER BY {{page/order}}
LIMIT toInteger($limit)
RETURN collect({at: [sortValue, sortId], node: {{model/picked}} }) AS models
