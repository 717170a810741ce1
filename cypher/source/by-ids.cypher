// Sources by id.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.*} AS source
