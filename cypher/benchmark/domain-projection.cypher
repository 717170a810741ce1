// reads: d
// Fragment: a capability domain (variable d) with how many benchmarks measure it (from the node's
// relationship counts: only benchmarks point at a domain with MEASURES).
d {.*, benchmarkCount: COUNT { (d)<-[:MEASURES]-() }}
