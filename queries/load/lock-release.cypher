// Gives the load lock back, if $holder still holds it.
MATCH (l:ErgraphLock {name: 'load'})
WHERE l.holder = $holder
DELETE l
