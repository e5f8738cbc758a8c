// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of genProviderRedirectUri.
 */
public final class GenProviderRedirectUriRequest implements WireModel {
    private final String providerId;
    private final String redirectUri;
    private final String providerRedirectUri;
    private final String state;
    private final String scope;
    private final String responseType;

    private GenProviderRedirectUriRequest(Builder b$, boolean check$) {
        this.providerId = b$.providerId;
        this.redirectUri = b$.redirectUri;
        this.providerRedirectUri = b$.providerRedirectUri;
        this.state = b$.state;
        this.scope = b$.scope;
        this.responseType = b$.responseType;
        if (check$) {
            ModelSupport.required(this.providerId, "GenProviderRedirectUriRequest", "providerId");
        }
    }

    /** A builder of {@code GenProviderRedirectUriRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerId = this.providerId;
        b$.redirectUri = this.redirectUri;
        b$.providerRedirectUri = this.providerRedirectUri;
        b$.state = this.state;
        b$.scope = this.scope;
        b$.responseType = this.responseType;
        return b$;
    }

    /**
     * The identity provider, such as <code>github</code> or a custom provider's ID. (Sent as the query
     * parameter provider_id.)
     */
    public String providerId() {
        return providerId;
    }

    /**
     * Where the provider sends the user back, with <code>code</code> and <code>state</code>. (Sent as the
     * query parameter redirect_uri.)
     */
    public Optional<String> redirectUri() {
        return Optional.ofNullable(redirectUri);
    }

    /**
     * Deprecated alias of <code>redirect_uri</code> (older SDKs send it). (Sent as the query parameter
     * provider_redirect_uri.)
     */
    public Optional<String> providerRedirectUri() {
        return Optional.ofNullable(providerRedirectUri);
    }

    /**
     * An opaque value the provider hands back unchanged; check it on return (against CSRF). (Sent as the
     * query parameter state.)
     */
    public Optional<String> state() {
        return Optional.ofNullable(state);
    }

    /**
     * Scopes to request from the provider, space-separated. (Sent as the query parameter scope.)
     */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /**
     * The OAuth response type; <code>code</code> by default. (Sent as the query parameter response_type.)
     * One of: code, token, id_token.
     */
    public Optional<String> responseType() {
        return Optional.ofNullable(responseType);
    }

    /**
     * Reads a {@code GenProviderRedirectUriRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static GenProviderRedirectUriRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "GenProviderRedirectUriRequest");
        Builder b$ = new Builder();
        return new GenProviderRedirectUriRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof GenProviderRedirectUriRequest)) {
            return false;
        }
        GenProviderRedirectUriRequest that = (GenProviderRedirectUriRequest) other;
        return Objects.equals(this.providerId, that.providerId)
                && Objects.equals(this.redirectUri, that.redirectUri)
                && Objects.equals(this.providerRedirectUri, that.providerRedirectUri)
                && Objects.equals(this.state, that.state)
                && Objects.equals(this.scope, that.scope)
                && Objects.equals(this.responseType, that.responseType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerId, redirectUri, providerRedirectUri, state, scope, responseType);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "GenProviderRedirectUriRequest",
                "providerId", "provider_id", this.providerId, false,
                "redirectUri", "redirect_uri", this.redirectUri, false,
                "providerRedirectUri", "provider_redirect_uri", this.providerRedirectUri, false,
                "state", "state", this.state, false,
                "scope", "scope", this.scope, false,
                "responseType", "response_type", this.responseType, false);
    }

    /** Builds a {@code GenProviderRedirectUriRequest}. */
    public static final class Builder {
        private String providerId;
        private String redirectUri;
        private String providerRedirectUri;
        private String state;
        private String scope;
        private String responseType;

        private Builder() {}

        /**
         * The identity provider, such as <code>github</code> or a custom provider's ID. (Sent as the query
         * parameter provider_id.)
         */
        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        /**
         * Where the provider sends the user back, with <code>code</code> and <code>state</code>. (Sent as the
         * query parameter redirect_uri.)
         */
        public Builder redirectUri(String redirectUri) {
            this.redirectUri = redirectUri;
            return this;
        }

        /**
         * Deprecated alias of <code>redirect_uri</code> (older SDKs send it). (Sent as the query parameter
         * provider_redirect_uri.)
         */
        public Builder providerRedirectUri(String providerRedirectUri) {
            this.providerRedirectUri = providerRedirectUri;
            return this;
        }

        /**
         * An opaque value the provider hands back unchanged; check it on return (against CSRF). (Sent as the
         * query parameter state.)
         */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /**
         * Scopes to request from the provider, space-separated. (Sent as the query parameter scope.)
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * The OAuth response type; <code>code</code> by default. (Sent as the query parameter response_type.)
         * One of: code, token, id_token.
         */
        public Builder responseType(String responseType) {
            this.responseType = responseType;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public GenProviderRedirectUriRequest build() {
            return new GenProviderRedirectUriRequest(this, true);
        }
    }
}
