// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of getAuthorizeInfo.
 */
public final class GetAuthorizeInfoRequest implements WireModel {
    private final String responseType;
    private final String redirectUri;
    private final String state;
    private final String scope;
    private final String signOutUri;
    private final String locale;

    private GetAuthorizeInfoRequest(Builder b$, boolean check$) {
        this.responseType = b$.responseType;
        this.redirectUri = b$.redirectUri;
        this.state = b$.state;
        this.scope = b$.scope;
        this.signOutUri = b$.signOutUri;
        this.locale = b$.locale;
    }

    /** A builder of {@code GetAuthorizeInfoRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.responseType = this.responseType;
        b$.redirectUri = this.redirectUri;
        b$.state = this.state;
        b$.scope = this.scope;
        b$.signOutUri = this.signOutUri;
        b$.locale = this.locale;
        return b$;
    }

    /**
     * The OAuth 2.0 response type the app will ask for: <code>code</code>, the only one the service
     * issues. (Sent as the query parameter response_type.)
     */
    public Optional<String> responseType() {
        return Optional.ofNullable(responseType);
    }

    /**
     * Where the app wants the code sent. (Sent as the query parameter redirect_uri.)
     */
    public Optional<String> redirectUri() {
        return Optional.ofNullable(redirectUri);
    }

    /**
     * The app's opaque state, echoed back. (Sent as the query parameter state.)
     */
    public Optional<String> state() {
        return Optional.ofNullable(state);
    }

    /**
     * Space-separated scopes; the client's default scopes when absent. (Sent as the query parameter
     * scope.)
     */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /**
     * Where to go after signing out of the app. (Sent as the query parameter sign_out_uri.)
     */
    public Optional<String> signOutUri() {
        return Optional.ofNullable(signOutUri);
    }

    /**
     * Language of the names and descriptions, such as <code>zh-CN</code> or <code>en-US</code>. (Sent as
     * the query parameter locale.)
     */
    public Optional<String> locale() {
        return Optional.ofNullable(locale);
    }

    /**
     * Reads a {@code GetAuthorizeInfoRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static GetAuthorizeInfoRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "GetAuthorizeInfoRequest");
        Builder b$ = new Builder();
        return new GetAuthorizeInfoRequest(b$, false);
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
        if (!(other instanceof GetAuthorizeInfoRequest)) {
            return false;
        }
        GetAuthorizeInfoRequest that = (GetAuthorizeInfoRequest) other;
        return Objects.equals(this.responseType, that.responseType)
                && Objects.equals(this.redirectUri, that.redirectUri)
                && Objects.equals(this.state, that.state)
                && Objects.equals(this.scope, that.scope)
                && Objects.equals(this.signOutUri, that.signOutUri)
                && Objects.equals(this.locale, that.locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(responseType, redirectUri, state, scope, signOutUri, locale);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "GetAuthorizeInfoRequest",
                "responseType", "response_type", this.responseType, false,
                "redirectUri", "redirect_uri", this.redirectUri, false,
                "state", "state", this.state, false,
                "scope", "scope", this.scope, false,
                "signOutUri", "sign_out_uri", this.signOutUri, false,
                "locale", "locale", this.locale, false);
    }

    /** Builds a {@code GetAuthorizeInfoRequest}. */
    public static final class Builder {
        private String responseType;
        private String redirectUri;
        private String state;
        private String scope;
        private String signOutUri;
        private String locale;

        private Builder() {}

        /**
         * The OAuth 2.0 response type the app will ask for: <code>code</code>, the only one the service
         * issues. (Sent as the query parameter response_type.)
         */
        public Builder responseType(String responseType) {
            this.responseType = responseType;
            return this;
        }

        /**
         * Where the app wants the code sent. (Sent as the query parameter redirect_uri.)
         */
        public Builder redirectUri(String redirectUri) {
            this.redirectUri = redirectUri;
            return this;
        }

        /**
         * The app's opaque state, echoed back. (Sent as the query parameter state.)
         */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /**
         * Space-separated scopes; the client's default scopes when absent. (Sent as the query parameter
         * scope.)
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Where to go after signing out of the app. (Sent as the query parameter sign_out_uri.)
         */
        public Builder signOutUri(String signOutUri) {
            this.signOutUri = signOutUri;
            return this;
        }

        /**
         * Language of the names and descriptions, such as <code>zh-CN</code> or <code>en-US</code>. (Sent as
         * the query parameter locale.)
         */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public GetAuthorizeInfoRequest build() {
            return new GetAuthorizeInfoRequest(this, true);
        }
    }
}
