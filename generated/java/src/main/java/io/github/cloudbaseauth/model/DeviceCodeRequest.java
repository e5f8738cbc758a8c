// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who asks (the client) and for what (scope).
 */
public final class DeviceCodeRequest implements WireModel {
    private final String clientId;
    private final String scope;

    private DeviceCodeRequest(Builder b$, boolean check$) {
        this.clientId = b$.clientId;
        this.scope = b$.scope;
    }

    /** A builder of {@code DeviceCodeRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.clientId = this.clientId;
        b$.scope = this.scope;
        return b$;
    }

    /**
     * The client the device signs in to; defaults to the environment ID.
     */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /**
     * Space-separated scopes.
     */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /**
     * Reads a {@code DeviceCodeRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static DeviceCodeRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "DeviceCodeRequest");
        Builder b$ = new Builder();
        b$.clientId = ModelSupport.string(ModelSupport.field(node, "client_id", false), "client_id");
        b$.scope = ModelSupport.string(ModelSupport.field(node, "scope", false), "scope");
        return new DeviceCodeRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "client_id", this.clientId);
        ModelSupport.put(out$, "scope", this.scope);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeviceCodeRequest)) {
            return false;
        }
        DeviceCodeRequest that = (DeviceCodeRequest) other;
        return Objects.equals(this.clientId, that.clientId)
                && Objects.equals(this.scope, that.scope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, scope);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "DeviceCodeRequest",
                "clientId", "client_id", this.clientId, false,
                "scope", "scope", this.scope, false);
    }

    /** Builds a {@code DeviceCodeRequest}. */
    public static final class Builder {
        private String clientId;
        private String scope;

        private Builder() {}

        /**
         * The client the device signs in to; defaults to the environment ID.
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Space-separated scopes.
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public DeviceCodeRequest build() {
            return new DeviceCodeRequest(this, true);
        }
    }
}
