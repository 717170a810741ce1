// reads: nothing
// Models per tier of the analysis, among all models, counted from the tiers' side (a model is in at most
// one tier); models in none (group null) are all models less the IN_TIER relationships.
CALL () {
  MATCH (t:Tier)<-[:IN_TIER]-(m:Model)
  RETURN t.name AS group, count(m) AS count
  UNION ALL
  RETURN null AS group, COUNT { (:Model) } - COUNT { (:Model)-[:IN_TIER]->() } AS count
}
RETURN group, sum(count) AS count
