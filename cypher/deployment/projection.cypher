// reads: n
// Fragment: a deployment pattern (variable n) with the models it uses, their role and workloads.
n {
  .*,
  uses: COLLECT { MATCH (n)-[u:USES]->(x:Model) RETURN {modelId: x.id, role: u.role, workloads: u.workloads} ORDER BY u.role, x.id }
}
