// Empties the graph a batch at a time (npm run seed -- --reset), so no transaction grows unbounded.
// The graph's version stays: every write transaction, this one too, moves it on (cypher/graph-version/bump),
// so deleting it would bring it back each time and the batches would never come to 0.
MATCH (n)
WHERE NOT n:GraphVersion
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted
