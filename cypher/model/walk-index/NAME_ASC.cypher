// reads: m
// The index a list by name is walked in (model/page/walked): the models' name sort keys (cypher/model/name-sort).
USING INDEX m:Model(nameSort)
