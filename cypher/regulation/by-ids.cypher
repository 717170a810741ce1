UNWIND $ids AS id
MATCH (n:Regulation {id: id})
RETURN {{regulation/projection}} AS regulation
