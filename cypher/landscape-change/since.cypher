// The feed's changes after number $after of epoch $epoch, oldest first, at most 500 (the next read takes the
// rest); every change of the current epoch when $epoch is another (a reset began the feed anew). With the
// feed's epoch and last number, where a new reader starts.
OPTIONAL MATCH (feed:ChangeFeed {name: 'landscape'})
WITH feed, CASE WHEN feed.epoch = $epoch THEN $after ELSE 0 END AS after
RETURN feed.epoch AS epoch, coalesce(feed.last, 0) AS last,
  COLLECT {
    MATCH (c:LandscapeChange) WHERE feed IS NOT NULL AND c.sequence > after AND c.epoch = feed.epoch
    WITH c ORDER BY c.sequence LIMIT 500
    RETURN c {.sequence, .kind, .summary, .subjectKeys, .details, at: toString(c.at)}
  } AS changes
