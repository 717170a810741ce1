// Fragment (a subquery): the models that may match the filter map modelFilter, found through an index
// where the filter names indexed values (ids, openness, family), else all models. The caller still
// applies {{model/where}}: this only picks where to start, so that a filtered list at scale is an index
// seek rather than a scan of every model.
CALL (modelFilter) {
  WITH modelFilter WHERE modelFilter.ids IS NOT NULL
  MATCH (m:Model) WHERE m.id IN modelFilter.ids
  RETURN m
  UNION
  WITH modelFilter WHERE modelFilter.ids IS NULL AND modelFilter.openness IS NOT NULL
  MATCH (m:Model) WHERE m.openness IN modelFilter.openness
  RETURN m
  UNION
  WITH modelFilter WHERE modelFilter.ids IS NULL AND modelFilter.openness IS NULL AND modelFilter.family IS NOT NULL
  MATCH (m:Model) WHERE m.family IN modelFilter.family
  RETURN m
  UNION
  WITH modelFilter WHERE modelFilter.ids IS NULL AND modelFilter.openness IS NULL AND modelFilter.family IS NULL
  MATCH (m:Model)
  RETURN m
}
