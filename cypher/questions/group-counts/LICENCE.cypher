// reads: nothing
// Models per weights licence, among all models, counted from the licences' side; a model has at most
// one weights licence, so those without one (group null) are all models less the LICENSED_UNDER relationships.
CALL () {
  MATCH (l:Licence)<-[:LICENSED_UNDER]-(m:Model)
  RETURN l.name AS group, count(m) AS count
  UNION ALL
  RETURN null AS group, COUNT { (:Model) } - COUNT { (:Model)-[:LICENSED_UNDER]->() } AS count
}
RETURN group, sum(count) AS count
