// How many models fall in each group ($groupBy, from a fixed list) among those matching $where.
WITH $where AS modelFilter
MATCH (m:Model)
WHERE {{model/where}}
WITH m, {{questions/model-group}} AS group
RETURN group, count(m) AS count
ORDER BY count DESC, group
