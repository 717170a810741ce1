// The aliases that name models, A to Z by normal form.
UNWIND $ids AS id
MATCH (m:Model {id: id})<-[:NAMES]-(a:Alias)
RETURN id AS groupId, a {.*, modelId: m.id} AS alias
ORDER BY groupId, a.id
