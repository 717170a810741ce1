// reads: nothing
// Models per release status, among all models.
MATCH (m:Model)
RETURN m.status AS group, count(*) AS count
