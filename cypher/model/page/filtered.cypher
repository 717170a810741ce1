// reads: modelFilter; binds: m, sortValue, sortId
// A page of a filtered models list found from its filter: the models matching it (through the indexes of its
// conditions), sorted, and the page's rows kept, each model with its position. Cheap when few match;
// model/page/filtered-or-walked walks instead when many do. model/list projects the page's models.
{{model/match}} WHERE {{model/where}}
WITH m, {{model/sort}} AS sortValue, m.id AS sortId
WHERE {{page/seek}}
ORDER BY {{page/order}}
LIMIT toInteger($limit)
RETURN m, sortValue, sortId
