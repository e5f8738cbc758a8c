// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of unbindProvider.
 */
public final class UnbindProviderRequest implements WireModel {
    private final String providerId;
    private final Boolean withUserCenter;

    private UnbindProviderRequest(Builder b$, boolean check$) {
        this.providerId = b$.providerId;
        this.withUserCenter = b$.withUserCenter;
        if (check$) {
            ModelSupport.required(this.providerId, "UnbindProviderRequest", "providerId");
        }
    }

    /** A builder of {@code UnbindProviderRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerId = this.providerId;
        b$.withUserCenter = this.withUserCenter;
        return b$;
    }

    /**
     * The identity provider to unbind. (Sent as the path parameter provider_id.)
     */
    public String providerId() {
        return providerId;
    }

    /**
     * Also unbind in the user centre. (Sent as the query parameter with_user_center.)
     */
    public Optional<Boolean> withUserCenter() {
        return Optional.ofNullable(withUserCenter);
    }

    /**
     * Reads a {@code UnbindProviderRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static UnbindProviderRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "UnbindProviderRequest");
        Builder b$ = new Builder();
        return new UnbindProviderRequest(b$, false);
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
        if (!(other instanceof UnbindProviderRequest)) {
            return false;
        }
        UnbindProviderRequest that = (UnbindProviderRequest) other;
        return Objects.equals(this.providerId, that.providerId)
                && Objects.equals(this.withUserCenter, that.withUserCenter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerId, withUserCenter);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "UnbindProviderRequest",
                "providerId", "provider_id", this.providerId, false,
                "withUserCenter", "with_user_center", this.withUserCenter, false);
    }

    /** Builds a {@code UnbindProviderRequest}. */
    public static final class Builder {
        private String providerId;
        private Boolean withUserCenter;

        private Builder() {}

        /**
         * The identity provider to unbind. (Sent as the path parameter provider_id.)
         */
        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        /**
         * Also unbind in the user centre. (Sent as the query parameter with_user_center.)
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
        public UnbindProviderRequest build() {
            return new UnbindProviderRequest(this, true);
        }
    }
}
