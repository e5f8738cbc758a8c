// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the user's security log, newest first.
 */
public final class UserBehaviorLogResponse implements WireModel {
    private final List<UserBehaviorLogEntry> data;
    private final String nextPageToken;

    private UserBehaviorLogResponse(Builder b$, boolean check$) {
        this.data = ModelSupport.copy(b$.data);
        this.nextPageToken = b$.nextPageToken;
        if (check$) {
            ModelSupport.required(this.data, "UserBehaviorLogResponse", "data");
        }
    }

    /** A builder of {@code UserBehaviorLogResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.data = this.data;
        b$.nextPageToken = this.nextPageToken;
        return b$;
    }

    /**
     * The entries of this page.
     */
    public List<UserBehaviorLogEntry> data() {
        return data == null ? List.of() : data;
    }

    /**
     * Pass it as <code>page_token</code> for the next page; absent on the last page.
     */
    public Optional<String> nextPageToken() {
        return Optional.ofNullable(nextPageToken);
    }

    /**
     * Reads a {@code UserBehaviorLogResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static UserBehaviorLogResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "UserBehaviorLogResponse");
        Builder b$ = new Builder();
        b$.data = ModelSupport.list(ModelSupport.field(node, "data", true), "data", (n0, name0) -> ModelSupport.model(n0, name0, UserBehaviorLogEntry::fromJson));
        b$.nextPageToken = ModelSupport.string(ModelSupport.field(node, "next_page_token", false), "next_page_token");
        return new UserBehaviorLogResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "data", this.data);
        ModelSupport.put(out$, "next_page_token", this.nextPageToken);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof UserBehaviorLogResponse)) {
            return false;
        }
        UserBehaviorLogResponse that = (UserBehaviorLogResponse) other;
        return Objects.equals(this.data, that.data)
                && Objects.equals(this.nextPageToken, that.nextPageToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(data, nextPageToken);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "UserBehaviorLogResponse",
                "data", "data", this.data, false,
                "nextPageToken", "next_page_token", this.nextPageToken, false);
    }

    /** Builds a {@code UserBehaviorLogResponse}. */
    public static final class Builder {
        private List<UserBehaviorLogEntry> data;
        private String nextPageToken;

        private Builder() {}

        /**
         * The entries of this page.
         */
        public Builder data(List<UserBehaviorLogEntry> data) {
            this.data = data;
            return this;
        }

        /**
         * Pass it as <code>page_token</code> for the next page; absent on the last page.
         */
        public Builder nextPageToken(String nextPageToken) {
            this.nextPageToken = nextPageToken;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public UserBehaviorLogResponse build() {
            return new UserBehaviorLogResponse(this, true);
        }
    }
}
