// The graph's version (see bump): what a cached response is keyed by. "empty" before any write.
OPTIONAL MATCH (v:GraphVersion {name: 'graph'})
RETURN coalesce(v.epoch + '.' + toString(v.version), 'empty') AS version
