// reads: m
// Fragment (an expression): model m's release date at the precision it is known to: "2025-01" for a
// month, "2025-01-20" for a day (a month-precision date is stored as its first day, for ordering).
CASE WHEN m.releaseDate IS NULL THEN null
     WHEN m.releaseDatePrecision = 'MONTH' THEN left(toString(m.releaseDate), 7)
     ELSE toString(m.releaseDate) END
