// reads: m
// Sort value of a model list smallest first, undisclosed sizes last (ties by id; see cypher/page/).
coalesce(toFloat(m.totalParamsB), 1.0e308)
