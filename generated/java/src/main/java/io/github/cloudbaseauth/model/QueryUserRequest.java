// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of queryUser.
 */
public final class QueryUserRequest implements WireModel {
    private final List<String> id;
    private final String username;
    private final String email;
    private final String phoneNumber;

    private QueryUserRequest(Builder b$, boolean check$) {
        this.id = ModelSupport.copy(b$.id);
        this.username = b$.username;
        this.email = b$.email;
        this.phoneNumber = b$.phoneNumber;
    }

    /** A builder of {@code QueryUserRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.id = this.id;
        b$.username = this.username;
        b$.email = this.email;
        b$.phoneNumber = this.phoneNumber;
        return b$;
    }

    /**
     * User IDs (<code>sub</code>) to look up; comma-separated or repeated. (Sent as the query parameter
     * id.)
     */
    public List<String> id() {
        return id == null ? List.of() : id;
    }

    /**
     * Finds the account whose username is exactly this value (no prefix or pattern search). (Sent as the
     * query parameter username.)
     */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * The email address (any case). (Sent as the query parameter email.)
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * The phone number, <code>+86 13800000000</code> (URL-encode the <code>+</code> and the space). (Sent
     * as the query parameter phone_number.)
     */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /**
     * Reads a {@code QueryUserRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static QueryUserRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "QueryUserRequest");
        Builder b$ = new Builder();
        return new QueryUserRequest(b$, false);
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
        if (!(other instanceof QueryUserRequest)) {
            return false;
        }
        QueryUserRequest that = (QueryUserRequest) other;
        return Objects.equals(this.id, that.id)
                && Objects.equals(this.username, that.username)
                && Objects.equals(this.email, that.email)
                && Objects.equals(this.phoneNumber, that.phoneNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, username, email, phoneNumber);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "QueryUserRequest",
                "id", "id", this.id, false,
                "username", "username", this.username, false,
                "email", "email", this.email, false,
                "phoneNumber", "phone_number", this.phoneNumber, false);
    }

    /** Builds a {@code QueryUserRequest}. */
    public static final class Builder {
        private List<String> id;
        private String username;
        private String email;
        private String phoneNumber;

        private Builder() {}

        /**
         * User IDs (<code>sub</code>) to look up; comma-separated or repeated. (Sent as the query parameter
         * id.)
         */
        public Builder id(List<String> id) {
            this.id = id;
            return this;
        }

        /**
         * Finds the account whose username is exactly this value (no prefix or pattern search). (Sent as the
         * query parameter username.)
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * The email address (any case). (Sent as the query parameter email.)
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * The phone number, <code>+86 13800000000</code> (URL-encode the <code>+</code> and the space). (Sent
         * as the query parameter phone_number.)
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public QueryUserRequest build() {
            return new QueryUserRequest(this, true);
        }
    }
}
