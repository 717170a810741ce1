// The group of model m by the category of its weights licence (NONE where there is none).
coalesce(head([(m)-[:LICENSED_UNDER]->(l:Licence) | l.category]), 'NONE')
