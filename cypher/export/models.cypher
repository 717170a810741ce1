// Every model as one flat row for analysts: developer, licence, openness, release date (at its precision,
// which release_date_precision names) and sizes.
// Optionally only some openness categories ($openness, null for all); by name.
MATCH (m:Model)
WHERE $openness IS NULL OR m.openness IN $openness
OPTIONAL MATCH (o:Organization)-[:DEVELOPS]->(m)
OPTIONAL MATCH (m)-[:LICENSED_UNDER]->(l:Licence)
RETURN m.id AS model_id, m.name AS model, m.family AS family,
       o.id AS organization_id, o.name AS organization, o.country AS country,
       l.name AS licence, l.spdx AS licence_spdx, l.category AS licence_category,
       m.openness AS openness, m.status AS status,
       {{export/release-date}} AS release_date, m.releaseDatePrecision AS release_date_precision,
       m.totalParamsB AS total_params_b, m.activeParamsB AS active_params_b, m.architecture AS architecture,
       m.contextWindow AS context_window, m.weightsAvailable AS weights_available
ORDER BY toLower(m.name), m.id
