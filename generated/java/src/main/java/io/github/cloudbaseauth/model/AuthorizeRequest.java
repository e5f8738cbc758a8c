// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An OAuth 2.0 authorization request (RFC 6749 section 4.1, with PKCE, RFC 7636).
 */
public final class AuthorizeRequest implements WireModel {
    private final String clientId;
    private final String responseType;
    private final String redirectUri;
    private final String state;
    private final String scope;
    private final String codeChallenge;
    private final String codeChallengeMethod;
    private final String signOutUri;

    private AuthorizeRequest(Builder b$, boolean check$) {
        this.clientId = b$.clientId;
        this.responseType = b$.responseType;
        this.redirectUri = b$.redirectUri;
        this.state = b$.state;
        this.scope = b$.scope;
        this.codeChallenge = b$.codeChallenge;
        this.codeChallengeMethod = b$.codeChallengeMethod;
        this.signOutUri = b$.signOutUri;
    }

    /** A builder of {@code AuthorizeRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.clientId = this.clientId;
        b$.responseType = this.responseType;
        b$.redirectUri = this.redirectUri;
        b$.state = this.state;
        b$.scope = this.scope;
        b$.codeChallenge = this.codeChallenge;
        b$.codeChallengeMethod = this.codeChallengeMethod;
        b$.signOutUri = this.signOutUri;
        return b$;
    }

    /**
     * The app asking for access; defaults to the environment ID.
     */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /**
     * <code>code</code> (the default).
     */
    public Optional<String> responseType() {
        return Optional.ofNullable(responseType);
    }

    /**
     * Where the app receives the code; must be registered for the client.
     */
    public Optional<String> redirectUri() {
        return Optional.ofNullable(redirectUri);
    }

    /**
     * The app's opaque value, echoed back.
     */
    public Optional<String> state() {
        return Optional.ofNullable(state);
    }

    /**
     * Space-separated scopes, such as <code>openid profile</code>.
     */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /**
     * The PKCE challenge, <code>BASE64URL(SHA256(code_verifier))</code> for S256.
     */
    public Optional<String> codeChallenge() {
        return Optional.ofNullable(codeChallenge);
    }

    /**
     * <code>S256</code> (recommended) or <code>plain</code>; <code>plain</code> when a challenge comes
     * without a method. One of: S256, plain.
     */
    public Optional<String> codeChallengeMethod() {
        return Optional.ofNullable(codeChallengeMethod);
    }

    /**
     * Where to go after signing out of the app.
     */
    public Optional<String> signOutUri() {
        return Optional.ofNullable(signOutUri);
    }

    /**
     * Reads a {@code AuthorizeRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static AuthorizeRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "AuthorizeRequest");
        Builder b$ = new Builder();
        b$.clientId = ModelSupport.string(ModelSupport.field(node, "client_id", false), "client_id");
        b$.responseType = ModelSupport.string(ModelSupport.field(node, "response_type", false), "response_type");
        b$.redirectUri = ModelSupport.string(ModelSupport.field(node, "redirect_uri", false), "redirect_uri");
        b$.state = ModelSupport.string(ModelSupport.field(node, "state", false), "state");
        b$.scope = ModelSupport.string(ModelSupport.field(node, "scope", false), "scope");
        b$.codeChallenge = ModelSupport.string(ModelSupport.field(node, "code_challenge", false), "code_challenge");
        b$.codeChallengeMethod = ModelSupport.string(ModelSupport.field(node, "code_challenge_method", false), "code_challenge_method");
        b$.signOutUri = ModelSupport.string(ModelSupport.field(node, "sign_out_uri", false), "sign_out_uri");
        return new AuthorizeRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "client_id", this.clientId);
        ModelSupport.put(out$, "response_type", this.responseType);
        ModelSupport.put(out$, "redirect_uri", this.redirectUri);
        ModelSupport.put(out$, "state", this.state);
        ModelSupport.put(out$, "scope", this.scope);
        ModelSupport.put(out$, "code_challenge", this.codeChallenge);
        ModelSupport.put(out$, "code_challenge_method", this.codeChallengeMethod);
        ModelSupport.put(out$, "sign_out_uri", this.signOutUri);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthorizeRequest)) {
            return false;
        }
        AuthorizeRequest that = (AuthorizeRequest) other;
        return Objects.equals(this.clientId, that.clientId)
                && Objects.equals(this.responseType, that.responseType)
                && Objects.equals(this.redirectUri, that.redirectUri)
                && Objects.equals(this.state, that.state)
                && Objects.equals(this.scope, that.scope)
                && Objects.equals(this.codeChallenge, that.codeChallenge)
                && Objects.equals(this.codeChallengeMethod, that.codeChallengeMethod)
                && Objects.equals(this.signOutUri, that.signOutUri);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, responseType, redirectUri, state, scope, codeChallenge, codeChallengeMethod, signOutUri);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "AuthorizeRequest",
                "clientId", "client_id", this.clientId, false,
                "responseType", "response_type", this.responseType, false,
                "redirectUri", "redirect_uri", this.redirectUri, false,
                "state", "state", this.state, false,
                "scope", "scope", this.scope, false,
                "codeChallenge", "code_challenge", this.codeChallenge, false,
                "codeChallengeMethod", "code_challenge_method", this.codeChallengeMethod, false,
                "signOutUri", "sign_out_uri", this.signOutUri, false);
    }

    /** Builds a {@code AuthorizeRequest}. */
    public static final class Builder {
        private String clientId;
        private String responseType;
        private String redirectUri;
        private String state;
        private String scope;
        private String codeChallenge;
        private String codeChallengeMethod;
        private String signOutUri;

        private Builder() {}

        /**
         * The app asking for access; defaults to the environment ID.
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * <code>code</code> (the default).
         */
        public Builder responseType(String responseType) {
            this.responseType = responseType;
            return this;
        }

        /**
         * Where the app receives the code; must be registered for the client.
         */
        public Builder redirectUri(String redirectUri) {
            this.redirectUri = redirectUri;
            return this;
        }

        /**
         * The app's opaque value, echoed back.
         */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /**
         * Space-separated scopes, such as <code>openid profile</code>.
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * The PKCE challenge, <code>BASE64URL(SHA256(code_verifier))</code> for S256.
         */
        public Builder codeChallenge(String codeChallenge) {
            this.codeChallenge = codeChallenge;
            return this;
        }

        /**
         * <code>S256</code> (recommended) or <code>plain</code>; <code>plain</code> when a challenge comes
         * without a method. One of: S256, plain.
         */
        public Builder codeChallengeMethod(String codeChallengeMethod) {
            this.codeChallengeMethod = codeChallengeMethod;
            return this;
        }

        /**
         * Where to go after signing out of the app.
         */
        public Builder signOutUri(String signOutUri) {
            this.signOutUri = signOutUri;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public AuthorizeRequest build() {
            return new AuthorizeRequest(this, true);
        }
    }
}
