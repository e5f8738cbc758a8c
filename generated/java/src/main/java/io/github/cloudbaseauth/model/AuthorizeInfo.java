// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a consent screen shows.
 */
public final class AuthorizeInfo implements WireModel {
    private final AuthorizeClient client;
    private final List<AuthorizeScope> scopes;

    private AuthorizeInfo(Builder b$, boolean check$) {
        this.client = b$.client;
        this.scopes = ModelSupport.copy(b$.scopes);
        if (check$) {
            ModelSupport.required(this.client, "AuthorizeInfo", "client");
        }
    }

    /** A builder of {@code AuthorizeInfo}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.client = this.client;
        b$.scopes = this.scopes;
        return b$;
    }

    /**
     * The app an authorization request is for.
     */
    public AuthorizeClient client() {
        return client;
    }

    /**
     * The scopes asked for.
     */
    public List<AuthorizeScope> scopes() {
        return scopes == null ? List.of() : scopes;
    }

    /**
     * Reads a {@code AuthorizeInfo} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static AuthorizeInfo fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "AuthorizeInfo");
        Builder b$ = new Builder();
        b$.client = ModelSupport.model(ModelSupport.field(node, "client", true), "client", AuthorizeClient::fromJson);
        b$.scopes = ModelSupport.list(ModelSupport.field(node, "scopes", false), "scopes", (n0, name0) -> ModelSupport.model(n0, name0, AuthorizeScope::fromJson));
        return new AuthorizeInfo(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "client", this.client);
        ModelSupport.put(out$, "scopes", this.scopes);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthorizeInfo)) {
            return false;
        }
        AuthorizeInfo that = (AuthorizeInfo) other;
        return Objects.equals(this.client, that.client)
                && Objects.equals(this.scopes, that.scopes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(client, scopes);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "AuthorizeInfo",
                "client", "client", this.client, false,
                "scopes", "scopes", this.scopes, false);
    }

    /** Builds a {@code AuthorizeInfo}. */
    public static final class Builder {
        private AuthorizeClient client;
        private List<AuthorizeScope> scopes;

        private Builder() {}

        /**
         * The app an authorization request is for.
         */
        public Builder client(AuthorizeClient client) {
            this.client = client;
            return this;
        }

        /**
         * The scopes asked for.
         */
        public Builder scopes(List<AuthorizeScope> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public AuthorizeInfo build() {
            return new AuthorizeInfo(this, true);
        }
    }
}
