// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CustomSignInRequest object.
 */
public final class CustomSignInRequest implements WireModel {
    private final String providerId;
    private final String ticket;

    private CustomSignInRequest(Builder b$, boolean check$) {
        this.providerId = b$.providerId == null ? "custom" : b$.providerId;
        this.ticket = b$.ticket;
        if (check$) {
            ModelSupport.required(this.ticket, "CustomSignInRequest", "ticket");
        }
    }

    /** A builder of {@code CustomSignInRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerId = this.providerId;
        b$.ticket = this.ticket;
        return b$;
    }

    /**
     * Always <code>custom</code>. Sent as custom when left out.
     */
    public String providerId() {
        return providerId;
    }

    /**
     * The custom-login ticket your server minted for this user:
     * <code>private_key_id/&#64;&#64;/&lt;jwt&gt;</code>, from the client's ticket function (or node-sdk's
     * <code>createTicket</code>), valid 10 minutes.
     */
    public String ticket() {
        return ticket;
    }

    /**
     * Reads a {@code CustomSignInRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static CustomSignInRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "CustomSignInRequest");
        Builder b$ = new Builder();
        b$.providerId = ModelSupport.string(ModelSupport.field(node, "provider_id", true), "provider_id");
        b$.ticket = ModelSupport.string(ModelSupport.field(node, "ticket", true), "ticket");
        return new CustomSignInRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_id", this.providerId);
        ModelSupport.put(out$, "ticket", this.ticket);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CustomSignInRequest)) {
            return false;
        }
        CustomSignInRequest that = (CustomSignInRequest) other;
        return Objects.equals(this.providerId, that.providerId)
                && Objects.equals(this.ticket, that.ticket);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerId, ticket);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "CustomSignInRequest",
                "providerId", "provider_id", this.providerId, false,
                "ticket", "ticket", this.ticket, true);
    }

    /** Builds a {@code CustomSignInRequest}. */
    public static final class Builder {
        private String providerId;
        private String ticket;

        private Builder() {}

        /**
         * Always <code>custom</code>. Sent as custom when left out.
         */
        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        /**
         * The custom-login ticket your server minted for this user:
         * <code>private_key_id/&#64;&#64;/&lt;jwt&gt;</code>, from the client's ticket function (or node-sdk's
         * <code>createTicket</code>), valid 10 minutes.
         */
        public Builder ticket(String ticket) {
            this.ticket = ticket;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public CustomSignInRequest build() {
            return new CustomSignInRequest(this, true);
        }
    }
}
