// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The body node-sdk sends to <code>POST /token/clientCredential</code>.
 */
public final class ClientCredentialRequest implements WireModel {
    private final String grantType;

    private ClientCredentialRequest(Builder b$, boolean check$) {
        this.grantType = b$.grantType == null ? "client_credentials" : b$.grantType;
    }

    /** A builder of {@code ClientCredentialRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.grantType = this.grantType;
        return b$;
    }

    /**
     * Always <code>client_credentials</code>. Sent as client_credentials when left out.
     */
    public String grantType() {
        return grantType;
    }

    /**
     * Reads a {@code ClientCredentialRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ClientCredentialRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ClientCredentialRequest");
        Builder b$ = new Builder();
        b$.grantType = ModelSupport.string(ModelSupport.field(node, "grant_type", true), "grant_type");
        return new ClientCredentialRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "grant_type", this.grantType);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ClientCredentialRequest)) {
            return false;
        }
        ClientCredentialRequest that = (ClientCredentialRequest) other;
        return Objects.equals(this.grantType, that.grantType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grantType);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ClientCredentialRequest",
                "grantType", "grant_type", this.grantType, false);
    }

    /** Builds a {@code ClientCredentialRequest}. */
    public static final class Builder {
        private String grantType;

        private Builder() {}

        /**
         * Always <code>client_credentials</code>. Sent as client_credentials when left out.
         */
        public Builder grantType(String grantType) {
            this.grantType = grantType;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public ClientCredentialRequest build() {
            return new ClientCredentialRequest(this, true);
        }
    }
}
