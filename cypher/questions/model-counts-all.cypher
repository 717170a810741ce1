// How many models fall in each group ($groupBy), among all models: model-counts without a filter
// predicate to evaluate on every model.
MATCH (m:Model)
WITH m, {{questions/model-group}} AS group
RETURN group, count(m) AS count
ORDER BY count DESC, group
