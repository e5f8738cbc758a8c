// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The VerifyRequest object.
 */
public final class VerifyRequest implements WireModel {
    private final String verificationId;
    private final String verificationCode;

    private VerifyRequest(Builder b$, boolean check$) {
        this.verificationId = b$.verificationId;
        this.verificationCode = b$.verificationCode;
        if (check$) {
            ModelSupport.required(this.verificationId, "VerifyRequest", "verificationId");
            ModelSupport.required(this.verificationCode, "VerifyRequest", "verificationCode");
        }
    }

    /** A builder of {@code VerifyRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.verificationId = this.verificationId;
        b$.verificationCode = this.verificationCode;
        return b$;
    }

    /**
     * From <code>POST /verification</code>.
     */
    public String verificationId() {
        return verificationId;
    }

    /**
     * The 6-digit code the user received.
     */
    public String verificationCode() {
        return verificationCode;
    }

    /**
     * Reads a {@code VerifyRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static VerifyRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "VerifyRequest");
        Builder b$ = new Builder();
        b$.verificationId = ModelSupport.string(ModelSupport.field(node, "verification_id", true), "verification_id");
        b$.verificationCode = ModelSupport.string(ModelSupport.field(node, "verification_code", true), "verification_code");
        return new VerifyRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "verification_id", this.verificationId);
        ModelSupport.put(out$, "verification_code", this.verificationCode);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof VerifyRequest)) {
            return false;
        }
        VerifyRequest that = (VerifyRequest) other;
        return Objects.equals(this.verificationId, that.verificationId)
                && Objects.equals(this.verificationCode, that.verificationCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verificationId, verificationCode);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "VerifyRequest",
                "verificationId", "verification_id", this.verificationId, false,
                "verificationCode", "verification_code", this.verificationCode, true);
    }

    /** Builds a {@code VerifyRequest}. */
    public static final class Builder {
        private String verificationId;
        private String verificationCode;

        private Builder() {}

        /**
         * From <code>POST /verification</code>.
         */
        public Builder verificationId(String verificationId) {
            this.verificationId = verificationId;
            return this;
        }

        /**
         * The 6-digit code the user received.
         */
        public Builder verificationCode(String verificationCode) {
            this.verificationCode = verificationCode;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public VerifyRequest build() {
            return new VerifyRequest(this, true);
        }
    }
}
