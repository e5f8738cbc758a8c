// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A finer-grained part of a scope.
 */
public final class AuthorizeScopeChild implements WireModel {
    private final String id;
    private final String name;
    private final String description;

    private AuthorizeScopeChild(Builder b$, boolean check$) {
        this.id = b$.id;
        this.name = b$.name;
        this.description = b$.description;
        if (check$) {
            ModelSupport.required(this.id, "AuthorizeScopeChild", "id");
            ModelSupport.required(this.name, "AuthorizeScopeChild", "name");
        }
    }

    /** A builder of {@code AuthorizeScopeChild}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.id = this.id;
        b$.name = this.name;
        b$.description = this.description;
        return b$;
    }

    /**
     * The scope ID.
     */
    public String id() {
        return id;
    }

    /**
     * What it grants, for people.
     */
    public String name() {
        return name;
    }

    /**
     * More detail.
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Reads a {@code AuthorizeScopeChild} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static AuthorizeScopeChild fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "AuthorizeScopeChild");
        Builder b$ = new Builder();
        b$.id = ModelSupport.string(ModelSupport.field(node, "id", true), "id");
        b$.name = ModelSupport.string(ModelSupport.field(node, "name", true), "name");
        b$.description = ModelSupport.string(ModelSupport.field(node, "description", false), "description");
        return new AuthorizeScopeChild(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "id", this.id);
        ModelSupport.put(out$, "name", this.name);
        ModelSupport.put(out$, "description", this.description);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthorizeScopeChild)) {
            return false;
        }
        AuthorizeScopeChild that = (AuthorizeScopeChild) other;
        return Objects.equals(this.id, that.id)
                && Objects.equals(this.name, that.name)
                && Objects.equals(this.description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, description);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "AuthorizeScopeChild",
                "id", "id", this.id, false,
                "name", "name", this.name, false,
                "description", "description", this.description, false);
    }

    /** Builds a {@code AuthorizeScopeChild}. */
    public static final class Builder {
        private String id;
        private String name;
        private String description;

        private Builder() {}

        /**
         * The scope ID.
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * What it grants, for people.
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * More detail.
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public AuthorizeScopeChild build() {
            return new AuthorizeScopeChild(this, true);
        }
    }
}
