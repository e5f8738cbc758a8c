// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The UserExistResponse object.
 */
public final class UserExistResponse implements WireModel {
    private final Boolean exist;

    private UserExistResponse(Builder b$, boolean check$) {
        this.exist = b$.exist;
        if (check$) {
            ModelSupport.required(this.exist, "UserExistResponse", "exist");
        }
    }

    /** A builder of {@code UserExistResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.exist = this.exist;
        return b$;
    }

    /**
     * Whether a user with that username exists.
     */
    public boolean exist() {
        return exist;
    }

    /**
     * Reads a {@code UserExistResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static UserExistResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "UserExistResponse");
        Builder b$ = new Builder();
        b$.exist = ModelSupport.bool(ModelSupport.field(node, "exist", true), "exist");
        return new UserExistResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "exist", this.exist);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof UserExistResponse)) {
            return false;
        }
        UserExistResponse that = (UserExistResponse) other;
        return Objects.equals(this.exist, that.exist);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exist);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "UserExistResponse",
                "exist", "exist", this.exist, false);
    }

    /** Builds a {@code UserExistResponse}. */
    public static final class Builder {
        private Boolean exist;

        private Builder() {}

        /**
         * Whether a user with that username exists.
         */
        public Builder exist(Boolean exist) {
            this.exist = exist;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public UserExistResponse build() {
            return new UserExistResponse(this, true);
        }
    }
}
