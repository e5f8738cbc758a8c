// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The provider's sub type.
 */
public final class ProviderSubTypeResponse implements WireModel {
    private final String id;
    private final String providerSubType;

    private ProviderSubTypeResponse(Builder b$, boolean check$) {
        this.id = b$.id;
        this.providerSubType = b$.providerSubType;
        if (check$) {
            ModelSupport.required(this.id, "ProviderSubTypeResponse", "id");
            ModelSupport.required(this.providerSubType, "ProviderSubTypeResponse", "providerSubType");
        }
    }

    /** A builder of {@code ProviderSubTypeResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.id = this.id;
        b$.providerSubType = this.providerSubType;
        return b$;
    }

    /**
     * The provider (<code>weda</code>).
     */
    public String id() {
        return id;
    }

    /**
     * <code>NO_AUTH_LOGIN</code> when password-free login is on, else empty. One of: NO_AUTH_LOGIN, .
     */
    public String providerSubType() {
        return providerSubType;
    }

    /**
     * Reads a {@code ProviderSubTypeResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ProviderSubTypeResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ProviderSubTypeResponse");
        Builder b$ = new Builder();
        b$.id = ModelSupport.string(ModelSupport.field(node, "id", true), "id");
        b$.providerSubType = ModelSupport.string(ModelSupport.field(node, "provider_sub_type", true), "provider_sub_type");
        return new ProviderSubTypeResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "id", this.id);
        ModelSupport.put(out$, "provider_sub_type", this.providerSubType);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProviderSubTypeResponse)) {
            return false;
        }
        ProviderSubTypeResponse that = (ProviderSubTypeResponse) other;
        return Objects.equals(this.id, that.id)
                && Objects.equals(this.providerSubType, that.providerSubType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, providerSubType);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ProviderSubTypeResponse",
                "id", "id", this.id, false,
                "providerSubType", "provider_sub_type", this.providerSubType, false);
    }

    /** Builds a {@code ProviderSubTypeResponse}. */
    public static final class Builder {
        private String id;
        private String providerSubType;

        private Builder() {}

        /**
         * The provider (<code>weda</code>).
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * <code>NO_AUTH_LOGIN</code> when password-free login is on, else empty. One of: NO_AUTH_LOGIN, .
         */
        public Builder providerSubType(String providerSubType) {
            this.providerSubType = providerSubType;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public ProviderSubTypeResponse build() {
            return new ProviderSubTypeResponse(this, true);
        }
    }
}
