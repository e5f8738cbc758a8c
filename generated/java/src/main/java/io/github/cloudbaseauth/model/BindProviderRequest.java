// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The BindProviderRequest object.
 */
public final class BindProviderRequest implements WireModel {
    private final String providerToken;
    private final Boolean withUserCenter;

    private BindProviderRequest(Builder b$, boolean check$) {
        this.providerToken = b$.providerToken;
        this.withUserCenter = b$.withUserCenter;
        if (check$) {
            ModelSupport.required(this.providerToken, "BindProviderRequest", "providerToken");
        }
    }

    /** A builder of {@code BindProviderRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerToken = this.providerToken;
        b$.withUserCenter = this.withUserCenter;
        return b$;
    }

    /**
     * From <code>POST /provider/token</code>, for the identity to bind.
     */
    public String providerToken() {
        return providerToken;
    }

    /**
     * Bind through the user center as well (passed through to the service).
     */
    public Optional<Boolean> withUserCenter() {
        return Optional.ofNullable(withUserCenter);
    }

    /**
     * Reads a {@code BindProviderRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static BindProviderRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "BindProviderRequest");
        Builder b$ = new Builder();
        b$.providerToken = ModelSupport.string(ModelSupport.field(node, "provider_token", true), "provider_token");
        b$.withUserCenter = ModelSupport.bool(ModelSupport.field(node, "with_user_center", false), "with_user_center");
        return new BindProviderRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_token", this.providerToken);
        ModelSupport.put(out$, "with_user_center", this.withUserCenter);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BindProviderRequest)) {
            return false;
        }
        BindProviderRequest that = (BindProviderRequest) other;
        return Objects.equals(this.providerToken, that.providerToken)
                && Objects.equals(this.withUserCenter, that.withUserCenter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerToken, withUserCenter);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "BindProviderRequest",
                "providerToken", "provider_token", this.providerToken, true,
                "withUserCenter", "with_user_center", this.withUserCenter, false);
    }

    /** Builds a {@code BindProviderRequest}. */
    public static final class Builder {
        private String providerToken;
        private Boolean withUserCenter;

        private Builder() {}

        /**
         * From <code>POST /provider/token</code>, for the identity to bind.
         */
        public Builder providerToken(String providerToken) {
            this.providerToken = providerToken;
            return this;
        }

        /**
         * Bind through the user center as well (passed through to the service).
         */
        public Builder withUserCenter(Boolean withUserCenter) {
            this.withUserCenter = withUserCenter;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public BindProviderRequest build() {
            return new BindProviderRequest(this, true);
        }
    }
}
