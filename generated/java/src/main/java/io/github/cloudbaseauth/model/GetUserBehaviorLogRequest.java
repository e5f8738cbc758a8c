// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of getUserBehaviorLog.
 */
public final class GetUserBehaviorLogRequest implements WireModel {
    private final String queryAction;
    private final String neQueryAction;
    private final Long limit;
    private final String pageToken;

    private GetUserBehaviorLogRequest(Builder b$, boolean check$) {
        this.queryAction = b$.queryAction;
        this.neQueryAction = b$.neQueryAction;
        this.limit = b$.limit;
        this.pageToken = b$.pageToken;
    }

    /** A builder of {@code GetUserBehaviorLogRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.queryAction = this.queryAction;
        b$.neQueryAction = this.neQueryAction;
        b$.limit = this.limit;
        b$.pageToken = this.pageToken;
        return b$;
    }

    /**
     * Only entries with this action (the SDK sends <code>USER_LOGIN</code>). (Sent as the query parameter
     * query[action].)
     */
    public Optional<String> queryAction() {
        return Optional.ofNullable(queryAction);
    }

    /**
     * Only entries with another action than this one (the SDK sends <code>USER_LOGIN</code>). (Sent as the
     * query parameter ne_query[action].)
     */
    public Optional<String> neQueryAction() {
        return Optional.ofNullable(neQueryAction);
    }

    /**
     * Entries per page, 1 to 100 (default 20; the SDK always sends it). (Sent as the query parameter
     * limit.)
     */
    public Optional<Long> limit() {
        return Optional.ofNullable(limit);
    }

    /**
     * The <code>next_page_token</code> of the previous page. (Sent as the query parameter page_token.)
     */
    public Optional<String> pageToken() {
        return Optional.ofNullable(pageToken);
    }

    /**
     * Reads a {@code GetUserBehaviorLogRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static GetUserBehaviorLogRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "GetUserBehaviorLogRequest");
        Builder b$ = new Builder();
        return new GetUserBehaviorLogRequest(b$, false);
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
        if (!(other instanceof GetUserBehaviorLogRequest)) {
            return false;
        }
        GetUserBehaviorLogRequest that = (GetUserBehaviorLogRequest) other;
        return Objects.equals(this.queryAction, that.queryAction)
                && Objects.equals(this.neQueryAction, that.neQueryAction)
                && Objects.equals(this.limit, that.limit)
                && Objects.equals(this.pageToken, that.pageToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queryAction, neQueryAction, limit, pageToken);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "GetUserBehaviorLogRequest",
                "queryAction", "query[action]", this.queryAction, false,
                "neQueryAction", "ne_query[action]", this.neQueryAction, false,
                "limit", "limit", this.limit, false,
                "pageToken", "page_token", this.pageToken, false);
    }

    /** Builds a {@code GetUserBehaviorLogRequest}. */
    public static final class Builder {
        private String queryAction;
        private String neQueryAction;
        private Long limit;
        private String pageToken;

        private Builder() {}

        /**
         * Only entries with this action (the SDK sends <code>USER_LOGIN</code>). (Sent as the query parameter
         * query[action].)
         */
        public Builder queryAction(String queryAction) {
            this.queryAction = queryAction;
            return this;
        }

        /**
         * Only entries with another action than this one (the SDK sends <code>USER_LOGIN</code>). (Sent as the
         * query parameter ne_query[action].)
         */
        public Builder neQueryAction(String neQueryAction) {
            this.neQueryAction = neQueryAction;
            return this;
        }

        /**
         * Entries per page, 1 to 100 (default 20; the SDK always sends it). (Sent as the query parameter
         * limit.)
         */
        public Builder limit(Long limit) {
            this.limit = limit;
            return this;
        }

        /**
         * The <code>next_page_token</code> of the previous page. (Sent as the query parameter page_token.)
         */
        public Builder pageToken(String pageToken) {
            this.pageToken = pageToken;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public GetUserBehaviorLogRequest build() {
            return new GetUserBehaviorLogRequest(this, true);
        }
    }
}
