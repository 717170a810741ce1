// reads: nothing; binds: key, cell, models
// Fragment: every cell of the kept model counts (cypher/model/tally-cell) that holds a model now, with its key
// and how many models it holds, counted over every model: for the seed's and the import's count
// (cypher/model/tallies-refresh) and a graph's first (cypher/schema/009).
MATCH (m:Model)
WITH {{model/tally-cell}} AS cell
WITH {{model/tally-key}} AS key, cell
WITH key, head(collect(cell)) AS cell, count(*) AS models
