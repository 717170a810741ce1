// reads: nothing
// Fragment: the benchmark a `benchmark` argument names ($asked.benchmark: its id, or its name in any case), or
// null when none does or $asked.benchmark is null. It is the one way a benchmark is found by id or name: every
// query with such an argument uses it inside its own Cypher (no round trip of its own) and returns
// whether the benchmark was found, so that an unknown one is an error naming it, not an empty answer.
// An id that matches wins over a name that matches. Like every optional argument of a question, it comes in the
// map $asked: Neo4j plans a text again for each type of its parameters (a null and a string are two), and a map
// is one type whatever it holds, so a question is planned once whichever of its arguments are given.
head(COLLECT {
  MATCH (nb:Benchmark) WHERE nb.id = $asked.benchmark OR toLower(nb.name) = toLower($asked.benchmark)
  RETURN nb ORDER BY nb.id = $asked.benchmark DESC, nb.id LIMIT 1
})
