// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The new phone number or email (exactly one) and the proofs for it.
 */
public final class EditContactRequest implements WireModel {
    private final String sudoToken;
    private final String verificationToken;
    private final String phoneNumber;
    private final String email;
    private final String conflictResolution;

    private EditContactRequest(Builder b$, boolean check$) {
        this.sudoToken = b$.sudoToken;
        this.verificationToken = b$.verificationToken;
        this.phoneNumber = b$.phoneNumber;
        this.email = b$.email;
        this.conflictResolution = b$.conflictResolution;
        if (check$) {
            ModelSupport.required(this.sudoToken, "EditContactRequest", "sudoToken");
            ModelSupport.required(this.verificationToken, "EditContactRequest", "verificationToken");
        }
    }

    /** A builder of {@code EditContactRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.sudoToken = this.sudoToken;
        b$.verificationToken = this.verificationToken;
        b$.phoneNumber = this.phoneNumber;
        b$.email = this.email;
        b$.conflictResolution = this.conflictResolution;
        return b$;
    }

    /**
     * From <code>POST /user/sudo</code>, valid 900 seconds.
     */
    public String sudoToken() {
        return sudoToken;
    }

    /**
     * From <code>POST /verification/verify</code>, for a code sent to the new address.
     */
    public String verificationToken() {
        return verificationToken;
    }

    /**
     * The new phone number, <code>+86 13900000000</code>.
     */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /**
     * The new email address.
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * What to do when another account has the address (see the operation); <code>DEFAULT</code> when
     * absent. One of: DEFAULT, DELETE_ACCOUNT_TRANSFER, TRANSFER.
     */
    public Optional<String> conflictResolution() {
        return Optional.ofNullable(conflictResolution);
    }

    /**
     * Reads a {@code EditContactRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static EditContactRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "EditContactRequest");
        Builder b$ = new Builder();
        b$.sudoToken = ModelSupport.string(ModelSupport.field(node, "sudo_token", true), "sudo_token");
        b$.verificationToken = ModelSupport.string(ModelSupport.field(node, "verification_token", true), "verification_token");
        b$.phoneNumber = ModelSupport.string(ModelSupport.field(node, "phone_number", false), "phone_number");
        b$.email = ModelSupport.string(ModelSupport.field(node, "email", false), "email");
        b$.conflictResolution = ModelSupport.string(ModelSupport.field(node, "conflict_resolution", false), "conflict_resolution");
        return new EditContactRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "sudo_token", this.sudoToken);
        ModelSupport.put(out$, "verification_token", this.verificationToken);
        ModelSupport.put(out$, "phone_number", this.phoneNumber);
        ModelSupport.put(out$, "email", this.email);
        ModelSupport.put(out$, "conflict_resolution", this.conflictResolution);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof EditContactRequest)) {
            return false;
        }
        EditContactRequest that = (EditContactRequest) other;
        return Objects.equals(this.sudoToken, that.sudoToken)
                && Objects.equals(this.verificationToken, that.verificationToken)
                && Objects.equals(this.phoneNumber, that.phoneNumber)
                && Objects.equals(this.email, that.email)
                && Objects.equals(this.conflictResolution, that.conflictResolution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sudoToken, verificationToken, phoneNumber, email, conflictResolution);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "EditContactRequest",
                "sudoToken", "sudo_token", this.sudoToken, true,
                "verificationToken", "verification_token", this.verificationToken, true,
                "phoneNumber", "phone_number", this.phoneNumber, false,
                "email", "email", this.email, false,
                "conflictResolution", "conflict_resolution", this.conflictResolution, false);
    }

    /** Builds a {@code EditContactRequest}. */
    public static final class Builder {
        private String sudoToken;
        private String verificationToken;
        private String phoneNumber;
        private String email;
        private String conflictResolution;

        private Builder() {}

        /**
         * From <code>POST /user/sudo</code>, valid 900 seconds.
         */
        public Builder sudoToken(String sudoToken) {
            this.sudoToken = sudoToken;
            return this;
        }

        /**
         * From <code>POST /verification/verify</code>, for a code sent to the new address.
         */
        public Builder verificationToken(String verificationToken) {
            this.verificationToken = verificationToken;
            return this;
        }

        /**
         * The new phone number, <code>+86 13900000000</code>.
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * The new email address.
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * What to do when another account has the address (see the operation); <code>DEFAULT</code> when
         * absent. One of: DEFAULT, DELETE_ACCOUNT_TRANSFER, TRANSFER.
         */
        public Builder conflictResolution(String conflictResolution) {
            this.conflictResolution = conflictResolution;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public EditContactRequest build() {
            return new EditContactRequest(this, true);
        }
    }
}
