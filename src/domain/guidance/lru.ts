// A bounded cache that keeps recently used entries: two generations of Maps. Hits in the current generation cost
// one Map lookup (no reordering); a hit in the previous generation moves the entry forward; when the current
// generation is full it becomes the previous one, and the entries not used since are dropped. It holds at most
// 2 × capacity entries, and an entry used at least once per `capacity` insertions is never dropped.

export class LruCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError('capacity must be at least 1');
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) {
      this.previous.delete(key);
      this.insert(key, old);
    }
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.has(key)) this.current.set(key, value);
    else {
      this.previous.delete(key);
      this.insert(key, value);
    }
  }

  private insert(key: K, value: V): void {
    if (this.current.size >= this.capacity) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
