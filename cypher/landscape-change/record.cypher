// Changes a dashboard hears of (the subscription landscapeChanged, src/landscape-change/), written in the
// transaction that made them, so that a change is in the feed exactly when it is in the graph, whoever wrote
// it: this server, another one, the seed or the import. Each takes the feed's next number; the feed's epoch
// is new when its node is (a reset deleted it), so that numbers counted again from 1 are told apart. The
// feed node is locked by the first SET, so concurrent writers number their changes one after the other.
// Only the last 10,000 changes are kept.
MERGE (feed:ChangeFeed {name: 'landscape'})
ON CREATE SET feed.epoch = randomUUID(), feed.last = 0
SET feed.last = feed.last + size($changes)
WITH feed, feed.last - size($changes) AS before
UNWIND range(0, size($changes) - 1) AS i
WITH feed, before + i + 1 AS sequence, $changes[i] AS change
CREATE (:LandscapeChange {
  sequence: sequence, epoch: feed.epoch, kind: change.kind, summary: change.summary, subjectKeys: change.subjectKeys,
  details: change.details, at: datetime()
})
WITH feed, max(sequence) AS last
CALL (feed) {
  MATCH (old:LandscapeChange) WHERE old.sequence <= feed.last - 10000
  DELETE old
}
RETURN feed.epoch AS epoch, last
