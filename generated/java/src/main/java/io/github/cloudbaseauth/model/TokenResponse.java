// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tokens of a session.
 */
public final class TokenResponse implements WireModel {
    private final String tokenType;
    private final String accessToken;
    private final Integer expiresIn;
    private final String refreshToken;
    private final String scope;
    private final String sub;
    private final List<String> groups;
    private final String idToken;
    private final Boolean needWedaResource;

    private TokenResponse(Builder b$, boolean check$) {
        this.tokenType = b$.tokenType;
        this.accessToken = b$.accessToken;
        this.expiresIn = b$.expiresIn;
        this.refreshToken = b$.refreshToken;
        this.scope = b$.scope;
        this.sub = b$.sub;
        this.groups = ModelSupport.copy(b$.groups);
        this.idToken = b$.idToken;
        this.needWedaResource = b$.needWedaResource;
        if (check$) {
            ModelSupport.required(this.tokenType, "TokenResponse", "tokenType");
            ModelSupport.required(this.accessToken, "TokenResponse", "accessToken");
            ModelSupport.required(this.expiresIn, "TokenResponse", "expiresIn");
        }
    }

    /** A builder of {@code TokenResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.tokenType = this.tokenType;
        b$.accessToken = this.accessToken;
        b$.expiresIn = this.expiresIn;
        b$.refreshToken = this.refreshToken;
        b$.scope = this.scope;
        b$.sub = this.sub;
        b$.groups = this.groups;
        b$.idToken = this.idToken;
        b$.needWedaResource = this.needWedaResource;
        return b$;
    }

    /**
     * Always <code>Bearer</code>.
     */
    public String tokenType() {
        return tokenType;
    }

    /**
     * RS256 JWT, valid <code>expires_in</code> seconds (7200).
     */
    public String accessToken() {
        return accessToken;
    }

    /**
     * Seconds until the access token expires.
     */
    public int expiresIn() {
        return expiresIn;
    }

    /**
     * Refresh token, rotated on every refresh; absent for client credentials. Its lifetime is stated twice
     * in the docs, differently: "The default expiration time is 31 days" (the token schema of the sign-up,
     * anonymous, provider and grant-token pages; configurable), and 2592000 seconds (30 days) on the
     * custom-login page. The answer carries no expiry of its own: a client learns of the end from
     * <code>invalid_grant</code>. The emulator keeps a refresh token 2592000 seconds (30 days), the
     * shorter of the two.
     */
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    /**
     * Such as <code>user</code> or <code>anonymous</code>.
     */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /**
     * The user ID.
     */
    public Optional<String> sub() {
        return Optional.ofNullable(sub);
    }

    /**
     * The user's groups.
     */
    public List<String> groups() {
        return groups == null ? List.of() : groups;
    }

    /**
     * OpenID Connect ID token, when requested.
     */
    public Optional<String> idToken() {
        return Optional.ofNullable(idToken);
    }

    /**
     * Whether the signed-in user needs WeDa (low-code platform) resources set up. Listed in the token
     * answer of the grant-token reference (https://docs.cloudbase.net/openapi/auth/auth-grant-token:
     * <code>need_weda_resource boolean</code>); its meaning is not documented (inferred from its name),
     * nor when it is sent. The emulator leaves it out, and sends <code>true</code> when told to
     * (<code>POST /emulator/v1/weda {"need_weda_resource": true}</code>).
     */
    public Optional<Boolean> needWedaResource() {
        return Optional.ofNullable(needWedaResource);
    }

    /**
     * Reads a {@code TokenResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static TokenResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "TokenResponse");
        Builder b$ = new Builder();
        b$.tokenType = ModelSupport.string(ModelSupport.field(node, "token_type", true), "token_type");
        b$.accessToken = ModelSupport.string(ModelSupport.field(node, "access_token", true), "access_token");
        b$.expiresIn = ModelSupport.int32(ModelSupport.field(node, "expires_in", true), "expires_in");
        b$.refreshToken = ModelSupport.string(ModelSupport.field(node, "refresh_token", false), "refresh_token");
        b$.scope = ModelSupport.string(ModelSupport.field(node, "scope", false), "scope");
        b$.sub = ModelSupport.string(ModelSupport.field(node, "sub", false), "sub");
        b$.groups = ModelSupport.list(ModelSupport.field(node, "groups", false), "groups", (n0, name0) -> ModelSupport.string(n0, name0));
        b$.idToken = ModelSupport.string(ModelSupport.field(node, "id_token", false), "id_token");
        b$.needWedaResource = ModelSupport.bool(ModelSupport.field(node, "need_weda_resource", false), "need_weda_resource");
        return new TokenResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "token_type", this.tokenType);
        ModelSupport.put(out$, "access_token", this.accessToken);
        ModelSupport.put(out$, "expires_in", this.expiresIn);
        ModelSupport.put(out$, "refresh_token", this.refreshToken);
        ModelSupport.put(out$, "scope", this.scope);
        ModelSupport.put(out$, "sub", this.sub);
        ModelSupport.put(out$, "groups", this.groups);
        ModelSupport.put(out$, "id_token", this.idToken);
        ModelSupport.put(out$, "need_weda_resource", this.needWedaResource);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TokenResponse)) {
            return false;
        }
        TokenResponse that = (TokenResponse) other;
        return Objects.equals(this.tokenType, that.tokenType)
                && Objects.equals(this.accessToken, that.accessToken)
                && Objects.equals(this.expiresIn, that.expiresIn)
                && Objects.equals(this.refreshToken, that.refreshToken)
                && Objects.equals(this.scope, that.scope)
                && Objects.equals(this.sub, that.sub)
                && Objects.equals(this.groups, that.groups)
                && Objects.equals(this.idToken, that.idToken)
                && Objects.equals(this.needWedaResource, that.needWedaResource);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tokenType, accessToken, expiresIn, refreshToken, scope, sub, groups, idToken, needWedaResource);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "TokenResponse",
                "tokenType", "token_type", this.tokenType, false,
                "accessToken", "access_token", this.accessToken, true,
                "expiresIn", "expires_in", this.expiresIn, false,
                "refreshToken", "refresh_token", this.refreshToken, true,
                "scope", "scope", this.scope, false,
                "sub", "sub", this.sub, false,
                "groups", "groups", this.groups, false,
                "idToken", "id_token", this.idToken, true,
                "needWedaResource", "need_weda_resource", this.needWedaResource, false);
    }

    /** Builds a {@code TokenResponse}. */
    public static final class Builder {
        private String tokenType;
        private String accessToken;
        private Integer expiresIn;
        private String refreshToken;
        private String scope;
        private String sub;
        private List<String> groups;
        private String idToken;
        private Boolean needWedaResource;

        private Builder() {}

        /**
         * Always <code>Bearer</code>.
         */
        public Builder tokenType(String tokenType) {
            this.tokenType = tokenType;
            return this;
        }

        /**
         * RS256 JWT, valid <code>expires_in</code> seconds (7200).
         */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /**
         * Seconds until the access token expires.
         */
        public Builder expiresIn(Integer expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * Refresh token, rotated on every refresh; absent for client credentials. Its lifetime is stated twice
         * in the docs, differently: "The default expiration time is 31 days" (the token schema of the sign-up,
         * anonymous, provider and grant-token pages; configurable), and 2592000 seconds (30 days) on the
         * custom-login page. The answer carries no expiry of its own: a client learns of the end from
         * <code>invalid_grant</code>. The emulator keeps a refresh token 2592000 seconds (30 days), the
         * shorter of the two.
         */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /**
         * Such as <code>user</code> or <code>anonymous</code>.
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * The user ID.
         */
        public Builder sub(String sub) {
            this.sub = sub;
            return this;
        }

        /**
         * The user's groups.
         */
        public Builder groups(List<String> groups) {
            this.groups = groups;
            return this;
        }

        /**
         * OpenID Connect ID token, when requested.
         */
        public Builder idToken(String idToken) {
            this.idToken = idToken;
            return this;
        }

        /**
         * Whether the signed-in user needs WeDa (low-code platform) resources set up. Listed in the token
         * answer of the grant-token reference (https://docs.cloudbase.net/openapi/auth/auth-grant-token:
         * <code>need_weda_resource boolean</code>); its meaning is not documented (inferred from its name),
         * nor when it is sent. The emulator leaves it out, and sends <code>true</code> when told to
         * (<code>POST /emulator/v1/weda {"need_weda_resource": true}</code>).
         */
        public Builder needWedaResource(Boolean needWedaResource) {
            this.needWedaResource = needWedaResource;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public TokenResponse build() {
            return new TokenResponse(this, true);
        }
    }
}
