// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ProviderTokenRequest object.
 */
public final class ProviderTokenRequest implements WireModel {
    private final String providerId;
    private final String providerRedirectUri;
    private final String providerCode;
    private final String providerAccessToken;
    private final String providerIdToken;
    private final ProviderParams providerParams;

    private ProviderTokenRequest(Builder b$, boolean check$) {
        this.providerId = b$.providerId;
        this.providerRedirectUri = b$.providerRedirectUri;
        this.providerCode = b$.providerCode;
        this.providerAccessToken = b$.providerAccessToken;
        this.providerIdToken = b$.providerIdToken;
        this.providerParams = b$.providerParams;
        if (check$) {
            ModelSupport.required(this.providerId, "ProviderTokenRequest", "providerId");
        }
    }

    /** A builder of {@code ProviderTokenRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerId = this.providerId;
        b$.providerRedirectUri = this.providerRedirectUri;
        b$.providerCode = this.providerCode;
        b$.providerAccessToken = this.providerAccessToken;
        b$.providerIdToken = this.providerIdToken;
        b$.providerParams = this.providerParams;
        return b$;
    }

    /**
     * Such as <code>github</code> or <code>wx_open</code>.
     */
    public String providerId() {
        return providerId;
    }

    /**
     * The redirect URI used with the provider.
     */
    public Optional<String> providerRedirectUri() {
        return Optional.ofNullable(providerRedirectUri);
    }

    /**
     * The authorisation code the provider sent back to <code>provider_redirect_uri</code> (its
     * <code>code</code> query parameter), or a WeChat <code>wx.login()</code> code; good for one use.
     */
    public Optional<String> providerCode() {
        return Optional.ofNullable(providerCode);
    }

    /**
     * A provider access token, instead of a code.
     */
    public Optional<String> providerAccessToken() {
        return Optional.ofNullable(providerAccessToken);
    }

    /**
     * A provider ID token, instead of a code.
     */
    public Optional<String> providerIdToken() {
        return Optional.ofNullable(providerIdToken);
    }

    /**
     * Provider-specific parameters; WeChat mini-programs send which identity to use and the phone code.
     */
    public Optional<ProviderParams> providerParams() {
        return Optional.ofNullable(providerParams);
    }

    /**
     * Reads a {@code ProviderTokenRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ProviderTokenRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ProviderTokenRequest");
        Builder b$ = new Builder();
        b$.providerId = ModelSupport.string(ModelSupport.field(node, "provider_id", true), "provider_id");
        b$.providerRedirectUri = ModelSupport.string(ModelSupport.field(node, "provider_redirect_uri", false), "provider_redirect_uri");
        b$.providerCode = ModelSupport.string(ModelSupport.field(node, "provider_code", false), "provider_code");
        b$.providerAccessToken = ModelSupport.string(ModelSupport.field(node, "provider_access_token", false), "provider_access_token");
        b$.providerIdToken = ModelSupport.string(ModelSupport.field(node, "provider_id_token", false), "provider_id_token");
        b$.providerParams = ModelSupport.model(ModelSupport.field(node, "provider_params", false), "provider_params", ProviderParams::fromJson);
        return new ProviderTokenRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_id", this.providerId);
        ModelSupport.put(out$, "provider_redirect_uri", this.providerRedirectUri);
        ModelSupport.put(out$, "provider_code", this.providerCode);
        ModelSupport.put(out$, "provider_access_token", this.providerAccessToken);
        ModelSupport.put(out$, "provider_id_token", this.providerIdToken);
        ModelSupport.put(out$, "provider_params", this.providerParams);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProviderTokenRequest)) {
            return false;
        }
        ProviderTokenRequest that = (ProviderTokenRequest) other;
        return Objects.equals(this.providerId, that.providerId)
                && Objects.equals(this.providerRedirectUri, that.providerRedirectUri)
                && Objects.equals(this.providerCode, that.providerCode)
                && Objects.equals(this.providerAccessToken, that.providerAccessToken)
                && Objects.equals(this.providerIdToken, that.providerIdToken)
                && Objects.equals(this.providerParams, that.providerParams);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerId, providerRedirectUri, providerCode, providerAccessToken, providerIdToken, providerParams);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ProviderTokenRequest",
                "providerId", "provider_id", this.providerId, false,
                "providerRedirectUri", "provider_redirect_uri", this.providerRedirectUri, false,
                "providerCode", "provider_code", this.providerCode, true,
                "providerAccessToken", "provider_access_token", this.providerAccessToken, true,
                "providerIdToken", "provider_id_token", this.providerIdToken, true,
                "providerParams", "provider_params", this.providerParams, false);
    }

    /** Builds a {@code ProviderTokenRequest}. */
    public static final class Builder {
        private String providerId;
        private String providerRedirectUri;
        private String providerCode;
        private String providerAccessToken;
        private String providerIdToken;
        private ProviderParams providerParams;

        private Builder() {}

        /**
         * Such as <code>github</code> or <code>wx_open</code>.
         */
        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        /**
         * The redirect URI used with the provider.
         */
        public Builder providerRedirectUri(String providerRedirectUri) {
            this.providerRedirectUri = providerRedirectUri;
            return this;
        }

        /**
         * The authorisation code the provider sent back to <code>provider_redirect_uri</code> (its
         * <code>code</code> query parameter), or a WeChat <code>wx.login()</code> code; good for one use.
         */
        public Builder providerCode(String providerCode) {
            this.providerCode = providerCode;
            return this;
        }

        /**
         * A provider access token, instead of a code.
         */
        public Builder providerAccessToken(String providerAccessToken) {
            this.providerAccessToken = providerAccessToken;
            return this;
        }

        /**
         * A provider ID token, instead of a code.
         */
        public Builder providerIdToken(String providerIdToken) {
            this.providerIdToken = providerIdToken;
            return this;
        }

        /**
         * Provider-specific parameters; WeChat mini-programs send which identity to use and the phone code.
         */
        public Builder providerParams(ProviderParams providerParams) {
            this.providerParams = providerParams;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public ProviderTokenRequest build() {
            return new ProviderTokenRequest(this, true);
        }
    }
}
