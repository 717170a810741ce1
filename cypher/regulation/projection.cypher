// reads: n
// Fragment: a regulation (variable n) with whom it affects and how (targets by global key).
n {
  .*,
  effects: COLLECT { MATCH (n)-[a:AFFECTS]->(x:Entity) RETURN {targetKey: x.key, effect: a.effect, how: a.how} }
}
