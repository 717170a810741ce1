// reads: nothing
// Models per developer, among all models, counted from the organizations' side (a model has at most
// one developer); models without one (group null) are all models less the DEVELOPS relationships.
CALL () {
  MATCH (o:Organization)-[:DEVELOPS]->(m:Model)
  RETURN o.name AS group, count(m) AS count
  UNION ALL
  RETURN null AS group, COUNT { (:Model) } - COUNT { ()-[:DEVELOPS]->(:Model) } AS count
}
RETURN group, sum(count) AS count
