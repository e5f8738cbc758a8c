// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The app an authorization request is for.
 */
public final class AuthorizeClient implements WireModel {
    private final String id;
    private final String name;
    private final String description;
    private final String picture;
    private final String url;

    private AuthorizeClient(Builder b$, boolean check$) {
        this.id = b$.id;
        this.name = b$.name;
        this.description = b$.description;
        this.picture = b$.picture;
        this.url = b$.url;
        if (check$) {
            ModelSupport.required(this.id, "AuthorizeClient", "id");
            ModelSupport.required(this.name, "AuthorizeClient", "name");
        }
    }

    /** A builder of {@code AuthorizeClient}: every setter takes null for "not set". */
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
        return b$;
    }

    /**
     * The client ID.
     */
    public String id() {
        return id;
    }

    /**
     * The app's name.
     */
    public String name() {
        return name;
    }

    /**
     * What the app is.
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * The app's logo URL.
     */
    public Optional<String> picture() {
        return Optional.ofNullable(picture);
    }

    /**
     * The app's home page.
     */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /**
     * Reads a {@code AuthorizeClient} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static AuthorizeClient fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "AuthorizeClient");
        Builder b$ = new Builder();
        b$.id = ModelSupport.string(ModelSupport.field(node, "id", true), "id");
        b$.name = ModelSupport.string(ModelSupport.field(node, "name", true), "name");
        b$.description = ModelSupport.string(ModelSupport.field(node, "description", false), "description");
        b$.picture = ModelSupport.string(ModelSupport.field(node, "picture", false), "picture");
        b$.url = ModelSupport.string(ModelSupport.field(node, "url", false), "url");
        return new AuthorizeClient(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "id", this.id);
        ModelSupport.put(out$, "name", this.name);
        ModelSupport.put(out$, "description", this.description);
        ModelSupport.put(out$, "picture", this.picture);
        ModelSupport.put(out$, "url", this.url);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthorizeClient)) {
            return false;
        }
        AuthorizeClient that = (AuthorizeClient) other;
        return Objects.equals(this.id, that.id)
                && Objects.equals(this.name, that.name)
                && Objects.equals(this.description, that.description)
                && Objects.equals(this.picture, that.picture)
                && Objects.equals(this.url, that.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, description, picture, url);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "AuthorizeClient",
                "id", "id", this.id, false,
                "name", "name", this.name, false,
                "description", "description", this.description, false,
                "picture", "picture", this.picture, false,
                "url", "url", this.url, false);
    }

    /** Builds a {@code AuthorizeClient}. */
    public static final class Builder {
        private String id;
        private String name;
        private String description;
        private String picture;
        private String url;

        private Builder() {}

        /**
         * The client ID.
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * The app's name.
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * What the app is.
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * The app's logo URL.
         */
        public Builder picture(String picture) {
            this.picture = picture;
            return this;
        }

        /**
         * The app's home page.
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public AuthorizeClient build() {
            return new AuthorizeClient(this, true);
        }
    }
}
