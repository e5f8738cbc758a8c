// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The console's {@code tcb_custom_login.json}: {@code private_key_id}, {@code private_key}
 * (PEM, PKCS #1 or PKCS #8) and {@code env_id}. {@link #toString()} never shows the key.
 */
public final class TicketCredentials {
    private final String privateKeyId;
    private final String privateKey;
    private final String envId;

    private TicketCredentials(String privateKeyId, String privateKey, String envId) {
        this.privateKeyId = privateKeyId;
        this.privateKey = privateKey;
        this.envId = envId;
    }

    /** Credentials from their three values. */
    public static TicketCredentials of(String privateKeyId, String privateKey, String envId) {
        return new TicketCredentials(privateKeyId, privateKey, envId);
    }

    /** Reads {@code tcb_custom_login.json}. */
    public static TicketCredentials load(Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TicketException("cannot read credentials file " + file + ": " + e.getClass().getSimpleName());
        }
        try {
            return parse(new String(raw, StandardCharsets.UTF_8));
        } catch (TicketException e) {
            throw new TicketException("credentials file " + file + " is not a JSON object of strings");
        }
    }

    /** Parses the content of {@code tcb_custom_login.json}. */
    public static TicketCredentials parse(String json) {
        JsonNode node;
        try {
            node = Json.parse(json.getBytes(StandardCharsets.UTF_8));
        } catch (Json.NotJson e) {
            throw new TicketException("the credentials are not a JSON object");
        }
        if (!node.isObject()) {
            throw new TicketException("the credentials are not a JSON object");
        }
        return new TicketCredentials(field(node, "private_key_id"), field(node, "private_key"), field(node, "env_id"));
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new TicketException(name + " in the credentials is not a string");
        }
        return v.textValue();
    }

    public String privateKeyId() {
        return privateKeyId;
    }

    public String envId() {
        return envId;
    }

    String privateKey() {
        return privateKey;
    }

    @Override
    public String toString() {
        return "TicketCredentials{privateKeyId=" + privateKeyId + ", envId=" + envId + ", privateKey=" + Redaction.REDACTED + "}";
    }
}
