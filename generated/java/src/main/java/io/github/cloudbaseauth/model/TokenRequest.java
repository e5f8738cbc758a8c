// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The TokenRequest object.
 */
public final class TokenRequest implements WireModel {
    private final String grantType;
    private final String refreshToken;
    private final String username;
    private final String password;
    private final String clientId;
    private final String clientSecret;
    private final String scope;
    private final String code;
    private final String redirectUri;
    private final String codeVerifier;
    private final String nonce;
    private final String deviceCode;

    private TokenRequest(Builder b$, boolean check$) {
        this.grantType = b$.grantType;
        this.refreshToken = b$.refreshToken;
        this.username = b$.username;
        this.password = b$.password;
        this.clientId = b$.clientId;
        this.clientSecret = b$.clientSecret;
        this.scope = b$.scope;
        this.code = b$.code;
        this.redirectUri = b$.redirectUri;
        this.codeVerifier = b$.codeVerifier;
        this.nonce = b$.nonce;
        this.deviceCode = b$.deviceCode;
        if (check$) {
            ModelSupport.required(this.grantType, "TokenRequest", "grantType");
        }
    }

    /** A builder of {@code TokenRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.grantType = this.grantType;
        b$.refreshToken = this.refreshToken;
        b$.username = this.username;
        b$.password = this.password;
        b$.clientId = this.clientId;
        b$.clientSecret = this.clientSecret;
        b$.scope = this.scope;
        b$.code = this.code;
        b$.redirectUri = this.redirectUri;
        b$.codeVerifier = this.codeVerifier;
        b$.nonce = this.nonce;
        b$.deviceCode = this.deviceCode;
        return b$;
    }

    /**
     * The OAuth 2.0 grant. One of: refresh_token, password, client_credentials, authorization_code,
     * urn:ietf:params:oauth:grant-type:device_code.
     */
    public String grantType() {
        return grantType;
    }

    /**
     * With <code>grant_type</code> <code>refresh_token</code>: the session's current refresh token (it
     * rotates: each one is spent by its first use).
     */
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    /**
     * With <code>grant_type</code> <code>password</code>: the user name, phone number (<code>+86
     * 13800000000</code>) or email to sign in with.
     */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * With <code>grant_type</code> <code>password</code>: the account's password, exactly as the user
     * typed it.
     */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /**
     * Defaults to the environment ID.
     */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /**
     * The SDK sends an empty string by default.
     */
    public Optional<String> clientSecret() {
        return Optional.ofNullable(clientSecret);
    }

    /**
     * The scopes asked for, space-separated (such as <code>openid profile email</code>); left out, the
     * grant's default scopes.
     */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /**
     * For <code>authorization_code</code>, the code from <code>POST /user/authorize</code>.
     */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /**
     * For <code>authorization_code</code>, the same redirect URI as when the code was issued.
     */
    public Optional<String> redirectUri() {
        return Optional.ofNullable(redirectUri);
    }

    /**
     * For <code>authorization_code</code>, the PKCE verifier whose challenge was sent to <code>POST
     * /user/authorize</code>.
     */
    public Optional<String> codeVerifier() {
        return Optional.ofNullable(codeVerifier);
    }

    /**
     * For <code>authorization_code</code>, copied into the <code>id_token</code> (OpenID Connect).
     */
    public Optional<String> nonce() {
        return Optional.ofNullable(nonce);
    }

    /**
     * For the device-code grant, from <code>POST /device/code</code>.
     */
    public Optional<String> deviceCode() {
        return Optional.ofNullable(deviceCode);
    }

    /**
     * Reads a {@code TokenRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static TokenRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "TokenRequest");
        Builder b$ = new Builder();
        b$.grantType = ModelSupport.string(ModelSupport.field(node, "grant_type", true), "grant_type");
        b$.refreshToken = ModelSupport.string(ModelSupport.field(node, "refresh_token", false), "refresh_token");
        b$.username = ModelSupport.string(ModelSupport.field(node, "username", false), "username");
        b$.password = ModelSupport.string(ModelSupport.field(node, "password", false), "password");
        b$.clientId = ModelSupport.string(ModelSupport.field(node, "client_id", false), "client_id");
        b$.clientSecret = ModelSupport.string(ModelSupport.field(node, "client_secret", false), "client_secret");
        b$.scope = ModelSupport.string(ModelSupport.field(node, "scope", false), "scope");
        b$.code = ModelSupport.string(ModelSupport.field(node, "code", false), "code");
        b$.redirectUri = ModelSupport.string(ModelSupport.field(node, "redirect_uri", false), "redirect_uri");
        b$.codeVerifier = ModelSupport.string(ModelSupport.field(node, "code_verifier", false), "code_verifier");
        b$.nonce = ModelSupport.string(ModelSupport.field(node, "nonce", false), "nonce");
        b$.deviceCode = ModelSupport.string(ModelSupport.field(node, "device_code", false), "device_code");
        return new TokenRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "grant_type", this.grantType);
        ModelSupport.put(out$, "refresh_token", this.refreshToken);
        ModelSupport.put(out$, "username", this.username);
        ModelSupport.put(out$, "password", this.password);
        ModelSupport.put(out$, "client_id", this.clientId);
        ModelSupport.put(out$, "client_secret", this.clientSecret);
        ModelSupport.put(out$, "scope", this.scope);
        ModelSupport.put(out$, "code", this.code);
        ModelSupport.put(out$, "redirect_uri", this.redirectUri);
        ModelSupport.put(out$, "code_verifier", this.codeVerifier);
        ModelSupport.put(out$, "nonce", this.nonce);
        ModelSupport.put(out$, "device_code", this.deviceCode);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TokenRequest)) {
            return false;
        }
        TokenRequest that = (TokenRequest) other;
        return Objects.equals(this.grantType, that.grantType)
                && Objects.equals(this.refreshToken, that.refreshToken)
                && Objects.equals(this.username, that.username)
                && Objects.equals(this.password, that.password)
                && Objects.equals(this.clientId, that.clientId)
                && Objects.equals(this.clientSecret, that.clientSecret)
                && Objects.equals(this.scope, that.scope)
                && Objects.equals(this.code, that.code)
                && Objects.equals(this.redirectUri, that.redirectUri)
                && Objects.equals(this.codeVerifier, that.codeVerifier)
                && Objects.equals(this.nonce, that.nonce)
                && Objects.equals(this.deviceCode, that.deviceCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grantType, refreshToken, username, password, clientId, clientSecret, scope, code, redirectUri, codeVerifier, nonce, deviceCode);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "TokenRequest",
                "grantType", "grant_type", this.grantType, false,
                "refreshToken", "refresh_token", this.refreshToken, true,
                "username", "username", this.username, false,
                "password", "password", this.password, true,
                "clientId", "client_id", this.clientId, false,
                "clientSecret", "client_secret", this.clientSecret, true,
                "scope", "scope", this.scope, false,
                "code", "code", this.code, true,
                "redirectUri", "redirect_uri", this.redirectUri, false,
                "codeVerifier", "code_verifier", this.codeVerifier, true,
                "nonce", "nonce", this.nonce, false,
                "deviceCode", "device_code", this.deviceCode, true);
    }

    /** Builds a {@code TokenRequest}. */
    public static final class Builder {
        private String grantType;
        private String refreshToken;
        private String username;
        private String password;
        private String clientId;
        private String clientSecret;
        private String scope;
        private String code;
        private String redirectUri;
        private String codeVerifier;
        private String nonce;
        private String deviceCode;

        private Builder() {}

        /**
         * The OAuth 2.0 grant. One of: refresh_token, password, client_credentials, authorization_code,
         * urn:ietf:params:oauth:grant-type:device_code.
         */
        public Builder grantType(String grantType) {
            this.grantType = grantType;
            return this;
        }

        /**
         * With <code>grant_type</code> <code>refresh_token</code>: the session's current refresh token (it
         * rotates: each one is spent by its first use).
         */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /**
         * With <code>grant_type</code> <code>password</code>: the user name, phone number (<code>+86
         * 13800000000</code>) or email to sign in with.
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * With <code>grant_type</code> <code>password</code>: the account's password, exactly as the user
         * typed it.
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Defaults to the environment ID.
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * The SDK sends an empty string by default.
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * The scopes asked for, space-separated (such as <code>openid profile email</code>); left out, the
         * grant's default scopes.
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * For <code>authorization_code</code>, the code from <code>POST /user/authorize</code>.
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * For <code>authorization_code</code>, the same redirect URI as when the code was issued.
         */
        public Builder redirectUri(String redirectUri) {
            this.redirectUri = redirectUri;
            return this;
        }

        /**
         * For <code>authorization_code</code>, the PKCE verifier whose challenge was sent to <code>POST
         * /user/authorize</code>.
         */
        public Builder codeVerifier(String codeVerifier) {
            this.codeVerifier = codeVerifier;
            return this;
        }

        /**
         * For <code>authorization_code</code>, copied into the <code>id_token</code> (OpenID Connect).
         */
        public Builder nonce(String nonce) {
            this.nonce = nonce;
            return this;
        }

        /**
         * For the device-code grant, from <code>POST /device/code</code>.
         */
        public Builder deviceCode(String deviceCode) {
            this.deviceCode = deviceCode;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public TokenRequest build() {
            return new TokenRequest(this, true);
        }
    }
}
