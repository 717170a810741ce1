// The group of model m by the category of its weights licence (null where there is none).
head([(m)-[:LICENSED_UNDER]->(l:Licence) | l.category])
