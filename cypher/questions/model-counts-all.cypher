// How many models fall in each group, among all models: the counting query of the grouping is chosen
// from cypher/questions/group-counts/ by the caller (one per ModelGrouping value). Without a filter, a
// grouping on a field whose counts are kept (country, openness, status, licence category) sums the kept counts
// by cell, and one by another neighbour counts from the neighbours' side, where a per-model lookup
// (model-counts) walks every model's relationships. Empty groups are left out, as model-counts leaves them out.
CALL () {
  {{questions/group-counts}}
}
WITH group, count WHERE count > 0
RETURN group, count
ORDER BY count DESC, group
