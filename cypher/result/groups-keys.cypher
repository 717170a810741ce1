// Every group of comparable results the graph holds or held: the keys on its results, and those of
// :ResultGroup nodes whose results are gone (cypher/result/groups-refresh removes them).
MATCH (r:BenchmarkResult) WHERE r.comparisonKey IS NOT NULL
RETURN DISTINCT r.comparisonKey AS key
UNION
MATCH (g:ResultGroup)
RETURN g.comparisonKey AS key
