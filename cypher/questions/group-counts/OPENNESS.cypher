// reads: nothing
// Models per openness category, among all models; models not released have none (group null).
MATCH (m:Model)
RETURN m.openness AS group, count(*) AS count
