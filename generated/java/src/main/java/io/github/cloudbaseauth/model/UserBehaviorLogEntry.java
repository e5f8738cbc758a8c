// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One sign-in or account change (the SDK's <code>GetUserBehaviorLogRes</code>, plus
 * <code>action</code>).
 */
public final class UserBehaviorLogEntry implements WireModel {
    private final String id;
    private final String action;
    private final OffsetDateTime createdAt;
    private final String ip;
    private final String userAgent;
    private final String clientId;
    private final String deviceId;
    private final Map<String, Object> meta;

    private UserBehaviorLogEntry(Builder b$, boolean check$) {
        this.id = b$.id;
        this.action = b$.action;
        this.createdAt = b$.createdAt;
        this.ip = b$.ip;
        this.userAgent = b$.userAgent;
        this.clientId = b$.clientId;
        this.deviceId = b$.deviceId;
        this.meta = ModelSupport.copy(b$.meta);
        if (check$) {
            ModelSupport.required(this.id, "UserBehaviorLogEntry", "id");
            ModelSupport.required(this.action, "UserBehaviorLogEntry", "action");
            ModelSupport.required(this.createdAt, "UserBehaviorLogEntry", "createdAt");
        }
    }

    /** A builder of {@code UserBehaviorLogEntry}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.id = this.id;
        b$.action = this.action;
        b$.createdAt = this.createdAt;
        b$.ip = this.ip;
        b$.userAgent = this.userAgent;
        b$.clientId = this.clientId;
        b$.deviceId = this.deviceId;
        b$.meta = this.meta;
        return b$;
    }

    /**
     * The entry's ID.
     */
    public String id() {
        return id;
    }

    /**
     * <code>USER_LOGIN</code> for a sign-in; other values for account changes (inferred), such as
     * <code>USER_PROFILE_UPDATE</code>.
     */
    public String action() {
        return action;
    }

    /**
     * When, RFC 3339.
     */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /**
     * The address the request came from.
     */
    public Optional<String> ip() {
        return Optional.ofNullable(ip);
    }

    /**
     * The request's User-Agent.
     */
    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
    }

    /**
     * The client the request came through.
     */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /**
     * The <code>x-device-id</code> of the request.
     */
    public Optional<String> deviceId() {
        return Optional.ofNullable(deviceId);
    }

    /**
     * Details of the entry.
     */
    public Map<String, Object> meta() {
        return meta == null ? Map.of() : meta;
    }

    /**
     * Reads a {@code UserBehaviorLogEntry} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static UserBehaviorLogEntry fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "UserBehaviorLogEntry");
        Builder b$ = new Builder();
        b$.id = ModelSupport.string(ModelSupport.field(node, "id", true), "id");
        b$.action = ModelSupport.string(ModelSupport.field(node, "action", true), "action");
        b$.createdAt = ModelSupport.dateTime(ModelSupport.field(node, "created_at", true), "created_at");
        b$.ip = ModelSupport.string(ModelSupport.field(node, "ip", false), "ip");
        b$.userAgent = ModelSupport.string(ModelSupport.field(node, "user_agent", false), "user_agent");
        b$.clientId = ModelSupport.string(ModelSupport.field(node, "client_id", false), "client_id");
        b$.deviceId = ModelSupport.string(ModelSupport.field(node, "device_id", false), "device_id");
        b$.meta = ModelSupport.map(ModelSupport.field(node, "meta", false), "meta");
        return new UserBehaviorLogEntry(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "id", this.id);
        ModelSupport.put(out$, "action", this.action);
        ModelSupport.put(out$, "created_at", this.createdAt);
        ModelSupport.put(out$, "ip", this.ip);
        ModelSupport.put(out$, "user_agent", this.userAgent);
        ModelSupport.put(out$, "client_id", this.clientId);
        ModelSupport.put(out$, "device_id", this.deviceId);
        ModelSupport.put(out$, "meta", this.meta);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof UserBehaviorLogEntry)) {
            return false;
        }
        UserBehaviorLogEntry that = (UserBehaviorLogEntry) other;
        return Objects.equals(this.id, that.id)
                && Objects.equals(this.action, that.action)
                && Objects.equals(this.createdAt, that.createdAt)
                && Objects.equals(this.ip, that.ip)
                && Objects.equals(this.userAgent, that.userAgent)
                && Objects.equals(this.clientId, that.clientId)
                && Objects.equals(this.deviceId, that.deviceId)
                && Objects.equals(this.meta, that.meta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, action, createdAt, ip, userAgent, clientId, deviceId, meta);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "UserBehaviorLogEntry",
                "id", "id", this.id, false,
                "action", "action", this.action, false,
                "createdAt", "created_at", this.createdAt, false,
                "ip", "ip", this.ip, false,
                "userAgent", "user_agent", this.userAgent, false,
                "clientId", "client_id", this.clientId, false,
                "deviceId", "device_id", this.deviceId, false,
                "meta", "meta", this.meta, false);
    }

    /** Builds a {@code UserBehaviorLogEntry}. */
    public static final class Builder {
        private String id;
        private String action;
        private OffsetDateTime createdAt;
        private String ip;
        private String userAgent;
        private String clientId;
        private String deviceId;
        private Map<String, Object> meta;

        private Builder() {}

        /**
         * The entry's ID.
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * <code>USER_LOGIN</code> for a sign-in; other values for account changes (inferred), such as
         * <code>USER_PROFILE_UPDATE</code>.
         */
        public Builder action(String action) {
            this.action = action;
            return this;
        }

        /**
         * When, RFC 3339.
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * The address the request came from.
         */
        public Builder ip(String ip) {
            this.ip = ip;
            return this;
        }

        /**
         * The request's User-Agent.
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * The client the request came through.
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * The <code>x-device-id</code> of the request.
         */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /**
         * Details of the entry.
         */
        public Builder meta(Map<String, Object> meta) {
            this.meta = meta;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public UserBehaviorLogEntry build() {
            return new UserBehaviorLogEntry(this, true);
        }
    }
}
