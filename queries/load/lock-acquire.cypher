// Takes the load lock for $holder if it is free or its lease has run out,
// and returns who holds it afterwards. SET _write first takes the node's
// write lock, so the holder read after it is the committed one and two
// loads can never both see the lock as free (no lost update).
MERGE (l:ErgraphLock {name: 'load'})
SET l._write = true
REMOVE l._write
WITH l, l.holder IS NULL OR l.expires < timestamp() AS free
SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
    l.host = CASE WHEN free THEN $host ELSE l.host END,
    l.pid = CASE WHEN free THEN $pid ELSE l.pid END,
    l.since = CASE WHEN free THEN datetime() ELSE l.since END,
    l.expires = CASE WHEN free THEN timestamp() + $leaseMs ELSE l.expires END
RETURN l.holder AS holder, l.host AS host, l.pid AS pid, toString(l.since) AS since
