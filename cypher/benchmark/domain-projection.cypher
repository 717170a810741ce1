// Fragment: a capability domain (variable d) with how many benchmarks measure it.
d {.*, benchmarkCount: COUNT { (d)<-[:MEASURES]-(:Benchmark) }}
