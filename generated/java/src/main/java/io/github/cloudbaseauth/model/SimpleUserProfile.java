// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A user as <code>GET /user/query</code> shows them (the SDK's <code>SimpleUserProfile</code>).
 */
public final class SimpleUserProfile implements WireModel {
    private final String sub;
    private final String name;
    private final String username;
    private final String picture;
    private final String gender;
    private final String locale;
    private final String email;
    private final String phoneNumber;

    private SimpleUserProfile(Builder b$, boolean check$) {
        this.sub = b$.sub;
        this.name = b$.name;
        this.username = b$.username;
        this.picture = b$.picture;
        this.gender = b$.gender;
        this.locale = b$.locale;
        this.email = b$.email;
        this.phoneNumber = b$.phoneNumber;
        if (check$) {
            ModelSupport.required(this.sub, "SimpleUserProfile", "sub");
            ModelSupport.required(this.name, "SimpleUserProfile", "name");
        }
    }

    /** A builder of {@code SimpleUserProfile}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.sub = this.sub;
        b$.name = this.name;
        b$.username = this.username;
        b$.picture = this.picture;
        b$.gender = this.gender;
        b$.locale = this.locale;
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
     * The display name (empty when none is set).
     */
    public String name() {
        return name;
    }

    /**
     * The username, when the account has one (inferred; not in the SDK model).
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
     * Gender, such as <code>MALE</code> or <code>FEMALE</code>.
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
     * The email address (administrator callers or the caller's own account only).
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * The phone number (administrator callers or the caller's own account only).
     */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /**
     * Reads a {@code SimpleUserProfile} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static SimpleUserProfile fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "SimpleUserProfile");
        Builder b$ = new Builder();
        b$.sub = ModelSupport.string(ModelSupport.field(node, "sub", true), "sub");
        b$.name = ModelSupport.string(ModelSupport.field(node, "name", true), "name");
        b$.username = ModelSupport.string(ModelSupport.field(node, "username", false), "username");
        b$.picture = ModelSupport.string(ModelSupport.field(node, "picture", false), "picture");
        b$.gender = ModelSupport.string(ModelSupport.field(node, "gender", false), "gender");
        b$.locale = ModelSupport.string(ModelSupport.field(node, "locale", false), "locale");
        b$.email = ModelSupport.string(ModelSupport.field(node, "email", false), "email");
        b$.phoneNumber = ModelSupport.string(ModelSupport.field(node, "phone_number", false), "phone_number");
        return new SimpleUserProfile(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "sub", this.sub);
        ModelSupport.put(out$, "name", this.name);
        ModelSupport.put(out$, "username", this.username);
        ModelSupport.put(out$, "picture", this.picture);
        ModelSupport.put(out$, "gender", this.gender);
        ModelSupport.put(out$, "locale", this.locale);
        ModelSupport.put(out$, "email", this.email);
        ModelSupport.put(out$, "phone_number", this.phoneNumber);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SimpleUserProfile)) {
            return false;
        }
        SimpleUserProfile that = (SimpleUserProfile) other;
        return Objects.equals(this.sub, that.sub)
                && Objects.equals(this.name, that.name)
                && Objects.equals(this.username, that.username)
                && Objects.equals(this.picture, that.picture)
                && Objects.equals(this.gender, that.gender)
                && Objects.equals(this.locale, that.locale)
                && Objects.equals(this.email, that.email)
                && Objects.equals(this.phoneNumber, that.phoneNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sub, name, username, picture, gender, locale, email, phoneNumber);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "SimpleUserProfile",
                "sub", "sub", this.sub, false,
                "name", "name", this.name, false,
                "username", "username", this.username, false,
                "picture", "picture", this.picture, false,
                "gender", "gender", this.gender, false,
                "locale", "locale", this.locale, false,
                "email", "email", this.email, false,
                "phoneNumber", "phone_number", this.phoneNumber, false);
    }

    /** Builds a {@code SimpleUserProfile}. */
    public static final class Builder {
        private String sub;
        private String name;
        private String username;
        private String picture;
        private String gender;
        private String locale;
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
         * The display name (empty when none is set).
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The username, when the account has one (inferred; not in the SDK model).
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
         * Gender, such as <code>MALE</code> or <code>FEMALE</code>.
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
         * The email address (administrator callers or the caller's own account only).
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * The phone number (administrator callers or the caller's own account only).
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
        public SimpleUserProfile build() {
            return new SimpleUserProfile(this, true);
        }
    }
}
