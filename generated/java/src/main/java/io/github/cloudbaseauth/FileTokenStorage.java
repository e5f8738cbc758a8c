// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A JSON object of strings in one file, shared with the Python, Go and PHP clients (lock-file
 * convention v1).
 *
 * <ul>
 *   <li>The file is rewritten atomically on every change: a temporary file in the same
 *       directory, mode 0600, then renamed over it. Reads take no lock. A path that exists and
 *       is not a regular file (a FIFO, a directory, a device) is refused with a
 *       {@link StorageException}, never opened; a symlink is followed only to a regular file.
 *   <li>Every change, and every refresh of a client using this store, happens under the lock
 *       of {@code <path>.lock} beside the file: mode 0600, opened with {@code O_NOFOLLOW} (a
 *       planted symlink is refused, its target never created), never holding data, never
 *       deleted. Java takes the POSIX record lock ({@link FileChannel#lock}, {@code fcntl}
 *       F_SETLKW over the whole file), which the Python and Go clients also take (with
 *       {@code flock}); PHP takes only {@code flock}, so a Java and a PHP process exclude each
 *       other only through a Python or Go peer.
 *   <li>Within the JVM the lock is re-entrant for its holder and shared by every
 *       {@code FileTokenStorage} of the same file (keyed by its real path), one thread at a
 *       time, with one open descriptor of the lock file while it is held (closing any
 *       descriptor would drop the process's POSIX locks).
 * </ul>
 */
public final class FileTokenStorage implements TokenStorage {
    /** How long {@link #set} and {@link #delete} wait for the lock before giving up. */
    static final Duration WRITE_LOCK_TIMEOUT = Duration.ofSeconds(60);
    private static final long MAX_FILE_BYTES = 1 << 20;
    private static final Map<String, Shared> SHARED = new ConcurrentHashMap<>();

    private final Path path;
    private final Path lockPath;
    private final Shared shared;

    /** The process-wide lock state of one lock file. */
    private static final class Shared {
        final ReentrantLock lock = new ReentrantLock();
        int depth; // guarded by lock
        FileChannel channel; // open while depth > 0 (null: no file lock could be taken)
        FileLock fileLock;
    }

    /** A store for the file at {@code path} ({@code ~/} is expanded); created on the first write. */
    public FileTokenStorage(Path path) {
        String text = path.toString();
        Path expanded = text.startsWith("~/") ? Paths.get(System.getProperty("user.home"), text.substring(2)) : path;
        this.path = expanded.toAbsolutePath().normalize();
        this.lockPath = this.path.resolveSibling(this.path.getFileName() + ".lock");
        this.shared = SHARED.computeIfAbsent(realKey(lockPath), k -> new Shared());
    }

    public FileTokenStorage(String path) {
        this(Paths.get(path));
    }

    private static String realKey(Path lock) {
        Path parent = lock.getParent();
        try {
            return parent.toRealPath().resolve(lock.getFileName()).toString();
        } catch (IOException e) {
            return lock.toString(); // the directory does not exist yet
        }
    }

    /** The token file's absolute path. */
    public Path path() {
        return path;
    }

    /** The lock file beside it: {@code <path>.lock}. */
    public Path lockPath() {
        return lockPath;
    }

    @Override
    public String toString() {
        return "FileTokenStorage(" + path + ")";
    }

    // -- the lock --------------------------------------------------------------------------

    @Override
    public Optional<Lock> tryLock(Duration timeout) {
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        if (!InProcessLocks.acquire(shared.lock, timeout)) {
            return Optional.empty();
        }
        try {
            if (shared.depth == 0 && !lockFile(deadline)) {
                shared.lock.unlock();
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            shared.lock.unlock();
            throw e;
        }
        shared.depth++;
        return Optional.of(this::unlock);
    }

    private void unlock() {
        shared.depth--;
        if (shared.depth == 0) {
            FileChannel channel = shared.channel;
            shared.channel = null;
            shared.fileLock = null;
            if (channel != null) {
                try {
                    channel.close(); // releases the record lock with the only descriptor
                } catch (IOException ignored) {
                    // closing drops the lock whatever the error
                }
            }
        }
        shared.lock.unlock();
    }

    /** Takes the POSIX record lock of the lock file (polling until the deadline). */
    private boolean lockFile(long deadline) {
        FileChannel channel = openLockFile();
        if (channel == null) {
            return true; // no lock file can be made here (read-only directory): writes fail on their own
        }
        long pause = 2;
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // another FileChannel of this JVM (a hard link?): wait like for a process
                } catch (IOException e) {
                    // A file system without record locks (some network mounts): the in-JVM lock still holds.
                    shared.channel = channel;
                    return true;
                }
                if (lock != null) {
                    shared.channel = channel;
                    shared.fileLock = lock;
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    channel.close();
                    return false;
                }
                Thread.sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
                pause = Math.min(pause * 2, 50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            return false;
        } catch (IOException e) {
            closeQuietly(channel);
            return false;
        }
    }

    private FileChannel openLockFile() {
        try {
            createDirectory();
            try {
                BasicFileAttributes attrs = Files.readAttributes(lockPath, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!attrs.isRegularFile()) {
                    throw new StorageException("cannot lock token file " + path + ": its lock file " + lockPath
                            + " is not a regular file (" + kind(attrs) + ")");
                }
            } catch (NoSuchFileException absent) {
                // created below
            }
            Set<OpenOption> options = Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                    LinkOption.NOFOLLOW_LINKS);
            return posix() ? FileChannel.open(lockPath, options, ownerOnly()) : FileChannel.open(lockPath, options);
        } catch (StorageException e) {
            throw e;
        } catch (FileSystemException e) {
            if (isSymlinkLoop(e)) {
                throw new StorageException("cannot lock token file " + path + ": its lock file " + lockPath + " is a symlink");
            }
            if (e instanceof AccessDeniedException) {
                return null;
            }
            throw new StorageException("cannot lock token file " + path + ": " + reason(e));
        } catch (IOException e) {
            throw new StorageException("cannot lock token file " + path + ": " + reason(e));
        }
    }

    private static boolean isSymlinkLoop(FileSystemException e) {
        String why = e.getReason();
        return why != null && (why.contains("symbolic links") || why.contains("ELOOP"));
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    // -- the data ----------------------------------------------------------------------------

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(read().get(key));
    }

    @Override
    public void set(String key, String value) {
        change(data -> {
            data.put(key, value);
            return true;
        });
    }

    @Override
    public void delete(String key) {
        change(data -> data.remove(key) != null);
    }

    private interface Edit {
        boolean apply(Map<String, String> data);
    }

    private void change(Edit edit) {
        Lock lock = tryLock(WRITE_LOCK_TIMEOUT).orElseThrow(
                () -> new StorageException("cannot write token file " + path + ": its lock " + lockPath + " stayed taken for "
                        + WRITE_LOCK_TIMEOUT.toSeconds() + " s"));
        try {
            Map<String, String> data = read();
            if (edit.apply(data)) {
                write(data);
            }
        } finally {
            lock.close();
        }
    }

    private Map<String, String> read() {
        if (!Files.exists(path)) {
            return new TreeMap<>();
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class); // follows a symlink
        } catch (IOException e) {
            throw new StorageException("cannot read token file " + path + ": " + reason(e));
        }
        if (!attrs.isRegularFile()) {
            throw new StorageException("cannot read token file " + path + ": it is not a regular file (" + kind(attrs) + ")");
        }
        if (attrs.size() > MAX_FILE_BYTES) {
            throw new StorageException("cannot read token file " + path + ": it is larger than " + MAX_FILE_BYTES + " bytes");
        }
        byte[] raw;
        try {
            raw = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (IOException e) {
            throw new StorageException("cannot read token file " + path + ": " + reason(e));
        }
        Map<String, String> data = new TreeMap<>();
        if (new String(raw, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return data;
        }
        JsonNode node;
        try {
            node = Json.parse(raw);
        } catch (Json.NotJson e) {
            throw notObject(e.getMessage());
        }
        if (!node.isObject()) {
            throw notObject("a JSON " + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + ", not an object");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isTextual()) {
                throw notObject("the value of " + e.getKey() + " is not a string");
            }
            data.put(e.getKey(), e.getValue().textValue());
        }
        return data;
    }

    private StorageException notObject(String why) {
        return new StorageException("token file " + path + " is not a JSON object of strings (" + why + "): fix or delete it");
    }

    private void write(Map<String, String> data) {
        Path dir = path.getParent();
        Path tmp = null;
        try {
            createDirectory();
            ObjectNode object = Json.object();
            data.forEach(object::put); // a TreeMap: keys sorted, the file is deterministic
            byte[] raw = Json.write(object);
            String prefix = "." + path.getFileName() + ".";
            tmp = posix() ? Files.createTempFile(dir, prefix, ".tmp", ownerOnly()) : Files.createTempFile(dir, prefix, ".tmp");
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(raw);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new StorageException("cannot write token file " + path + ": " + reason(e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write failed already; its error is the one to report
                }
            }
        }
    }

    private void createDirectory() throws IOException {
        Path dir = path.getParent();
        if (!Files.isDirectory(dir)) {
            if (posix()) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }

    private static String kind(BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
            return "a directory";
        }
        if (attrs.isSymbolicLink()) {
            return "a symlink";
        }
        return "a FIFO, socket or device";
    }

    /** The cause in a few words, without the path (the message names it already). */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException) {
            String why = ((FileSystemException) e).getReason();
            if (e instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (e instanceof NoSuchFileException) {
                return "no such file or directory";
            }
            return why == null ? e.getClass().getSimpleName() : why;
        }
        return e.getClass().getSimpleName();
    }
}
