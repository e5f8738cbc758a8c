// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Request and device ids: 32 hex characters, a version-4 UUID without dashes (the SDK's). */
final class Ids {
    static final String DEVICE_ID_KEY = "device_id";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        return HexFormat.of().formatHex(b);
    }

    /**
     * The persistent x-device-id: a given id wins and is stored; else the stored one when it has
     * 16-48 characters (the SDK's rule); else a new one, stored.
     */
    static String deviceId(TokenStorage storage, String given) {
        if (given != null && !given.isEmpty()) {
            if (given.length() >= 72 || !printable(given)) {
                throw new IllegalArgumentException("deviceId: the device id must be 1-71 printable characters");
            }
            if (!storage.get(DEVICE_ID_KEY).map(given::equals).orElse(false)) {
                storage.set(DEVICE_ID_KEY, given);
            }
            return given;
        }
        String stored = storage.get(DEVICE_ID_KEY).orElse(null);
        if (stored != null && stored.length() >= 16 && stored.length() <= 48) {
            return stored;
        }
        String id = newId();
        storage.set(DEVICE_ID_KEY, id);
        return id;
    }

    private static boolean printable(String s) {
        return s.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && !Character.isISOControl(c));
    }
}
