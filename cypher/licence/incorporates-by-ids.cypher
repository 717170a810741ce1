// Documents each licence incorporates (the Llama 4 licence incorporates its Acceptable Use Policy).
UNWIND $ids AS groupId
MATCH (:Licence {id: groupId})-[:INCORPORATES]->(l:Licence)
RETURN groupId, l {.*} AS licence
