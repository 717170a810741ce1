// Models by id, for the Model DataLoader (node(id), references from other types).
UNWIND $ids AS id
MATCH (m:Model {id: id})
RETURN {{model/projection}} AS model
