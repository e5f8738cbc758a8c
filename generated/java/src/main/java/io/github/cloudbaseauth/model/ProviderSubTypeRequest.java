// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Always <code>{provider_id: weda}</code>.
 */
public final class ProviderSubTypeRequest implements WireModel {
    private final String providerId;

    private ProviderSubTypeRequest(Builder b$, boolean check$) {
        this.providerId = b$.providerId;
        if (check$) {
            ModelSupport.required(this.providerId, "ProviderSubTypeRequest", "providerId");
        }
    }

    /** A builder of {@code ProviderSubTypeRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerId = this.providerId;
        return b$;
    }

    /**
     * The provider to ask about: <code>weda</code> (the WeDa low-code platform's login), the only one the
     * service answers for.
     */
    public String providerId() {
        return providerId;
    }

    /**
     * Reads a {@code ProviderSubTypeRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ProviderSubTypeRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ProviderSubTypeRequest");
        Builder b$ = new Builder();
        b$.providerId = ModelSupport.string(ModelSupport.field(node, "provider_id", true), "provider_id");
        return new ProviderSubTypeRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_id", this.providerId);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProviderSubTypeRequest)) {
            return false;
        }
        ProviderSubTypeRequest that = (ProviderSubTypeRequest) other;
        return Objects.equals(this.providerId, that.providerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerId);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ProviderSubTypeRequest",
                "providerId", "provider_id", this.providerId, false);
    }

    /** Builds a {@code ProviderSubTypeRequest}. */
    public static final class Builder {
        private String providerId;

        private Builder() {}

        /**
         * The provider to ask about: <code>weda</code> (the WeDa low-code platform's login), the only one the
         * service answers for.
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
        public ProviderSubTypeRequest build() {
            return new ProviderSubTypeRequest(this, true);
        }
    }
}
