// Every licence as one flat row: its SPDX id and category, the terms that matter (commercial use, the
// monthly-active-user threshold), and the models released under it. Optionally some categories
// ($categories; null for all); by name.
MATCH (l:Licence)
WHERE $categories IS NULL OR l.category IN $categories
RETURN l.id AS licence_id, l.name AS licence, l.spdx AS licence_spdx, l.category AS licence_category,
       l.osiApproved AS osi_approved, l.commercialUse AS commercial_use, l.mauThreshold AS mau_threshold,
       COUNT { (:Model)-[:LICENSED_UNDER]->(l) } AS models,
       COLLECT { MATCH (m:Model)-[:LICENSED_UNDER]->(l) RETURN m.id ORDER BY m.id } AS model_ids
ORDER BY toLower(l.name), l.id
