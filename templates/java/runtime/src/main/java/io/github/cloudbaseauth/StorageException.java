package io.github.cloudbaseauth;

/**
 * A token store that cannot be read, parsed, written or locked. The message names the file
 * and the cause, never a value.
 */
public class StorageException extends CloudBaseAuthException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }
}
