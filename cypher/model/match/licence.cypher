// reads: nothing; binds: m, l
// Matches the models a list starts from through their weights licence (variables m and l), for a filter
// on the licence: Neo4j can then start from the licences' SPDX id or category (indexed) and join, instead
// of walking every model's relationships to find its licence. A model has at most one weights licence.
MATCH (m:Model)-[:LICENSED_UNDER]->(l:Licence)
