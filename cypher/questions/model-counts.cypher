// How many models fall in each group among those matching $where; the grouping is chosen from
// cypher/questions/model-group/ by the caller (one file per ModelGrouping value).
WITH $where AS modelFilter
{{model/match}}
WHERE {{model/where}}
WITH m, {{questions/model-group}} AS group
RETURN group, count(m) AS count
ORDER BY count DESC, group
