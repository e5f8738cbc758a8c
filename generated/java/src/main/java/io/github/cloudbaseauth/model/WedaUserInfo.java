// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in user for WeDa; the fields are inferred and others may appear.
 */
public final class WedaUserInfo implements WireModel {
    private final String sub;
    private final String userId;
    private final String userType;
    private final String name;
    private final String username;
    private final String picture;
    private final String email;
    private final String phoneNumber;

    private WedaUserInfo(Builder b$, boolean check$) {
        this.sub = b$.sub;
        this.userId = b$.userId;
        this.userType = b$.userType;
        this.name = b$.name;
        this.username = b$.username;
        this.picture = b$.picture;
        this.email = b$.email;
        this.phoneNumber = b$.phoneNumber;
        if (check$) {
            ModelSupport.required(this.sub, "WedaUserInfo", "sub");
        }
    }

    /** A builder of {@code WedaUserInfo}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.sub = this.sub;
        b$.userId = this.userId;
        b$.userType = this.userType;
        b$.name = this.name;
        b$.username = this.username;
        b$.picture = this.picture;
        b$.email = this.email;
        b$.phoneNumber = this.phoneNumber;
        return b$;
    }

    /**
     * The user ID.
     */
    public String sub() {
        return sub;
    }

    /**
     * The user ID again, under the name WeDa uses.
     */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    /**
     * <code>internal</code> for a registered user, <code>anonymous</code> for an anonymous one.
     */
    public Optional<String> userType() {
        return Optional.ofNullable(userType);
    }

    /**
     * The display name apps show for the user.
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The username.
     */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * The URL of the user's avatar image (<code>https://...</code>), as it was set.
     */
    public Optional<String> picture() {
        return Optional.ofNullable(picture);
    }

    /**
     * The account's email address, when it has one.
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * The phone number.
     */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /**
     * Reads a {@code WedaUserInfo} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static WedaUserInfo fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "WedaUserInfo");
        Builder b$ = new Builder();
        b$.sub = ModelSupport.string(ModelSupport.field(node, "sub", true), "sub");
        b$.userId = ModelSupport.string(ModelSupport.field(node, "user_id", false), "user_id");
        b$.userType = ModelSupport.string(ModelSupport.field(node, "user_type", false), "user_type");
        b$.name = ModelSupport.string(ModelSupport.field(node, "name", false), "name");
        b$.username = ModelSupport.string(ModelSupport.field(node, "username", false), "username");
        b$.picture = ModelSupport.string(ModelSupport.field(node, "picture", false), "picture");
        b$.email = ModelSupport.string(ModelSupport.field(node, "email", false), "email");
        b$.phoneNumber = ModelSupport.string(ModelSupport.field(node, "phone_number", false), "phone_number");
        return new WedaUserInfo(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "sub", this.sub);
        ModelSupport.put(out$, "user_id", this.userId);
        ModelSupport.put(out$, "user_type", this.userType);
        ModelSupport.put(out$, "name", this.name);
        ModelSupport.put(out$, "username", this.username);
        ModelSupport.put(out$, "picture", this.picture);
        ModelSupport.put(out$, "email", this.email);
        ModelSupport.put(out$, "phone_number", this.phoneNumber);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WedaUserInfo)) {
            return false;
        }
        WedaUserInfo that = (WedaUserInfo) other;
        return Objects.equals(this.sub, that.sub)
                && Objects.equals(this.userId, that.userId)
                && Objects.equals(this.userType, that.userType)
                && Objects.equals(this.name, that.name)
                && Objects.equals(this.username, that.username)
                && Objects.equals(this.picture, that.picture)
                && Objects.equals(this.email, that.email)
                && Objects.equals(this.phoneNumber, that.phoneNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sub, userId, userType, name, username, picture, email, phoneNumber);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "WedaUserInfo",
                "sub", "sub", this.sub, false,
                "userId", "user_id", this.userId, false,
                "userType", "user_type", this.userType, false,
                "name", "name", this.name, false,
                "username", "username", this.username, false,
                "picture", "picture", this.picture, false,
                "email", "email", this.email, false,
                "phoneNumber", "phone_number", this.phoneNumber, false);
    }

    /** Builds a {@code WedaUserInfo}. */
    public static final class Builder {
        private String sub;
        private String userId;
        private String userType;
        private String name;
        private String username;
        private String picture;
        private String email;
        private String phoneNumber;

        private Builder() {}

        /**
         * The user ID.
         */
        public Builder sub(String sub) {
            this.sub = sub;
            return this;
        }

        /**
         * The user ID again, under the name WeDa uses.
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * <code>internal</code> for a registered user, <code>anonymous</code> for an anonymous one.
         */
        public Builder userType(String userType) {
            this.userType = userType;
            return this;
        }

        /**
         * The display name apps show for the user.
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The username.
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * The URL of the user's avatar image (<code>https://...</code>), as it was set.
         */
        public Builder picture(String picture) {
            this.picture = picture;
            return this;
        }

        /**
         * The account's email address, when it has one.
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * The phone number.
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public WedaUserInfo build() {
            return new WedaUserInfo(this, true);
        }
    }
}
