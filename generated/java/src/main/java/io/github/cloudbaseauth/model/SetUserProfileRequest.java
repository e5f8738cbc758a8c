// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The display profile fields to change; the others stay as they are.
 */
public final class SetUserProfileRequest implements WireModel {
    private final String name;
    private final String picture;
    private final String gender;
    private final String locale;
    private final String username;

    private SetUserProfileRequest(Builder b$, boolean check$) {
        this.name = b$.name;
        this.picture = b$.picture;
        this.gender = b$.gender;
        this.locale = b$.locale;
        this.username = b$.username;
    }

    /** A builder of {@code SetUserProfileRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.name = this.name;
        b$.picture = this.picture;
        b$.gender = this.gender;
        b$.locale = this.locale;
        b$.username = this.username;
        return b$;
    }

    /**
     * The new display name apps show for the user (1-64 characters; not used to sign in).
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The URL of the new avatar image (at most 1024 characters); the service stores it as given.
     */
    public Optional<String> picture() {
        return Optional.ofNullable(picture);
    }

    /**
     * The user's gender as the profile stores it: <code>MALE</code> or <code>FEMALE</code> (leave it out
     * when unknown). One of: MALE, FEMALE.
     */
    public Optional<String> gender() {
        return Optional.ofNullable(gender);
    }

    /**
     * Such as <code>zh-CN</code>.
     */
    public Optional<String> locale() {
        return Optional.ofNullable(locale);
    }

    /**
     * The new username (what <code>User.updateUsername</code> sends); letters, digits and <code>-_.:+
     * &#64;</code>, starting with a letter or digit.
     */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * Reads a {@code SetUserProfileRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static SetUserProfileRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "SetUserProfileRequest");
        Builder b$ = new Builder();
        b$.name = ModelSupport.string(ModelSupport.field(node, "name", false), "name");
        b$.picture = ModelSupport.string(ModelSupport.field(node, "picture", false), "picture");
        b$.gender = ModelSupport.string(ModelSupport.field(node, "gender", false), "gender");
        b$.locale = ModelSupport.string(ModelSupport.field(node, "locale", false), "locale");
        b$.username = ModelSupport.string(ModelSupport.field(node, "username", false), "username");
        return new SetUserProfileRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "name", this.name);
        ModelSupport.put(out$, "picture", this.picture);
        ModelSupport.put(out$, "gender", this.gender);
        ModelSupport.put(out$, "locale", this.locale);
        ModelSupport.put(out$, "username", this.username);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SetUserProfileRequest)) {
            return false;
        }
        SetUserProfileRequest that = (SetUserProfileRequest) other;
        return Objects.equals(this.name, that.name)
                && Objects.equals(this.picture, that.picture)
                && Objects.equals(this.gender, that.gender)
                && Objects.equals(this.locale, that.locale)
                && Objects.equals(this.username, that.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, picture, gender, locale, username);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "SetUserProfileRequest",
                "name", "name", this.name, false,
                "picture", "picture", this.picture, false,
                "gender", "gender", this.gender, false,
                "locale", "locale", this.locale, false,
                "username", "username", this.username, false);
    }

    /** Builds a {@code SetUserProfileRequest}. */
    public static final class Builder {
        private String name;
        private String picture;
        private String gender;
        private String locale;
        private String username;

        private Builder() {}

        /**
         * The new display name apps show for the user (1-64 characters; not used to sign in).
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The URL of the new avatar image (at most 1024 characters); the service stores it as given.
         */
        public Builder picture(String picture) {
            this.picture = picture;
            return this;
        }

        /**
         * The user's gender as the profile stores it: <code>MALE</code> or <code>FEMALE</code> (leave it out
         * when unknown). One of: MALE, FEMALE.
         */
        public Builder gender(String gender) {
            this.gender = gender;
            return this;
        }

        /**
         * Such as <code>zh-CN</code>.
         */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /**
         * The new username (what <code>User.updateUsername</code> sends); letters, digits and <code>-_.:+
         * &#64;</code>, starting with a letter or digit.
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public SetUserProfileRequest build() {
            return new SetUserProfileRequest(this, true);
        }
    }
}
