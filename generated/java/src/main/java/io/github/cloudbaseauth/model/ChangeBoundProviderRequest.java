// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity that replaces the current one.
 */
public final class ChangeBoundProviderRequest implements WireModel {
    private final String providerTransToken;
    private final String providerId;

    private ChangeBoundProviderRequest(Builder b$, boolean check$) {
        this.providerTransToken = b$.providerTransToken;
        this.providerId = b$.providerId;
        if (check$) {
            ModelSupport.required(this.providerTransToken, "ChangeBoundProviderRequest", "providerTransToken");
            ModelSupport.required(this.providerId, "ChangeBoundProviderRequest", "providerId");
        }
    }

    /** A builder of {@code ChangeBoundProviderRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerTransToken = this.providerTransToken;
        b$.providerId = this.providerId;
        return b$;
    }

    /**
     * A provider token of the path's provider, from <code>POST /provider/token</code>.
     */
    public String providerTransToken() {
        return providerTransToken;
    }

    /**
     * The provider whose binding changes, such as <code>github</code>. (Sent as the path parameter
     * provider_id.)
     */
    public String providerId() {
        return providerId;
    }

    /**
     * Reads a {@code ChangeBoundProviderRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ChangeBoundProviderRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ChangeBoundProviderRequest");
        Builder b$ = new Builder();
        b$.providerTransToken = ModelSupport.string(ModelSupport.field(node, "provider_trans_token", true), "provider_trans_token");
        return new ChangeBoundProviderRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_trans_token", this.providerTransToken);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ChangeBoundProviderRequest)) {
            return false;
        }
        ChangeBoundProviderRequest that = (ChangeBoundProviderRequest) other;
        return Objects.equals(this.providerTransToken, that.providerTransToken)
                && Objects.equals(this.providerId, that.providerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerTransToken, providerId);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ChangeBoundProviderRequest",
                "providerTransToken", "provider_trans_token", this.providerTransToken, true,
                "providerId", "provider_id", this.providerId, false);
    }

    /** Builds a {@code ChangeBoundProviderRequest}. */
    public static final class Builder {
        private String providerTransToken;
        private String providerId;

        private Builder() {}

        /**
         * A provider token of the path's provider, from <code>POST /provider/token</code>.
         */
        public Builder providerTransToken(String providerTransToken) {
            this.providerTransToken = providerTransToken;
            return this;
        }

        /**
         * The provider whose binding changes, such as <code>github</code>. (Sent as the path parameter
         * provider_id.)
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
        public ChangeBoundProviderRequest build() {
            return new ChangeBoundProviderRequest(this, true);
        }
    }
}
