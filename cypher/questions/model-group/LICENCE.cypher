// The group of model m by its weights licence's name (NONE where there is none).
coalesce(head([(m)-[:LICENSED_UNDER]->(l:Licence) | l.name]), 'NONE')
