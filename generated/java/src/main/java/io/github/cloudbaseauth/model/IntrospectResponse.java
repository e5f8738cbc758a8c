// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Empty when the token is not valid.
 */
public final class IntrospectResponse implements WireModel {
    private final String tokenType;
    private final String clientId;
    private final String sub;
    private final String scope;

    private IntrospectResponse(Builder b$, boolean check$) {
        this.tokenType = b$.tokenType;
        this.clientId = b$.clientId;
        this.sub = b$.sub;
        this.scope = b$.scope;
    }

    /** A builder of {@code IntrospectResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.tokenType = this.tokenType;
        b$.clientId = this.clientId;
        b$.sub = this.sub;
        b$.scope = this.scope;
        return b$;
    }

    /**
     * <code>Bearer</code> for an access token.
     */
    public Optional<String> tokenType() {
        return Optional.ofNullable(tokenType);
    }

    /**
     * The client (environment) the token was issued to.
     */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /**
     * The user ID the token belongs to.
     */
    public Optional<String> sub() {
        return Optional.ofNullable(sub);
    }

    /**
     * The scopes the token grants, space-separated.
     */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /**
     * Reads a {@code IntrospectResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static IntrospectResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "IntrospectResponse");
        Builder b$ = new Builder();
        b$.tokenType = ModelSupport.string(ModelSupport.field(node, "token_type", false), "token_type");
        b$.clientId = ModelSupport.string(ModelSupport.field(node, "client_id", false), "client_id");
        b$.sub = ModelSupport.string(ModelSupport.field(node, "sub", false), "sub");
        b$.scope = ModelSupport.string(ModelSupport.field(node, "scope", false), "scope");
        return new IntrospectResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "token_type", this.tokenType);
        ModelSupport.put(out$, "client_id", this.clientId);
        ModelSupport.put(out$, "sub", this.sub);
        ModelSupport.put(out$, "scope", this.scope);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof IntrospectResponse)) {
            return false;
        }
        IntrospectResponse that = (IntrospectResponse) other;
        return Objects.equals(this.tokenType, that.tokenType)
                && Objects.equals(this.clientId, that.clientId)
                && Objects.equals(this.sub, that.sub)
                && Objects.equals(this.scope, that.scope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tokenType, clientId, sub, scope);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "IntrospectResponse",
                "tokenType", "token_type", this.tokenType, false,
                "clientId", "client_id", this.clientId, false,
                "sub", "sub", this.sub, false,
                "scope", "scope", this.scope, false);
    }

    /** Builds a {@code IntrospectResponse}. */
    public static final class Builder {
        private String tokenType;
        private String clientId;
        private String sub;
        private String scope;

        private Builder() {}

        /**
         * <code>Bearer</code> for an access token.
         */
        public Builder tokenType(String tokenType) {
            this.tokenType = tokenType;
            return this;
        }

        /**
         * The client (environment) the token was issued to.
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * The user ID the token belongs to.
         */
        public Builder sub(String sub) {
            this.sub = sub;
            return this;
        }

        /**
         * The scopes the token grants, space-separated.
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
        public IntrospectResponse build() {
            return new IntrospectResponse(this, true);
        }
    }
}
