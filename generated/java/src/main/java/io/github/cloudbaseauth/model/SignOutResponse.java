// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SignOutResponse object.
 */
public final class SignOutResponse implements WireModel {
    private final String redirectUri;

    private SignOutResponse(Builder b$, boolean check$) {
        this.redirectUri = b$.redirectUri;
    }

    /** A builder of {@code SignOutResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.redirectUri = this.redirectUri;
        return b$;
    }

    /**
     * Where to send the browser to finish signing out, when the provider needs it.
     */
    public Optional<String> redirectUri() {
        return Optional.ofNullable(redirectUri);
    }

    /**
     * Reads a {@code SignOutResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static SignOutResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "SignOutResponse");
        Builder b$ = new Builder();
        b$.redirectUri = ModelSupport.string(ModelSupport.field(node, "redirect_uri", false), "redirect_uri");
        return new SignOutResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "redirect_uri", this.redirectUri);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SignOutResponse)) {
            return false;
        }
        SignOutResponse that = (SignOutResponse) other;
        return Objects.equals(this.redirectUri, that.redirectUri);
    }

    @Override
    public int hashCode() {
        return Objects.hash(redirectUri);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "SignOutResponse",
                "redirectUri", "redirect_uri", this.redirectUri, false);
    }

    /** Builds a {@code SignOutResponse}. */
    public static final class Builder {
        private String redirectUri;

        private Builder() {}

        /**
         * Where to send the browser to finish signing out, when the provider needs it.
         */
        public Builder redirectUri(String redirectUri) {
            this.redirectUri = redirectUri;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public SignOutResponse build() {
            return new SignOutResponse(this, true);
        }
    }
}
