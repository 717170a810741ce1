// The feed of changes (cypher/landscape-change/): one feed node, its changes read by number.
CREATE CONSTRAINT change_feed_name IF NOT EXISTS FOR (n:ChangeFeed) REQUIRE n.name IS UNIQUE;
CREATE INDEX landscape_change_sequence IF NOT EXISTS FOR (n:LandscapeChange) ON (n.sequence);
