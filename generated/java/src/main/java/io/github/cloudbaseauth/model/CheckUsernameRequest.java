// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of checkUsername.
 */
public final class CheckUsernameRequest implements WireModel {
    private final String username;

    private CheckUsernameRequest(Builder b$, boolean check$) {
        this.username = b$.username;
        if (check$) {
            ModelSupport.required(this.username, "CheckUsernameRequest", "username");
        }
    }

    /** A builder of {@code CheckUsernameRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.username = this.username;
        return b$;
    }

    /**
     * The username a user wants to take, as typed into a sign-up or profile form; the answer says whether
     * it is free. (Sent as the query parameter username.)
     */
    public String username() {
        return username;
    }

    /**
     * Reads a {@code CheckUsernameRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static CheckUsernameRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "CheckUsernameRequest");
        Builder b$ = new Builder();
        return new CheckUsernameRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CheckUsernameRequest)) {
            return false;
        }
        CheckUsernameRequest that = (CheckUsernameRequest) other;
        return Objects.equals(this.username, that.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "CheckUsernameRequest",
                "username", "username", this.username, false);
    }

    /** Builds a {@code CheckUsernameRequest}. */
    public static final class Builder {
        private String username;

        private Builder() {}

        /**
         * The username a user wants to take, as typed into a sign-up or profile form; the answer says whether
         * it is free. (Sent as the query parameter username.)
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public CheckUsernameRequest build() {
            return new CheckUsernameRequest(this, true);
        }
    }
}
