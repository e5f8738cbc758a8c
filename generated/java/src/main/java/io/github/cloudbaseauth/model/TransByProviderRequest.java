// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity to move to the signed-in user.
 */
public final class TransByProviderRequest implements WireModel {
    private final String providerToken;

    private TransByProviderRequest(Builder b$, boolean check$) {
        this.providerToken = b$.providerToken;
        if (check$) {
            ModelSupport.required(this.providerToken, "TransByProviderRequest", "providerToken");
        }
    }

    /** A builder of {@code TransByProviderRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerToken = this.providerToken;
        return b$;
    }

    /**
     * From <code>POST /provider/token</code>.
     */
    public String providerToken() {
        return providerToken;
    }

    /**
     * Reads a {@code TransByProviderRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static TransByProviderRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "TransByProviderRequest");
        Builder b$ = new Builder();
        b$.providerToken = ModelSupport.string(ModelSupport.field(node, "provider_token", true), "provider_token");
        return new TransByProviderRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_token", this.providerToken);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TransByProviderRequest)) {
            return false;
        }
        TransByProviderRequest that = (TransByProviderRequest) other;
        return Objects.equals(this.providerToken, that.providerToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerToken);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "TransByProviderRequest",
                "providerToken", "provider_token", this.providerToken, true);
    }

    /** Builds a {@code TransByProviderRequest}. */
    public static final class Builder {
        private String providerToken;

        private Builder() {}

        /**
         * From <code>POST /provider/token</code>.
         */
        public Builder providerToken(String providerToken) {
            this.providerToken = providerToken;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public TransByProviderRequest build() {
            return new TransByProviderRequest(this, true);
        }
    }
}
