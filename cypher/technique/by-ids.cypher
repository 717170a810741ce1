UNWIND $ids AS id
MATCH (n:Technique {id: id})
RETURN {{technique/projection}} AS technique
