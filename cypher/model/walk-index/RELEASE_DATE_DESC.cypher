// reads: m
// The index a list newest first is walked in (model/page/walked): the models' release sort keys
// (cypher/model/release-sort). Oldest first has none (its unknown dates sort last too, so its key differs).
USING INDEX m:Model(releaseSort)
