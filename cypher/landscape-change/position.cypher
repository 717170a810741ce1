// Where the feed of changes stands: its epoch and its last number (a new reader starts after it).
OPTIONAL MATCH (feed:ChangeFeed {name: 'landscape'})
RETURN feed.epoch AS epoch, coalesce(feed.last, 0) AS last
