// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ProviderInfo object.
 */
public final class ProviderInfo implements WireModel {
    private final String id;
    private final String name;
    private final String homepage;
    private final String picture;
    private final String providerUserName;
    private final String providerType;
    private final Boolean bind;

    private ProviderInfo(Builder b$, boolean check$) {
        this.id = b$.id;
        this.name = b$.name;
        this.homepage = b$.homepage;
        this.picture = b$.picture;
        this.providerUserName = b$.providerUserName;
        this.providerType = b$.providerType;
        this.bind = b$.bind;
        if (check$) {
            ModelSupport.required(this.id, "ProviderInfo", "id");
        }
    }

    /** A builder of {@code ProviderInfo}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.id = this.id;
        b$.name = this.name;
        b$.homepage = this.homepage;
        b$.picture = this.picture;
        b$.providerUserName = this.providerUserName;
        b$.providerType = this.providerType;
        b$.bind = this.bind;
        return b$;
    }

    /**
     * The provider ID (such as <code>wx_open</code> or <code>github</code>).
     */
    public String id() {
        return id;
    }

    /**
     * The provider's display name.
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The provider's home page URL.
     */
    public Optional<String> homepage() {
        return Optional.ofNullable(homepage);
    }

    /**
     * The provider's icon URL.
     */
    public Optional<String> picture() {
        return Optional.ofNullable(picture);
    }

    /**
     * The user's name at the provider, when bound.
     */
    public Optional<String> providerUserName() {
        return Optional.ofNullable(providerUserName);
    }

    /**
     * The kind of third-party platform.
     */
    public Optional<String> providerType() {
        return Optional.ofNullable(providerType);
    }

    /**
     * Whether the current user has this provider bound.
     */
    public Optional<Boolean> bind() {
        return Optional.ofNullable(bind);
    }

    /**
     * Reads a {@code ProviderInfo} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ProviderInfo fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ProviderInfo");
        Builder b$ = new Builder();
        b$.id = ModelSupport.string(ModelSupport.field(node, "id", true), "id");
        b$.name = ModelSupport.string(ModelSupport.field(node, "name", false), "name");
        b$.homepage = ModelSupport.string(ModelSupport.field(node, "homepage", false), "homepage");
        b$.picture = ModelSupport.string(ModelSupport.field(node, "picture", false), "picture");
        b$.providerUserName = ModelSupport.string(ModelSupport.field(node, "provider_user_name", false), "provider_user_name");
        b$.providerType = ModelSupport.string(ModelSupport.field(node, "provider_type", false), "provider_type");
        b$.bind = ModelSupport.bool(ModelSupport.field(node, "bind", false), "bind");
        return new ProviderInfo(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "id", this.id);
        ModelSupport.put(out$, "name", this.name);
        ModelSupport.put(out$, "homepage", this.homepage);
        ModelSupport.put(out$, "picture", this.picture);
        ModelSupport.put(out$, "provider_user_name", this.providerUserName);
        ModelSupport.put(out$, "provider_type", this.providerType);
        ModelSupport.put(out$, "bind", this.bind);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProviderInfo)) {
            return false;
        }
        ProviderInfo that = (ProviderInfo) other;
        return Objects.equals(this.id, that.id)
                && Objects.equals(this.name, that.name)
                && Objects.equals(this.homepage, that.homepage)
                && Objects.equals(this.picture, that.picture)
                && Objects.equals(this.providerUserName, that.providerUserName)
                && Objects.equals(this.providerType, that.providerType)
                && Objects.equals(this.bind, that.bind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, homepage, picture, providerUserName, providerType, bind);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ProviderInfo",
                "id", "id", this.id, false,
                "name", "name", this.name, false,
                "homepage", "homepage", this.homepage, false,
                "picture", "picture", this.picture, false,
                "providerUserName", "provider_user_name", this.providerUserName, false,
                "providerType", "provider_type", this.providerType, false,
                "bind", "bind", this.bind, false);
    }

    /** Builds a {@code ProviderInfo}. */
    public static final class Builder {
        private String id;
        private String name;
        private String homepage;
        private String picture;
        private String providerUserName;
        private String providerType;
        private Boolean bind;

        private Builder() {}

        /**
         * The provider ID (such as <code>wx_open</code> or <code>github</code>).
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * The provider's display name.
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The provider's home page URL.
         */
        public Builder homepage(String homepage) {
            this.homepage = homepage;
            return this;
        }

        /**
         * The provider's icon URL.
         */
        public Builder picture(String picture) {
            this.picture = picture;
            return this;
        }

        /**
         * The user's name at the provider, when bound.
         */
        public Builder providerUserName(String providerUserName) {
            this.providerUserName = providerUserName;
            return this;
        }

        /**
         * The kind of third-party platform.
         */
        public Builder providerType(String providerType) {
            this.providerType = providerType;
            return this;
        }

        /**
         * Whether the current user has this provider bound.
         */
        public Builder bind(Boolean bind) {
            this.bind = bind;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public ProviderInfo build() {
            return new ProviderInfo(this, true);
        }
    }
}
