// reads: sortValue, sortId
// Reading a keyset page in descending order of (sortValue, sortId): a descending list forwards, or an
// ascending one backwards (`last`).
sortValue DESC, sortId DESC
