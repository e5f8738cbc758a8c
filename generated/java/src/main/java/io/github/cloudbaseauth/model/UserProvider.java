// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A third-party identity bound to the user.
 */
public final class UserProvider implements WireModel {
    private final String id;
    private final String providerUserId;
    private final String name;
    private final String picture;
    private final String url;
    private final Map<String, Object> meta;

    private UserProvider(Builder b$, boolean check$) {
        this.id = b$.id;
        this.providerUserId = b$.providerUserId;
        this.name = b$.name;
        this.picture = b$.picture;
        this.url = b$.url;
        this.meta = ModelSupport.copy(b$.meta);
    }

    /** A builder of {@code UserProvider}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.id = this.id;
        b$.providerUserId = this.providerUserId;
        b$.name = this.name;
        b$.picture = this.picture;
        b$.url = this.url;
        b$.meta = this.meta;
        return b$;
    }

    /**
     * The provider ID, such as <code>github</code>.
     */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /**
     * The user's ID at the provider.
     */
    public Optional<String> providerUserId() {
        return Optional.ofNullable(providerUserId);
    }

    /**
     * The user's name at the provider.
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The user's avatar at the provider.
     */
    public Optional<String> picture() {
        return Optional.ofNullable(picture);
    }

    /**
     * The user's profile URL at the provider (docs).
     */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /**
     * Provider-specific extra data (docs).
     */
    public Map<String, Object> meta() {
        return meta == null ? Map.of() : meta;
    }

    /**
     * Reads a {@code UserProvider} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static UserProvider fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "UserProvider");
        Builder b$ = new Builder();
        b$.id = ModelSupport.string(ModelSupport.field(node, "id", false), "id");
        b$.providerUserId = ModelSupport.string(ModelSupport.field(node, "provider_user_id", false), "provider_user_id");
        b$.name = ModelSupport.string(ModelSupport.field(node, "name", false), "name");
        b$.picture = ModelSupport.string(ModelSupport.field(node, "picture", false), "picture");
        b$.url = ModelSupport.string(ModelSupport.field(node, "url", false), "url");
        b$.meta = ModelSupport.map(ModelSupport.field(node, "meta", false), "meta");
        return new UserProvider(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "id", this.id);
        ModelSupport.put(out$, "provider_user_id", this.providerUserId);
        ModelSupport.put(out$, "name", this.name);
        ModelSupport.put(out$, "picture", this.picture);
        ModelSupport.put(out$, "url", this.url);
        ModelSupport.put(out$, "meta", this.meta);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof UserProvider)) {
            return false;
        }
        UserProvider that = (UserProvider) other;
        return Objects.equals(this.id, that.id)
                && Objects.equals(this.providerUserId, that.providerUserId)
                && Objects.equals(this.name, that.name)
                && Objects.equals(this.picture, that.picture)
                && Objects.equals(this.url, that.url)
                && Objects.equals(this.meta, that.meta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, providerUserId, name, picture, url, meta);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "UserProvider",
                "id", "id", this.id, false,
                "providerUserId", "provider_user_id", this.providerUserId, false,
                "name", "name", this.name, false,
                "picture", "picture", this.picture, false,
                "url", "url", this.url, false,
                "meta", "meta", this.meta, false);
    }

    /** Builds a {@code UserProvider}. */
    public static final class Builder {
        private String id;
        private String providerUserId;
        private String name;
        private String picture;
        private String url;
        private Map<String, Object> meta;

        private Builder() {}

        /**
         * The provider ID, such as <code>github</code>.
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * The user's ID at the provider.
         */
        public Builder providerUserId(String providerUserId) {
            this.providerUserId = providerUserId;
            return this;
        }

        /**
         * The user's name at the provider.
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The user's avatar at the provider.
         */
        public Builder picture(String picture) {
            this.picture = picture;
            return this;
        }

        /**
         * The user's profile URL at the provider (docs).
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Provider-specific extra data (docs).
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
        public UserProvider build() {
            return new UserProvider(this, true);
        }
    }
}
