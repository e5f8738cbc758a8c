// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of deleteUserMe.
 */
public final class DeleteUserMeRequest implements WireModel {
    private final String sudoToken;

    private DeleteUserMeRequest(Builder b$, boolean check$) {
        this.sudoToken = b$.sudoToken;
        if (check$) {
            ModelSupport.required(this.sudoToken, "DeleteUserMeRequest", "sudoToken");
        }
    }

    /** A builder of {@code DeleteUserMeRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.sudoToken = this.sudoToken;
        return b$;
    }

    /**
     * The token from <code>POST /user/sudo</code>, valid 900 seconds. (Sent as the query parameter
     * sudo_token.)
     */
    public String sudoToken() {
        return sudoToken;
    }

    /**
     * Reads a {@code DeleteUserMeRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static DeleteUserMeRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "DeleteUserMeRequest");
        Builder b$ = new Builder();
        return new DeleteUserMeRequest(b$, false);
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
        if (!(other instanceof DeleteUserMeRequest)) {
            return false;
        }
        DeleteUserMeRequest that = (DeleteUserMeRequest) other;
        return Objects.equals(this.sudoToken, that.sudoToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sudoToken);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "DeleteUserMeRequest",
                "sudoToken", "sudo_token", this.sudoToken, true);
    }

    /** Builds a {@code DeleteUserMeRequest}. */
    public static final class Builder {
        private String sudoToken;

        private Builder() {}

        /**
         * The token from <code>POST /user/sudo</code>, valid 900 seconds. (Sent as the query parameter
         * sudo_token.)
         */
        public Builder sudoToken(String sudoToken) {
            this.sudoToken = sudoToken;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public DeleteUserMeRequest build() {
            return new DeleteUserMeRequest(this, true);
        }
    }
}
