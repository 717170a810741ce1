// reads: m
// The group of model m by the category of its weights licence (null where there is none).
head([(m)-[:LICENSED_UNDER]->(gl:Licence) | gl.category])
