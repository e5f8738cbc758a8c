// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The VerifyResponse object.
 */
public final class VerifyResponse implements WireModel {
    private final String verificationToken;
    private final Integer expiresIn;

    private VerifyResponse(Builder b$, boolean check$) {
        this.verificationToken = b$.verificationToken;
        this.expiresIn = b$.expiresIn;
        if (check$) {
            ModelSupport.required(this.verificationToken, "VerifyResponse", "verificationToken");
            ModelSupport.required(this.expiresIn, "VerifyResponse", "expiresIn");
        }
    }

    /** A builder of {@code VerifyResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.verificationToken = this.verificationToken;
        b$.expiresIn = this.expiresIn;
        return b$;
    }

    /**
     * Proof of the verified phone number or email.
     */
    public String verificationToken() {
        return verificationToken;
    }

    /**
     * Seconds the token stays valid (600).
     */
    public int expiresIn() {
        return expiresIn;
    }

    /**
     * Reads a {@code VerifyResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static VerifyResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "VerifyResponse");
        Builder b$ = new Builder();
        b$.verificationToken = ModelSupport.string(ModelSupport.field(node, "verification_token", true), "verification_token");
        b$.expiresIn = ModelSupport.int32(ModelSupport.field(node, "expires_in", true), "expires_in");
        return new VerifyResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "verification_token", this.verificationToken);
        ModelSupport.put(out$, "expires_in", this.expiresIn);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof VerifyResponse)) {
            return false;
        }
        VerifyResponse that = (VerifyResponse) other;
        return Objects.equals(this.verificationToken, that.verificationToken)
                && Objects.equals(this.expiresIn, that.expiresIn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verificationToken, expiresIn);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "VerifyResponse",
                "verificationToken", "verification_token", this.verificationToken, true,
                "expiresIn", "expires_in", this.expiresIn, false);
    }

    /** Builds a {@code VerifyResponse}. */
    public static final class Builder {
        private String verificationToken;
        private Integer expiresIn;

        private Builder() {}

        /**
         * Proof of the verified phone number or email.
         */
        public Builder verificationToken(String verificationToken) {
            this.verificationToken = verificationToken;
            return this;
        }

        /**
         * Seconds the token stays valid (600).
         */
        public Builder expiresIn(Integer expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public VerifyResponse build() {
            return new VerifyResponse(this, true);
        }
    }
}
