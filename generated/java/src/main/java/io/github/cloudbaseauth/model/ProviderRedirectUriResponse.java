// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to send the user's browser.
 */
public final class ProviderRedirectUriResponse implements WireModel {
    private final String uri;
    private final String signoutUri;

    private ProviderRedirectUriResponse(Builder b$, boolean check$) {
        this.uri = b$.uri;
        this.signoutUri = b$.signoutUri;
        if (check$) {
            ModelSupport.required(this.uri, "ProviderRedirectUriResponse", "uri");
        }
    }

    /** A builder of {@code ProviderRedirectUriResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.uri = this.uri;
        b$.signoutUri = this.signoutUri;
        return b$;
    }

    /**
     * The provider's authorisation URL, with <code>redirect_uri</code> and <code>state</code>.
     */
    public String uri() {
        return uri;
    }

    /**
     * The provider's sign-out URL, when it has one.
     */
    public Optional<String> signoutUri() {
        return Optional.ofNullable(signoutUri);
    }

    /**
     * Reads a {@code ProviderRedirectUriResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ProviderRedirectUriResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ProviderRedirectUriResponse");
        Builder b$ = new Builder();
        b$.uri = ModelSupport.string(ModelSupport.field(node, "uri", true), "uri");
        b$.signoutUri = ModelSupport.string(ModelSupport.field(node, "signout_uri", false), "signout_uri");
        return new ProviderRedirectUriResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "uri", this.uri);
        ModelSupport.put(out$, "signout_uri", this.signoutUri);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProviderRedirectUriResponse)) {
            return false;
        }
        ProviderRedirectUriResponse that = (ProviderRedirectUriResponse) other;
        return Objects.equals(this.uri, that.uri)
                && Objects.equals(this.signoutUri, that.signoutUri);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, signoutUri);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ProviderRedirectUriResponse",
                "uri", "uri", this.uri, false,
                "signoutUri", "signout_uri", this.signoutUri, false);
    }

    /** Builds a {@code ProviderRedirectUriResponse}. */
    public static final class Builder {
        private String uri;
        private String signoutUri;

        private Builder() {}

        /**
         * The provider's authorisation URL, with <code>redirect_uri</code> and <code>state</code>.
         */
        public Builder uri(String uri) {
            this.uri = uri;
            return this;
        }

        /**
         * The provider's sign-out URL, when it has one.
         */
        public Builder signoutUri(String signoutUri) {
            this.signoutUri = signoutUri;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public ProviderRedirectUriResponse build() {
            return new ProviderRedirectUriResponse(this, true);
        }
    }
}
