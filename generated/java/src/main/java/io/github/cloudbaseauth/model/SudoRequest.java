// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exactly one of <code>password</code> and <code>verification_token</code>.
 */
public final class SudoRequest implements WireModel {
    private final String password;
    private final String verificationToken;

    private SudoRequest(Builder b$, boolean check$) {
        this.password = b$.password;
        this.verificationToken = b$.verificationToken;
    }

    /** A builder of {@code SudoRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.password = this.password;
        b$.verificationToken = this.verificationToken;
        return b$;
    }

    /**
     * The signed-in user's current password, typed again to prove it is them (or send
     * <code>verification_token</code> instead).
     */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /**
     * From <code>POST /verification/verify</code>, for a code sent to the user's own phone or email.
     */
    public Optional<String> verificationToken() {
        return Optional.ofNullable(verificationToken);
    }

    /**
     * Reads a {@code SudoRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static SudoRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "SudoRequest");
        Builder b$ = new Builder();
        b$.password = ModelSupport.string(ModelSupport.field(node, "password", false), "password");
        b$.verificationToken = ModelSupport.string(ModelSupport.field(node, "verification_token", false), "verification_token");
        return new SudoRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "password", this.password);
        ModelSupport.put(out$, "verification_token", this.verificationToken);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SudoRequest)) {
            return false;
        }
        SudoRequest that = (SudoRequest) other;
        return Objects.equals(this.password, that.password)
                && Objects.equals(this.verificationToken, that.verificationToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(password, verificationToken);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "SudoRequest",
                "password", "password", this.password, true,
                "verificationToken", "verification_token", this.verificationToken, true);
    }

    /** Builds a {@code SudoRequest}. */
    public static final class Builder {
        private String password;
        private String verificationToken;

        private Builder() {}

        /**
         * The signed-in user's current password, typed again to prove it is them (or send
         * <code>verification_token</code> instead).
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * From <code>POST /verification/verify</code>, for a code sent to the user's own phone or email.
         */
        public Builder verificationToken(String verificationToken) {
            this.verificationToken = verificationToken;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public SudoRequest build() {
            return new SudoRequest(this, true);
        }
    }
}
