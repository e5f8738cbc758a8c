// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SignOutRequest object.
 */
public final class SignOutRequest implements WireModel {
    private final String redirectUri;
    private final String state;

    private SignOutRequest(Builder b$, boolean check$) {
        this.redirectUri = b$.redirectUri;
        this.state = b$.state;
    }

    /** A builder of {@code SignOutRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.redirectUri = this.redirectUri;
        b$.state = this.state;
        return b$;
    }

    /**
     * Where the provider should send the browser after signing out (OIDC logout).
     */
    public Optional<String> redirectUri() {
        return Optional.ofNullable(redirectUri);
    }

    /**
     * Opaque value echoed back with the redirect.
     */
    public Optional<String> state() {
        return Optional.ofNullable(state);
    }

    /**
     * Reads a {@code SignOutRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static SignOutRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "SignOutRequest");
        Builder b$ = new Builder();
        b$.redirectUri = ModelSupport.string(ModelSupport.field(node, "redirect_uri", false), "redirect_uri");
        b$.state = ModelSupport.string(ModelSupport.field(node, "state", false), "state");
        return new SignOutRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "redirect_uri", this.redirectUri);
        ModelSupport.put(out$, "state", this.state);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SignOutRequest)) {
            return false;
        }
        SignOutRequest that = (SignOutRequest) other;
        return Objects.equals(this.redirectUri, that.redirectUri)
                && Objects.equals(this.state, that.state);
    }

    @Override
    public int hashCode() {
        return Objects.hash(redirectUri, state);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "SignOutRequest",
                "redirectUri", "redirect_uri", this.redirectUri, false,
                "state", "state", this.state, false);
    }

    /** Builds a {@code SignOutRequest}. */
    public static final class Builder {
        private String redirectUri;
        private String state;

        private Builder() {}

        /**
         * Where the provider should send the browser after signing out (OIDC logout).
         */
        public Builder redirectUri(String redirectUri) {
            this.redirectUri = redirectUri;
            return this;
        }

        /**
         * Opaque value echoed back with the redirect.
         */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public SignOutRequest build() {
            return new SignOutRequest(this, true);
        }
    }
}
