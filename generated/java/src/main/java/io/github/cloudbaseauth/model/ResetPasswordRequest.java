// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ResetPasswordRequest object.
 */
public final class ResetPasswordRequest implements WireModel {
    private final String newPassword;
    private final String verificationToken;
    private final String email;
    private final String phoneNumber;

    private ResetPasswordRequest(Builder b$, boolean check$) {
        this.newPassword = b$.newPassword;
        this.verificationToken = b$.verificationToken;
        this.email = b$.email;
        this.phoneNumber = b$.phoneNumber;
        if (check$) {
            ModelSupport.required(this.newPassword, "ResetPasswordRequest", "newPassword");
            ModelSupport.required(this.verificationToken, "ResetPasswordRequest", "verificationToken");
        }
    }

    /** A builder of {@code ResetPasswordRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.newPassword = this.newPassword;
        b$.verificationToken = this.verificationToken;
        b$.email = this.email;
        b$.phoneNumber = this.phoneNumber;
        return b$;
    }

    /**
     * The new password, 8 to 64 characters.
     */
    public String newPassword() {
        return newPassword;
    }

    /**
     * From <code>POST /verification/verify</code>, for a code sent to that phone or email.
     */
    public String verificationToken() {
        return verificationToken;
    }

    /**
     * The email the verification code went to (or give <code>phone_number</code>).
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * The phone number the verification code went to, <code>+86 13800000000</code>.
     */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /**
     * Reads a {@code ResetPasswordRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ResetPasswordRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ResetPasswordRequest");
        Builder b$ = new Builder();
        b$.newPassword = ModelSupport.string(ModelSupport.field(node, "new_password", true), "new_password");
        b$.verificationToken = ModelSupport.string(ModelSupport.field(node, "verification_token", true), "verification_token");
        b$.email = ModelSupport.string(ModelSupport.field(node, "email", false), "email");
        b$.phoneNumber = ModelSupport.string(ModelSupport.field(node, "phone_number", false), "phone_number");
        return new ResetPasswordRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "new_password", this.newPassword);
        ModelSupport.put(out$, "verification_token", this.verificationToken);
        ModelSupport.put(out$, "email", this.email);
        ModelSupport.put(out$, "phone_number", this.phoneNumber);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ResetPasswordRequest)) {
            return false;
        }
        ResetPasswordRequest that = (ResetPasswordRequest) other;
        return Objects.equals(this.newPassword, that.newPassword)
                && Objects.equals(this.verificationToken, that.verificationToken)
                && Objects.equals(this.email, that.email)
                && Objects.equals(this.phoneNumber, that.phoneNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(newPassword, verificationToken, email, phoneNumber);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ResetPasswordRequest",
                "newPassword", "new_password", this.newPassword, true,
                "verificationToken", "verification_token", this.verificationToken, true,
                "email", "email", this.email, false,
                "phoneNumber", "phone_number", this.phoneNumber, false);
    }

    /** Builds a {@code ResetPasswordRequest}. */
    public static final class Builder {
        private String newPassword;
        private String verificationToken;
        private String email;
        private String phoneNumber;

        private Builder() {}

        /**
         * The new password, 8 to 64 characters.
         */
        public Builder newPassword(String newPassword) {
            this.newPassword = newPassword;
            return this;
        }

        /**
         * From <code>POST /verification/verify</code>, for a code sent to that phone or email.
         */
        public Builder verificationToken(String verificationToken) {
            this.verificationToken = verificationToken;
            return this;
        }

        /**
         * The email the verification code went to (or give <code>phone_number</code>).
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * The phone number the verification code went to, <code>+86 13800000000</code>.
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
        public ResetPasswordRequest build() {
            return new ResetPasswordRequest(this, true);
        }
    }
}
