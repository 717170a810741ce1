UNWIND $ids AS id
MATCH (t:Tier {id: id})
RETURN t {.*} AS tier
