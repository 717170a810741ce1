UNWIND $ids AS id
MATCH (n:Fact {id: id})
RETURN {{claim/fact-projection}} AS fact
