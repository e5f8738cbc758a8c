package io.github.cloudbaseauth;

import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps everything in this process's memory (the default store). */
public final class MemoryTokenStorage implements TokenStorage {
    private final ConcurrentHashMap<String, String> data = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(data.get(key));
    }

    @Override
    public void set(String key, String value) {
        data.put(key, value);
    }

    @Override
    public void delete(String key) {
        data.remove(key);
    }

    /** Names the keys, never a value. */
    @Override
    public String toString() {
        return "MemoryTokenStorage(keys=" + new TreeSet<>(data.keySet()) + ")";
    }
}
