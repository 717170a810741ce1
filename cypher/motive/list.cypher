// Strategic motives, optionally only those driving open (or closed) releases.
MATCH (n:StrategicMotive)
WHERE $drives IS NULL OR n.drives = $drives
RETURN n {.*} AS motive
ORDER BY n.drives DESC, n.id
