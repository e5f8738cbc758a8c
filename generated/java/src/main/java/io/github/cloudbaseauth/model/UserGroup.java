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
 * A group the user belongs to.
 */
public final class UserGroup implements WireModel {
    private final String id;
    private final OffsetDateTime expiresAt;

    private UserGroup(Builder b$, boolean check$) {
        this.id = b$.id;
        this.expiresAt = b$.expiresAt;
        if (check$) {
            ModelSupport.required(this.id, "UserGroup", "id");
        }
    }

    /** A builder of {@code UserGroup}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.id = this.id;
        b$.expiresAt = this.expiresAt;
        return b$;
    }

    /**
     * The group ID, such as <code>user</code>.
     */
    public String id() {
        return id;
    }

    /**
     * When the membership ends (RFC 3339), if it does.
     */
    public Optional<OffsetDateTime> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /**
     * Reads a {@code UserGroup} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static UserGroup fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "UserGroup");
        Builder b$ = new Builder();
        b$.id = ModelSupport.string(ModelSupport.field(node, "id", true), "id");
        b$.expiresAt = ModelSupport.dateTime(ModelSupport.field(node, "expires_at", false), "expires_at");
        return new UserGroup(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "id", this.id);
        ModelSupport.put(out$, "expires_at", this.expiresAt);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof UserGroup)) {
            return false;
        }
        UserGroup that = (UserGroup) other;
        return Objects.equals(this.id, that.id)
                && Objects.equals(this.expiresAt, that.expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, expiresAt);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "UserGroup",
                "id", "id", this.id, false,
                "expiresAt", "expires_at", this.expiresAt, false);
    }

    /** Builds a {@code UserGroup}. */
    public static final class Builder {
        private String id;
        private OffsetDateTime expiresAt;

        private Builder() {}

        /**
         * The group ID, such as <code>user</code>.
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * When the membership ends (RFC 3339), if it does.
         */
        public Builder expiresAt(OffsetDateTime expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public UserGroup build() {
            return new UserGroup(this, true);
        }
    }
}
