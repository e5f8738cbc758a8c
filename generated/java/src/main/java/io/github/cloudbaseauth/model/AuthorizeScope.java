// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A scope the app asks for.
 */
public final class AuthorizeScope implements WireModel {
    private final String id;
    private final String name;
    private final String description;
    private final String picture;
    private final String url;
    private final List<AuthorizeScopeChild> children;

    private AuthorizeScope(Builder b$, boolean check$) {
        this.id = b$.id;
        this.name = b$.name;
        this.description = b$.description;
        this.picture = b$.picture;
        this.url = b$.url;
        this.children = ModelSupport.copy(b$.children);
        if (check$) {
            ModelSupport.required(this.id, "AuthorizeScope", "id");
            ModelSupport.required(this.name, "AuthorizeScope", "name");
        }
    }

    /** A builder of {@code AuthorizeScope}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.id = this.id;
        b$.name = this.name;
        b$.description = this.description;
        b$.picture = this.picture;
        b$.url = this.url;
        b$.children = this.children;
        return b$;
    }

    /**
     * The scope ID, such as <code>profile</code>.
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
     * An icon URL.
     */
    public Optional<String> picture() {
        return Optional.ofNullable(picture);
    }

    /**
     * A page about the scope.
     */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /**
     * Parts of the scope.
     */
    public List<AuthorizeScopeChild> children() {
        return children == null ? List.of() : children;
    }

    /**
     * Reads a {@code AuthorizeScope} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static AuthorizeScope fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "AuthorizeScope");
        Builder b$ = new Builder();
        b$.id = ModelSupport.string(ModelSupport.field(node, "id", true), "id");
        b$.name = ModelSupport.string(ModelSupport.field(node, "name", true), "name");
        b$.description = ModelSupport.string(ModelSupport.field(node, "description", false), "description");
        b$.picture = ModelSupport.string(ModelSupport.field(node, "picture", false), "picture");
        b$.url = ModelSupport.string(ModelSupport.field(node, "url", false), "url");
        b$.children = ModelSupport.list(ModelSupport.field(node, "children", false), "children", (n0, name0) -> ModelSupport.model(n0, name0, AuthorizeScopeChild::fromJson));
        return new AuthorizeScope(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "id", this.id);
        ModelSupport.put(out$, "name", this.name);
        ModelSupport.put(out$, "description", this.description);
        ModelSupport.put(out$, "picture", this.picture);
        ModelSupport.put(out$, "url", this.url);
        ModelSupport.put(out$, "children", this.children);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthorizeScope)) {
            return false;
        }
        AuthorizeScope that = (AuthorizeScope) other;
        return Objects.equals(this.id, that.id)
                && Objects.equals(this.name, that.name)
                && Objects.equals(this.description, that.description)
                && Objects.equals(this.picture, that.picture)
                && Objects.equals(this.url, that.url)
                && Objects.equals(this.children, that.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, description, picture, url, children);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "AuthorizeScope",
                "id", "id", this.id, false,
                "name", "name", this.name, false,
                "description", "description", this.description, false,
                "picture", "picture", this.picture, false,
                "url", "url", this.url, false,
                "children", "children", this.children, false);
    }

    /** Builds a {@code AuthorizeScope}. */
    public static final class Builder {
        private String id;
        private String name;
        private String description;
        private String picture;
        private String url;
        private List<AuthorizeScopeChild> children;

        private Builder() {}

        /**
         * The scope ID, such as <code>profile</code>.
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
         * An icon URL.
         */
        public Builder picture(String picture) {
            this.picture = picture;
            return this;
        }

        /**
         * A page about the scope.
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Parts of the scope.
         */
        public Builder children(List<AuthorizeScopeChild> children) {
            this.children = children;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public AuthorizeScope build() {
            return new AuthorizeScope(this, true);
        }
    }
}
