// reads: nothing
// Fragment: the benchmark a `benchmark` argument names ($benchmark: its id, or its name in any case), or
// null when none does or $benchmark is null. It is the one way a benchmark is found by id or name: every
// query with such an argument uses it inside its own Cypher (no round trip of its own) and returns
// whether the benchmark was found, so that an unknown one is an error naming it, not an empty answer.
// An id that matches wins over a name that matches.
head(COLLECT {
  MATCH (nb:Benchmark) WHERE nb.id = $benchmark OR toLower(nb.name) = toLower($benchmark)
  RETURN nb ORDER BY nb.id = $benchmark DESC, nb.id LIMIT 1
})
