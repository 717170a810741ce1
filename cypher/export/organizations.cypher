// Every organization as one flat row: who it is, where, who owns it, how many models it develops and how
// many of them are open (any openness but CLOSED), and the strategic motives the analysis attributes to it.
// Optionally only some countries ($countries, lower-cased; null for all); by name.
MATCH (o:Organization)
WHERE $countries IS NULL OR toLower(o.country) IN $countries
OPTIONAL MATCH (o)-[:SUBSIDIARY_OF]->(p:Organization)
RETURN o.id AS organization_id, o.name AS organization, o.legalName AS legal_name, o.kind AS kind,
       o.country AS country, p.id AS parent_id, p.name AS parent,
       COUNT { (o)-[:DEVELOPS]->(:Model) } AS models,
       COUNT { (o)-[:DEVELOPS]->(m:Model) WHERE m.openness IS NOT NULL AND m.openness <> 'CLOSED' } AS open_models,
       COLLECT { MATCH (o)-[:DRIVEN_BY]->(s:StrategicMotive) RETURN s.name ORDER BY s.name } AS motives,
       o.businessModel AS business_model
ORDER BY toLower(o.name), o.id
