// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The VerificationResponse object.
 */
public final class VerificationResponse implements WireModel {
    private final String verificationId;
    private final Integer expiresIn;
    private final Boolean isUser;

    private VerificationResponse(Builder b$, boolean check$) {
        this.verificationId = b$.verificationId;
        this.expiresIn = b$.expiresIn;
        this.isUser = b$.isUser;
        if (check$) {
            ModelSupport.required(this.verificationId, "VerificationResponse", "verificationId");
            ModelSupport.required(this.expiresIn, "VerificationResponse", "expiresIn");
        }
    }

    /** A builder of {@code VerificationResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.verificationId = this.verificationId;
        b$.expiresIn = this.expiresIn;
        b$.isUser = this.isUser;
        return b$;
    }

    /**
     * Names this code for <code>POST /verification/verify</code>.
     */
    public String verificationId() {
        return verificationId;
    }

    /**
     * Seconds the code stays valid (600).
     */
    public int expiresIn() {
        return expiresIn;
    }

    /**
     * True when an account exists (sign in next), false or absent otherwise (sign up).
     */
    public Optional<Boolean> isUser() {
        return Optional.ofNullable(isUser);
    }

    /**
     * Reads a {@code VerificationResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static VerificationResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "VerificationResponse");
        Builder b$ = new Builder();
        b$.verificationId = ModelSupport.string(ModelSupport.field(node, "verification_id", true), "verification_id");
        b$.expiresIn = ModelSupport.int32(ModelSupport.field(node, "expires_in", true), "expires_in");
        b$.isUser = ModelSupport.bool(ModelSupport.field(node, "is_user", false), "is_user");
        return new VerificationResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "verification_id", this.verificationId);
        ModelSupport.put(out$, "expires_in", this.expiresIn);
        ModelSupport.put(out$, "is_user", this.isUser);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof VerificationResponse)) {
            return false;
        }
        VerificationResponse that = (VerificationResponse) other;
        return Objects.equals(this.verificationId, that.verificationId)
                && Objects.equals(this.expiresIn, that.expiresIn)
                && Objects.equals(this.isUser, that.isUser);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verificationId, expiresIn, isUser);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "VerificationResponse",
                "verificationId", "verification_id", this.verificationId, false,
                "expiresIn", "expires_in", this.expiresIn, false,
                "isUser", "is_user", this.isUser, false);
    }

    /** Builds a {@code VerificationResponse}. */
    public static final class Builder {
        private String verificationId;
        private Integer expiresIn;
        private Boolean isUser;

        private Builder() {}

        /**
         * Names this code for <code>POST /verification/verify</code>.
         */
        public Builder verificationId(String verificationId) {
            this.verificationId = verificationId;
            return this;
        }

        /**
         * Seconds the code stays valid (600).
         */
        public Builder expiresIn(Integer expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * True when an account exists (sign in next), false or absent otherwise (sign up).
         */
        public Builder isUser(Boolean isUser) {
            this.isUser = isUser;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public VerificationResponse build() {
            return new VerificationResponse(this, true);
        }
    }
}
