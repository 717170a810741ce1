// reads: nothing; binds: o, m, l
// Matches the models a list starts from through their developer and weights licence (variables o, m
// and l), for a filter on both (see developer and licence).
MATCH (o:Organization)-[:DEVELOPS]->(m:Model)-[:LICENSED_UNDER]->(l:Licence)
