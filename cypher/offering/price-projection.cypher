// reads: p
// Fragment: price point p with its blended price, input and output weighed 3 to 1 (the mix of a typical
// chat workload): what "cheapest" orders by.
p {.*, blendedPerMTokens: (3 * p.inputPerMTokens + p.outputPerMTokens) / 4.0}
