// reads: sortValue, sortId
// Reading a keyset page in ascending order of (sortValue, sortId): an ascending list forwards, or a
// descending one backwards (`last`).
sortValue ASC, sortId ASC
