// Models by what a person calls them: the id, or any name an alias holds, compared by normal form
// (src/catalog/names.ts: "gpt4o", "GPT-4o-2024-08-06" and "openai/gpt-4o" are one name).
UNWIND $names AS asked
OPTIONAL MATCH (exact:Model {id: asked.name})
OPTIONAL MATCH (:Alias {id: asked.normal})-[:NAMES]->(named:Model)
WITH asked, coalesce(exact, named) AS m
WHERE m IS NOT NULL
RETURN asked.name AS name, {{model/projection}} AS model
