// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the provider says about the user.
 */
public final class ProviderProfile implements WireModel {
    private final String providerId;
    private final String name;
    private final String picture;
    private final String phoneNumber;
    private final String email;

    private ProviderProfile(Builder b$, boolean check$) {
        this.providerId = b$.providerId;
        this.name = b$.name;
        this.picture = b$.picture;
        this.phoneNumber = b$.phoneNumber;
        this.email = b$.email;
    }

    /** A builder of {@code ProviderProfile}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerId = this.providerId;
        b$.name = this.name;
        b$.picture = this.picture;
        b$.phoneNumber = this.phoneNumber;
        b$.email = this.email;
        return b$;
    }

    /**
     * The provider, such as <code>github</code> or a mini-program's AppID.
     */
    public Optional<String> providerId() {
        return Optional.ofNullable(providerId);
    }

    /**
     * The user's name at the provider.
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The user's avatar URL at the provider.
     */
    public Optional<String> picture() {
        return Optional.ofNullable(picture);
    }

    /**
     * The phone number the provider vouches for (WeChat phone authorisation).
     */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /**
     * The email address the provider vouches for.
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * Reads a {@code ProviderProfile} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ProviderProfile fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ProviderProfile");
        Builder b$ = new Builder();
        b$.providerId = ModelSupport.string(ModelSupport.field(node, "provider_id", false), "provider_id");
        b$.name = ModelSupport.string(ModelSupport.field(node, "name", false), "name");
        b$.picture = ModelSupport.string(ModelSupport.field(node, "picture", false), "picture");
        b$.phoneNumber = ModelSupport.string(ModelSupport.field(node, "phone_number", false), "phone_number");
        b$.email = ModelSupport.string(ModelSupport.field(node, "email", false), "email");
        return new ProviderProfile(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_id", this.providerId);
        ModelSupport.put(out$, "name", this.name);
        ModelSupport.put(out$, "picture", this.picture);
        ModelSupport.put(out$, "phone_number", this.phoneNumber);
        ModelSupport.put(out$, "email", this.email);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProviderProfile)) {
            return false;
        }
        ProviderProfile that = (ProviderProfile) other;
        return Objects.equals(this.providerId, that.providerId)
                && Objects.equals(this.name, that.name)
                && Objects.equals(this.picture, that.picture)
                && Objects.equals(this.phoneNumber, that.phoneNumber)
                && Objects.equals(this.email, that.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerId, name, picture, phoneNumber, email);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ProviderProfile",
                "providerId", "provider_id", this.providerId, false,
                "name", "name", this.name, false,
                "picture", "picture", this.picture, false,
                "phoneNumber", "phone_number", this.phoneNumber, false,
                "email", "email", this.email, false);
    }

    /** Builds a {@code ProviderProfile}. */
    public static final class Builder {
        private String providerId;
        private String name;
        private String picture;
        private String phoneNumber;
        private String email;

        private Builder() {}

        /**
         * The provider, such as <code>github</code> or a mini-program's AppID.
         */
        public Builder providerId(String providerId) {
            this.providerId = providerId;
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
         * The user's avatar URL at the provider.
         */
        public Builder picture(String picture) {
            this.picture = picture;
            return this;
        }

        /**
         * The phone number the provider vouches for (WeChat phone authorisation).
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * The email address the provider vouches for.
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public ProviderProfile build() {
            return new ProviderProfile(this, true);
        }
    }
}
