/// A fixed open-addressing table from 64-bit hashes to small integers. The keys are already
/// FNV hashes, so unlike `Dictionary` it does not hash them again (Swift's seeded hashing was the
/// most expensive step of reading a large export). Built once, then only read.
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int

    init(_ entries: [UInt64: Int32]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (key, value) in entries where key != 0 {
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// Runs `body` with a lookup that reads the table through raw pointers (no reference
    /// counting per lookup), for a hot loop.
    func withLookup<Result>(_ body: (Lookup) -> Result) -> Result {
        keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in body(Lookup(keys: keys, values: values, mask: mask)) }
        }
    }

    struct Lookup {
        let keys: UnsafeBufferPointer<UInt64>
        let values: UnsafeBufferPointer<Int32>
        let mask: Int

        /// The value of `key`, or -1.
        @inline(__always)
        func value(of key: UInt64) -> Int32 {
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while true {
                let found = keys[slot]
                if found == key { return values[slot] }
                if found == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }
}
