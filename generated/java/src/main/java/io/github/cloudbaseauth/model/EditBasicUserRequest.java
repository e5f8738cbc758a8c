// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields to change; fields left out stay as they are.
 */
public final class EditBasicUserRequest implements WireModel {
    private final String userId;
    private final String nickname;
    private final String username;
    private final String description;
    private final String avatarUrl;
    private final String gender;
    private final String email;
    private final String phone;
    private final String password;
    private final String newPassword;

    private EditBasicUserRequest(Builder b$, boolean check$) {
        this.userId = b$.userId;
        this.nickname = b$.nickname;
        this.username = b$.username;
        this.description = b$.description;
        this.avatarUrl = b$.avatarUrl;
        this.gender = b$.gender;
        this.email = b$.email;
        this.phone = b$.phone;
        this.password = b$.password;
        this.newPassword = b$.newPassword;
    }

    /** A builder of {@code EditBasicUserRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.userId = this.userId;
        b$.nickname = this.nickname;
        b$.username = this.username;
        b$.description = this.description;
        b$.avatarUrl = this.avatarUrl;
        b$.gender = this.gender;
        b$.email = this.email;
        b$.phone = this.phone;
        b$.password = this.password;
        b$.newPassword = this.newPassword;
        return b$;
    }

    /**
     * Another user to edit; needs an administrator token (docs).
     */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    /**
     * The new display name apps show for the user (free text; not used to sign in).
     */
    public Optional<String> nickname() {
        return Optional.ofNullable(nickname);
    }

    /**
     * New user name.
     */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * Self-description (answered as <code>user_desc</code> by <code>GET /user/me</code>).
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * The URL of the new avatar image (<code>https://...</code>); the service stores it as given.
     */
    public Optional<String> avatarUrl() {
        return Optional.ofNullable(avatarUrl);
    }

    /**
     * The user's gender as the profile stores it: <code>MALE</code> or <code>FEMALE</code> (leave it out
     * when unknown). One of: MALE, FEMALE.
     */
    public Optional<String> gender() {
        return Optional.ofNullable(gender);
    }

    /**
     * New email; must have been verified with a code just before.
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * New phone number (<code>+86 13800000000</code>); must have been verified with a code just before.
     */
    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    /**
     * The current password, with <code>new_password</code> (SDK model).
     */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /**
     * The new password, with <code>password</code> (SDK model).
     */
    public Optional<String> newPassword() {
        return Optional.ofNullable(newPassword);
    }

    /**
     * Reads a {@code EditBasicUserRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static EditBasicUserRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "EditBasicUserRequest");
        Builder b$ = new Builder();
        b$.userId = ModelSupport.string(ModelSupport.field(node, "user_id", false), "user_id");
        b$.nickname = ModelSupport.string(ModelSupport.field(node, "nickname", false), "nickname");
        b$.username = ModelSupport.string(ModelSupport.field(node, "username", false), "username");
        b$.description = ModelSupport.string(ModelSupport.field(node, "description", false), "description");
        b$.avatarUrl = ModelSupport.string(ModelSupport.field(node, "avatar_url", false), "avatar_url");
        b$.gender = ModelSupport.string(ModelSupport.field(node, "gender", false), "gender");
        b$.email = ModelSupport.string(ModelSupport.field(node, "email", false), "email");
        b$.phone = ModelSupport.string(ModelSupport.field(node, "phone", false), "phone");
        b$.password = ModelSupport.string(ModelSupport.field(node, "password", false), "password");
        b$.newPassword = ModelSupport.string(ModelSupport.field(node, "new_password", false), "new_password");
        return new EditBasicUserRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "user_id", this.userId);
        ModelSupport.put(out$, "nickname", this.nickname);
        ModelSupport.put(out$, "username", this.username);
        ModelSupport.put(out$, "description", this.description);
        ModelSupport.put(out$, "avatar_url", this.avatarUrl);
        ModelSupport.put(out$, "gender", this.gender);
        ModelSupport.put(out$, "email", this.email);
        ModelSupport.put(out$, "phone", this.phone);
        ModelSupport.put(out$, "password", this.password);
        ModelSupport.put(out$, "new_password", this.newPassword);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof EditBasicUserRequest)) {
            return false;
        }
        EditBasicUserRequest that = (EditBasicUserRequest) other;
        return Objects.equals(this.userId, that.userId)
                && Objects.equals(this.nickname, that.nickname)
                && Objects.equals(this.username, that.username)
                && Objects.equals(this.description, that.description)
                && Objects.equals(this.avatarUrl, that.avatarUrl)
                && Objects.equals(this.gender, that.gender)
                && Objects.equals(this.email, that.email)
                && Objects.equals(this.phone, that.phone)
                && Objects.equals(this.password, that.password)
                && Objects.equals(this.newPassword, that.newPassword);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, nickname, username, description, avatarUrl, gender, email, phone, password, newPassword);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "EditBasicUserRequest",
                "userId", "user_id", this.userId, false,
                "nickname", "nickname", this.nickname, false,
                "username", "username", this.username, false,
                "description", "description", this.description, false,
                "avatarUrl", "avatar_url", this.avatarUrl, false,
                "gender", "gender", this.gender, false,
                "email", "email", this.email, false,
                "phone", "phone", this.phone, false,
                "password", "password", this.password, true,
                "newPassword", "new_password", this.newPassword, true);
    }

    /** Builds a {@code EditBasicUserRequest}. */
    public static final class Builder {
        private String userId;
        private String nickname;
        private String username;
        private String description;
        private String avatarUrl;
        private String gender;
        private String email;
        private String phone;
        private String password;
        private String newPassword;

        private Builder() {}

        /**
         * Another user to edit; needs an administrator token (docs).
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * The new display name apps show for the user (free text; not used to sign in).
         */
        public Builder nickname(String nickname) {
            this.nickname = nickname;
            return this;
        }

        /**
         * New user name.
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * Self-description (answered as <code>user_desc</code> by <code>GET /user/me</code>).
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * The URL of the new avatar image (<code>https://...</code>); the service stores it as given.
         */
        public Builder avatarUrl(String avatarUrl) {
            this.avatarUrl = avatarUrl;
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
         * New email; must have been verified with a code just before.
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * New phone number (<code>+86 13800000000</code>); must have been verified with a code just before.
         */
        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        /**
         * The current password, with <code>new_password</code> (SDK model).
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * The new password, with <code>password</code> (SDK model).
         */
        public Builder newPassword(String newPassword) {
            this.newPassword = newPassword;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public EditBasicUserRequest build() {
            return new EditBasicUserRequest(this, true);
        }
    }
}
