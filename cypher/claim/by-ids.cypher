UNWIND $ids AS id
MATCH (n:Claim {id: id})
RETURN {{claim/projection}} AS claim
