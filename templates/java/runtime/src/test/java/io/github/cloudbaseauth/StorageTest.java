package io.github.cloudbaseauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token file: atomic, 0600, shared, and refusing what is not a regular file. */
class StorageTest {
    @TempDir
    Path dir;

    @Test
    void theFileIsAJsonObjectOfStringsWithMode0600() throws Exception {
        Path file = dir.resolve("sub/tokens.json");
        FileTokenStorage store = new FileTokenStorage(file);
        store.set("device_id", "d-1");
        store.set("credentials_app", "{\"access_token\":\"x\"}");
        assertEquals("{\"credentials_app\":\"{\\\"access_token\\\":\\\"x\\\"}\",\"device_id\":\"d-1\"}", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.lockPath())));
        assertEquals(file.resolveSibling("tokens.json.lock"), store.lockPath());
        store.delete("device_id");
        assertTrue(store.get("device_id").isEmpty());
        assertEquals("x", Session.fromStored(new FileTokenStorage(file).get("credentials_app").get()).accessToken());
        try (var listing = Files.list(file.getParent())) {
            assertEquals(List.of("tokens.json", "tokens.json.lock"), listing.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left");
        }
    }

    @Test
    void aFifoOrDirectoryAtThePathIsRefusedNeverOpened() throws Exception {
        Path fifo = dir.resolve("fifo.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        StorageException e = assertThrows(StorageException.class, () -> new FileTokenStorage(fifo).get("device_id"));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertThrows(StorageException.class, () -> new FileTokenStorage(folder).get("x"));
    }

    @Test
    void aSymlinkToARegularFileIsFollowedAPlantedLockSymlinkIsRefused() throws Exception {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "{\"device_id\":\"d-9\"}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        assertEquals("d-9", new FileTokenStorage(link).get("device_id").get());
        Path victim = dir.resolve("victim");
        Path tokens = dir.resolve("t.json");
        Files.createSymbolicLink(dir.resolve("t.json.lock"), victim);
        StorageException e = assertThrows(StorageException.class, () -> new FileTokenStorage(tokens).set("a", "b"));
        assertTrue(e.getMessage().contains("lock file"), e.getMessage());
        assertFalse(Files.exists(victim, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the symlink's target is never created");
    }

    @Test
    void aBrokenFileIsAnErrorNamingItNeverItsContent() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"access_token\": \"secret-value\", ");
        StorageException e = assertThrows(StorageException.class, () -> new FileTokenStorage(file).get("x"));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("secret-value"), e.getMessage());
        Files.writeString(file, "{\"a\": 1}");
        assertThrows(StorageException.class, () -> new FileTokenStorage(file).get("a"));
    }

    @Test
    void theLockIsReentrantAndSharedByEveryStoreOfTheFile() throws Exception {
        Path file = dir.resolve("shared.json");
        FileTokenStorage one = new FileTokenStorage(file);
        FileTokenStorage two = new FileTokenStorage(dir.resolve("./shared.json"));
        try (TokenStorage.Lock outer = one.tryLock(Duration.ofSeconds(5)).orElseThrow()) {
            try (TokenStorage.Lock inner = two.tryLock(Duration.ofSeconds(5)).orElseThrow()) {
                two.set("k", "v"); // a write inside the held lock does not deadlock
            }
            ExecutorService other = Executors.newSingleThreadExecutor();
            Future<Boolean> taken = other.submit(() -> one.tryLock(Duration.ofMillis(100)).map(l -> {
                l.close();
                return true;
            }).orElse(false));
            assertFalse(taken.get(), "another thread waits while the lock is held");
            other.shutdown();
        }
        assertEquals("v", one.get("k").get());
    }

    @Test
    void concurrentWritersLoseNothing() throws Exception {
        Path file = dir.resolve("many.json");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            writes.add(pool.submit(() -> new FileTokenStorage(file).set("key-" + n, "value-" + n)));
        }
        for (Future<?> w : writes) {
            w.get();
        }
        pool.shutdown();
        FileTokenStorage store = new FileTokenStorage(file);
        for (int i = 0; i < 40; i++) {
            assertEquals("value-" + i, store.get("key-" + i).orElse(null));
        }
    }
}
