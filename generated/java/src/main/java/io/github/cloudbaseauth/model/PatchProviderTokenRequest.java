// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider token and what to attach to it.
 */
public final class PatchProviderTokenRequest implements WireModel {
    private final String providerToken;
    private final PatchProviderParams providerParams;
    private final String providerId;

    private PatchProviderTokenRequest(Builder b$, boolean check$) {
        this.providerToken = b$.providerToken;
        this.providerParams = b$.providerParams;
        this.providerId = b$.providerId;
        if (check$) {
            ModelSupport.required(this.providerToken, "PatchProviderTokenRequest", "providerToken");
            ModelSupport.required(this.providerParams, "PatchProviderTokenRequest", "providerParams");
        }
    }

    /** A builder of {@code PatchProviderTokenRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerToken = this.providerToken;
        b$.providerParams = this.providerParams;
        b$.providerId = this.providerId;
        return b$;
    }

    /**
     * From <code>POST /provider/token</code>.
     */
    public String providerToken() {
        return providerToken;
    }

    /**
     * What to attach to the provider token.
     */
    public PatchProviderParams providerParams() {
        return providerParams;
    }

    /**
     * The token's provider (optional; it must match when sent).
     */
    public Optional<String> providerId() {
        return Optional.ofNullable(providerId);
    }

    /**
     * Reads a {@code PatchProviderTokenRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static PatchProviderTokenRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "PatchProviderTokenRequest");
        Builder b$ = new Builder();
        b$.providerToken = ModelSupport.string(ModelSupport.field(node, "provider_token", true), "provider_token");
        b$.providerParams = ModelSupport.model(ModelSupport.field(node, "provider_params", true), "provider_params", PatchProviderParams::fromJson);
        b$.providerId = ModelSupport.string(ModelSupport.field(node, "provider_id", false), "provider_id");
        return new PatchProviderTokenRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_token", this.providerToken);
        ModelSupport.put(out$, "provider_params", this.providerParams);
        ModelSupport.put(out$, "provider_id", this.providerId);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PatchProviderTokenRequest)) {
            return false;
        }
        PatchProviderTokenRequest that = (PatchProviderTokenRequest) other;
        return Objects.equals(this.providerToken, that.providerToken)
                && Objects.equals(this.providerParams, that.providerParams)
                && Objects.equals(this.providerId, that.providerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerToken, providerParams, providerId);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "PatchProviderTokenRequest",
                "providerToken", "provider_token", this.providerToken, true,
                "providerParams", "provider_params", this.providerParams, false,
                "providerId", "provider_id", this.providerId, false);
    }

    /** Builds a {@code PatchProviderTokenRequest}. */
    public static final class Builder {
        private String providerToken;
        private PatchProviderParams providerParams;
        private String providerId;

        private Builder() {}

        /**
         * From <code>POST /provider/token</code>.
         */
        public Builder providerToken(String providerToken) {
            this.providerToken = providerToken;
            return this;
        }

        /**
         * What to attach to the provider token.
         */
        public Builder providerParams(PatchProviderParams providerParams) {
            this.providerParams = providerParams;
            return this;
        }

        /**
         * The token's provider (optional; it must match when sent).
         */
        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public PatchProviderTokenRequest build() {
            return new PatchProviderTokenRequest(this, true);
        }
    }
}
