// Nodes of any kind by global key, each in its own type's projection.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
{{graph/entity}}
RETURN key, node
