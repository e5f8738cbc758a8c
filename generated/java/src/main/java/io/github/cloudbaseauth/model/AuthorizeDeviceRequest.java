// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user code to approve.
 */
public final class AuthorizeDeviceRequest implements WireModel {
    private final String userCode;
    private final String scope;
    private final String state;
    private final String clientId;

    private AuthorizeDeviceRequest(Builder b$, boolean check$) {
        this.userCode = b$.userCode;
        this.scope = b$.scope;
        this.state = b$.state;
        this.clientId = b$.clientId;
        if (check$) {
            ModelSupport.required(this.userCode, "AuthorizeDeviceRequest", "userCode");
        }
    }

    /** A builder of {@code AuthorizeDeviceRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.userCode = this.userCode;
        b$.scope = this.scope;
        b$.state = this.state;
        b$.clientId = this.clientId;
        return b$;
    }

    /**
     * The code the device shows; case and dashes do not matter.
     */
    public String userCode() {
        return userCode;
    }

    /**
     * Scopes to grant (defaults to what the device asked for).
     */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /**
     * Opaque value (SDK model).
     */
    public Optional<String> state() {
        return Optional.ofNullable(state);
    }

    /**
     * The client (SDK base model); ignored, the user code names it.
     */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /**
     * Reads a {@code AuthorizeDeviceRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static AuthorizeDeviceRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "AuthorizeDeviceRequest");
        Builder b$ = new Builder();
        b$.userCode = ModelSupport.string(ModelSupport.field(node, "user_code", true), "user_code");
        b$.scope = ModelSupport.string(ModelSupport.field(node, "scope", false), "scope");
        b$.state = ModelSupport.string(ModelSupport.field(node, "state", false), "state");
        b$.clientId = ModelSupport.string(ModelSupport.field(node, "client_id", false), "client_id");
        return new AuthorizeDeviceRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "user_code", this.userCode);
        ModelSupport.put(out$, "scope", this.scope);
        ModelSupport.put(out$, "state", this.state);
        ModelSupport.put(out$, "client_id", this.clientId);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthorizeDeviceRequest)) {
            return false;
        }
        AuthorizeDeviceRequest that = (AuthorizeDeviceRequest) other;
        return Objects.equals(this.userCode, that.userCode)
                && Objects.equals(this.scope, that.scope)
                && Objects.equals(this.state, that.state)
                && Objects.equals(this.clientId, that.clientId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userCode, scope, state, clientId);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "AuthorizeDeviceRequest",
                "userCode", "user_code", this.userCode, false,
                "scope", "scope", this.scope, false,
                "state", "state", this.state, false,
                "clientId", "client_id", this.clientId, false);
    }

    /** Builds a {@code AuthorizeDeviceRequest}. */
    public static final class Builder {
        private String userCode;
        private String scope;
        private String state;
        private String clientId;

        private Builder() {}

        /**
         * The code the device shows; case and dashes do not matter.
         */
        public Builder userCode(String userCode) {
            this.userCode = userCode;
            return this;
        }

        /**
         * Scopes to grant (defaults to what the device asked for).
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Opaque value (SDK model).
         */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /**
         * The client (SDK base model); ignored, the user code names it.
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
        public AuthorizeDeviceRequest build() {
            return new AuthorizeDeviceRequest(this, true);
        }
    }
}
