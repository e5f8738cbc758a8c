// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of the change.
 */
public final class ChangeBoundProviderResponse implements WireModel {
    private final String clientId;

    private ChangeBoundProviderResponse(Builder b$, boolean check$) {
        this.clientId = b$.clientId;
        if (check$) {
            ModelSupport.required(this.clientId, "ChangeBoundProviderResponse", "clientId");
        }
    }

    /** A builder of {@code ChangeBoundProviderResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.clientId = this.clientId;
        return b$;
    }

    /**
     * The client ID of the session.
     */
    public String clientId() {
        return clientId;
    }

    /**
     * Reads a {@code ChangeBoundProviderResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ChangeBoundProviderResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ChangeBoundProviderResponse");
        Builder b$ = new Builder();
        b$.clientId = ModelSupport.string(ModelSupport.field(node, "client_id", true), "client_id");
        return new ChangeBoundProviderResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "client_id", this.clientId);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ChangeBoundProviderResponse)) {
            return false;
        }
        ChangeBoundProviderResponse that = (ChangeBoundProviderResponse) other;
        return Objects.equals(this.clientId, that.clientId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ChangeBoundProviderResponse",
                "clientId", "client_id", this.clientId, false);
    }

    /** Builds a {@code ChangeBoundProviderResponse}. */
    public static final class Builder {
        private String clientId;

        private Builder() {}

        /**
         * The client ID of the session.
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public ChangeBoundProviderResponse build() {
            return new ChangeBoundProviderResponse(this, true);
        }
    }
}
