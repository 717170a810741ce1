// reads: nothing
// Models per family, among all models.
MATCH (m:Model)
RETURN m.family AS group, count(*) AS count
