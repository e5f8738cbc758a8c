// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SudoResponse object.
 */
public final class SudoResponse implements WireModel {
    private final String sudoToken;
    private final Integer expiresIn;

    private SudoResponse(Builder b$, boolean check$) {
        this.sudoToken = b$.sudoToken;
        this.expiresIn = b$.expiresIn;
        if (check$) {
            ModelSupport.required(this.sudoToken, "SudoResponse", "sudoToken");
            ModelSupport.required(this.expiresIn, "SudoResponse", "expiresIn");
        }
    }

    /** A builder of {@code SudoResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.sudoToken = this.sudoToken;
        b$.expiresIn = this.expiresIn;
        return b$;
    }

    /**
     * Authorises one sensitive change (password, phone, email, deletion); pass it as
     * <code>sudo_token</code>.
     */
    public String sudoToken() {
        return sudoToken;
    }

    /**
     * Seconds the sudo token stays valid (900).
     */
    public int expiresIn() {
        return expiresIn;
    }

    /**
     * Reads a {@code SudoResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static SudoResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "SudoResponse");
        Builder b$ = new Builder();
        b$.sudoToken = ModelSupport.string(ModelSupport.field(node, "sudo_token", true), "sudo_token");
        b$.expiresIn = ModelSupport.int32(ModelSupport.field(node, "expires_in", true), "expires_in");
        return new SudoResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "sudo_token", this.sudoToken);
        ModelSupport.put(out$, "expires_in", this.expiresIn);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SudoResponse)) {
            return false;
        }
        SudoResponse that = (SudoResponse) other;
        return Objects.equals(this.sudoToken, that.sudoToken)
                && Objects.equals(this.expiresIn, that.expiresIn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sudoToken, expiresIn);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "SudoResponse",
                "sudoToken", "sudo_token", this.sudoToken, true,
                "expiresIn", "expires_in", this.expiresIn, false);
    }

    /** Builds a {@code SudoResponse}. */
    public static final class Builder {
        private String sudoToken;
        private Integer expiresIn;

        private Builder() {}

        /**
         * Authorises one sensitive change (password, phone, email, deletion); pass it as
         * <code>sudo_token</code>.
         */
        public Builder sudoToken(String sudoToken) {
            this.sudoToken = sudoToken;
            return this;
        }

        /**
         * Seconds the sudo token stays valid (900).
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
        public SudoResponse build() {
            return new SudoResponse(this, true);
        }
    }
}
