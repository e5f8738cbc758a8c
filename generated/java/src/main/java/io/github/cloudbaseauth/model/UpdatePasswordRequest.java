// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The UpdatePasswordRequest object.
 */
public final class UpdatePasswordRequest implements WireModel {
    private final String newPassword;
    private final String oldPassword;
    private final String confirmPassword;
    private final String sudoToken;
    private final String sudoTokenQuery;

    private UpdatePasswordRequest(Builder b$, boolean check$) {
        this.newPassword = b$.newPassword;
        this.oldPassword = b$.oldPassword;
        this.confirmPassword = b$.confirmPassword;
        this.sudoToken = b$.sudoToken;
        this.sudoTokenQuery = b$.sudoTokenQuery;
        if (check$) {
            ModelSupport.required(this.newPassword, "UpdatePasswordRequest", "newPassword");
        }
    }

    /** A builder of {@code UpdatePasswordRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.newPassword = this.newPassword;
        b$.oldPassword = this.oldPassword;
        b$.confirmPassword = this.confirmPassword;
        b$.sudoToken = this.sudoToken;
        b$.sudoTokenQuery = this.sudoTokenQuery;
        return b$;
    }

    /**
     * The new password, 8 to 64 characters.
     */
    public String newPassword() {
        return newPassword;
    }

    /**
     * Needed when the user already has a password.
     */
    public Optional<String> oldPassword() {
        return Optional.ofNullable(oldPassword);
    }

    /**
     * The new password again; must equal <code>new_password</code>.
     */
    public Optional<String> confirmPassword() {
        return Optional.ofNullable(confirmPassword);
    }

    /**
     * Accepted here too, as the official SDK sends it.
     */
    public Optional<String> sudoToken() {
        return Optional.ofNullable(sudoToken);
    }

    /**
     * The token from <code>POST /user/sudo</code>, valid 900 seconds; here or in the body. (Sent as the
     * query parameter sudo_token.)
     */
    public Optional<String> sudoTokenQuery() {
        return Optional.ofNullable(sudoTokenQuery);
    }

    /**
     * Reads a {@code UpdatePasswordRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static UpdatePasswordRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "UpdatePasswordRequest");
        Builder b$ = new Builder();
        b$.newPassword = ModelSupport.string(ModelSupport.field(node, "new_password", true), "new_password");
        b$.oldPassword = ModelSupport.string(ModelSupport.field(node, "old_password", false), "old_password");
        b$.confirmPassword = ModelSupport.string(ModelSupport.field(node, "confirm_password", false), "confirm_password");
        b$.sudoToken = ModelSupport.string(ModelSupport.field(node, "sudo_token", false), "sudo_token");
        return new UpdatePasswordRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "new_password", this.newPassword);
        ModelSupport.put(out$, "old_password", this.oldPassword);
        ModelSupport.put(out$, "confirm_password", this.confirmPassword);
        ModelSupport.put(out$, "sudo_token", this.sudoToken);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof UpdatePasswordRequest)) {
            return false;
        }
        UpdatePasswordRequest that = (UpdatePasswordRequest) other;
        return Objects.equals(this.newPassword, that.newPassword)
                && Objects.equals(this.oldPassword, that.oldPassword)
                && Objects.equals(this.confirmPassword, that.confirmPassword)
                && Objects.equals(this.sudoToken, that.sudoToken)
                && Objects.equals(this.sudoTokenQuery, that.sudoTokenQuery);
    }

    @Override
    public int hashCode() {
        return Objects.hash(newPassword, oldPassword, confirmPassword, sudoToken, sudoTokenQuery);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "UpdatePasswordRequest",
                "newPassword", "new_password", this.newPassword, true,
                "oldPassword", "old_password", this.oldPassword, true,
                "confirmPassword", "confirm_password", this.confirmPassword, true,
                "sudoToken", "sudo_token", this.sudoToken, true,
                "sudoTokenQuery", "sudo_token", this.sudoTokenQuery, true);
    }

    /** Builds a {@code UpdatePasswordRequest}. */
    public static final class Builder {
        private String newPassword;
        private String oldPassword;
        private String confirmPassword;
        private String sudoToken;
        private String sudoTokenQuery;

        private Builder() {}

        /**
         * The new password, 8 to 64 characters.
         */
        public Builder newPassword(String newPassword) {
            this.newPassword = newPassword;
            return this;
        }

        /**
         * Needed when the user already has a password.
         */
        public Builder oldPassword(String oldPassword) {
            this.oldPassword = oldPassword;
            return this;
        }

        /**
         * The new password again; must equal <code>new_password</code>.
         */
        public Builder confirmPassword(String confirmPassword) {
            this.confirmPassword = confirmPassword;
            return this;
        }

        /**
         * Accepted here too, as the official SDK sends it.
         */
        public Builder sudoToken(String sudoToken) {
            this.sudoToken = sudoToken;
            return this;
        }

        /**
         * The token from <code>POST /user/sudo</code>, valid 900 seconds; here or in the body. (Sent as the
         * query parameter sudo_token.)
         */
        public Builder sudoTokenQuery(String sudoTokenQuery) {
            this.sudoTokenQuery = sudoTokenQuery;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public UpdatePasswordRequest build() {
            return new UpdatePasswordRequest(this, true);
        }
    }
}
