// reads: nothing; binds: m
// Matches the models a list starts from: all of them (variable m).
MATCH (m:Model)
