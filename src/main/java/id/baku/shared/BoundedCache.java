package id.baku.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** At most {@code capacity} entries, the least recently used out first; safe to share between requests. */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    public BoundedCache(int capacity) {
        entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The value kept for the key, or null. */
    public V get(K key) {
        return entries.get(key);
    }

    public void put(K key, V value) {
        entries.put(key, value);
    }

    public void clear() {
        entries.clear();
    }
}
