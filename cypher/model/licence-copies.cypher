// reads: m
// Fragment (the items of a SET clause): model m's copies of its weights licence's SPDX id and category, beside
// its LICENSED_UNDER relationship (null without one), so that a filter on the licence reads one property of
// the model instead of walking the model's relationships to find its licence (16 db hits a row where
// benchmarkWins walks a table of results, each to its model: 1.05M of the 1.86M at 1000x). Every write
// of that relationship sets them from this one definition: the seed (cypher/seed/model-licence-copies),
// upsertModel, and cypher/schema/005 for a graph written before.
m.licenceSpdx = head([(m)-[:LICENSED_UNDER]->(copied:Licence) | copied.spdx]),
m.licenceCategory = head([(m)-[:LICENSED_UNDER]->(copied:Licence) | copied.category])
