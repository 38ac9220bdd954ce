// Extends the lease of $holder on the load lock; no row means the lease was
// lost (it ran out and another load took the lock).
MATCH (l:ErgraphLock {name: 'load'})
WHERE l.holder = $holder
SET l.expires = timestamp() + $leaseMs
RETURN l.holder AS holder
