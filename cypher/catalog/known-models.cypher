// The models catalog entries can resolve to: their ids and names (src/catalog/resolution.ts).
MATCH (m:Model)
RETURN m.id AS id, m.name AS name
ORDER BY id
