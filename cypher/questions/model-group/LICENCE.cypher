// reads: m
// The group of model m by its weights licence's name (null where there is none).
head([(m)-[:LICENSED_UNDER]->(gl:Licence) | gl.name])
