// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The authorization code (the SDK model also lists token fields, for an implicit flow not covered
 * here).
 */
public final class AuthorizeResponse implements WireModel {
    private final String code;
    private final String state;
    private final String scope;
    private final Integer expiresIn;
    private final String accessToken;
    private final String idToken;
    private final String tokenType;

    private AuthorizeResponse(Builder b$, boolean check$) {
        this.code = b$.code;
        this.state = b$.state;
        this.scope = b$.scope;
        this.expiresIn = b$.expiresIn;
        this.accessToken = b$.accessToken;
        this.idToken = b$.idToken;
        this.tokenType = b$.tokenType;
    }

    /** A builder of {@code AuthorizeResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.code = this.code;
        b$.state = this.state;
        b$.scope = this.scope;
        b$.expiresIn = this.expiresIn;
        b$.accessToken = this.accessToken;
        b$.idToken = this.idToken;
        b$.tokenType = this.tokenType;
        return b$;
    }

    /**
     * One-time code for <code>POST /token</code> (<code>grant_type=authorization_code</code>).
     */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /**
     * The request's <code>state</code>.
     */
    public Optional<String> state() {
        return Optional.ofNullable(state);
    }

    /**
     * The scopes granted.
     */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /**
     * Seconds the code stays valid.
     */
    public Optional<Integer> expiresIn() {
        return Optional.ofNullable(expiresIn);
    }

    /**
     * Implicit flow only (SDK model; not covered).
     */
    public Optional<String> accessToken() {
        return Optional.ofNullable(accessToken);
    }

    /**
     * Implicit flow only (SDK model; not covered).
     */
    public Optional<String> idToken() {
        return Optional.ofNullable(idToken);
    }

    /**
     * Implicit flow only (SDK model; not covered).
     */
    public Optional<String> tokenType() {
        return Optional.ofNullable(tokenType);
    }

    /**
     * Reads a {@code AuthorizeResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static AuthorizeResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "AuthorizeResponse");
        Builder b$ = new Builder();
        b$.code = ModelSupport.string(ModelSupport.field(node, "code", false), "code");
        b$.state = ModelSupport.string(ModelSupport.field(node, "state", false), "state");
        b$.scope = ModelSupport.string(ModelSupport.field(node, "scope", false), "scope");
        b$.expiresIn = ModelSupport.int32(ModelSupport.field(node, "expires_in", false), "expires_in");
        b$.accessToken = ModelSupport.string(ModelSupport.field(node, "access_token", false), "access_token");
        b$.idToken = ModelSupport.string(ModelSupport.field(node, "id_token", false), "id_token");
        b$.tokenType = ModelSupport.string(ModelSupport.field(node, "token_type", false), "token_type");
        return new AuthorizeResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "code", this.code);
        ModelSupport.put(out$, "state", this.state);
        ModelSupport.put(out$, "scope", this.scope);
        ModelSupport.put(out$, "expires_in", this.expiresIn);
        ModelSupport.put(out$, "access_token", this.accessToken);
        ModelSupport.put(out$, "id_token", this.idToken);
        ModelSupport.put(out$, "token_type", this.tokenType);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthorizeResponse)) {
            return false;
        }
        AuthorizeResponse that = (AuthorizeResponse) other;
        return Objects.equals(this.code, that.code)
                && Objects.equals(this.state, that.state)
                && Objects.equals(this.scope, that.scope)
                && Objects.equals(this.expiresIn, that.expiresIn)
                && Objects.equals(this.accessToken, that.accessToken)
                && Objects.equals(this.idToken, that.idToken)
                && Objects.equals(this.tokenType, that.tokenType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, state, scope, expiresIn, accessToken, idToken, tokenType);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "AuthorizeResponse",
                "code", "code", this.code, true,
                "state", "state", this.state, false,
                "scope", "scope", this.scope, false,
                "expiresIn", "expires_in", this.expiresIn, false,
                "accessToken", "access_token", this.accessToken, true,
                "idToken", "id_token", this.idToken, true,
                "tokenType", "token_type", this.tokenType, false);
    }

    /** Builds a {@code AuthorizeResponse}. */
    public static final class Builder {
        private String code;
        private String state;
        private String scope;
        private Integer expiresIn;
        private String accessToken;
        private String idToken;
        private String tokenType;

        private Builder() {}

        /**
         * One-time code for <code>POST /token</code> (<code>grant_type=authorization_code</code>).
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * The request's <code>state</code>.
         */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /**
         * The scopes granted.
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Seconds the code stays valid.
         */
        public Builder expiresIn(Integer expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * Implicit flow only (SDK model; not covered).
         */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /**
         * Implicit flow only (SDK model; not covered).
         */
        public Builder idToken(String idToken) {
            this.idToken = idToken;
            return this;
        }

        /**
         * Implicit flow only (SDK model; not covered).
         */
        public Builder tokenType(String tokenType) {
            this.tokenType = tokenType;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public AuthorizeResponse build() {
            return new AuthorizeResponse(this, true);
        }
    }
}
