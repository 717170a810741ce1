// Empties the graph a batch at a time (npm run seed -- --reset), so no transaction grows unbounded.
MATCH (n)
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted
