// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Free-form in the official SDK; the fields here are inferred (see the operation).
 */
public final class WechatNoAuthSignInRequest implements WireModel {
    private final String appid;
    private final String openid;

    private WechatNoAuthSignInRequest(Builder b$, boolean check$) {
        this.appid = b$.appid;
        this.openid = b$.openid;
    }

    /** A builder of {@code WechatNoAuthSignInRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.appid = this.appid;
        b$.openid = this.openid;
        return b$;
    }

    /**
     * The mini-program's AppID.
     */
    public Optional<String> appid() {
        return Optional.ofNullable(appid);
    }

    /**
     * The WeChat user's OpenID in that mini-program.
     */
    public Optional<String> openid() {
        return Optional.ofNullable(openid);
    }

    /**
     * Reads a {@code WechatNoAuthSignInRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static WechatNoAuthSignInRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "WechatNoAuthSignInRequest");
        Builder b$ = new Builder();
        b$.appid = ModelSupport.string(ModelSupport.field(node, "appid", false), "appid");
        b$.openid = ModelSupport.string(ModelSupport.field(node, "openid", false), "openid");
        return new WechatNoAuthSignInRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "appid", this.appid);
        ModelSupport.put(out$, "openid", this.openid);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WechatNoAuthSignInRequest)) {
            return false;
        }
        WechatNoAuthSignInRequest that = (WechatNoAuthSignInRequest) other;
        return Objects.equals(this.appid, that.appid)
                && Objects.equals(this.openid, that.openid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(appid, openid);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "WechatNoAuthSignInRequest",
                "appid", "appid", this.appid, false,
                "openid", "openid", this.openid, false);
    }

    /** Builds a {@code WechatNoAuthSignInRequest}. */
    public static final class Builder {
        private String appid;
        private String openid;

        private Builder() {}

        /**
         * The mini-program's AppID.
         */
        public Builder appid(String appid) {
            this.appid = appid;
            return this;
        }

        /**
         * The WeChat user's OpenID in that mini-program.
         */
        public Builder openid(String openid) {
            this.openid = openid;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public WechatNoAuthSignInRequest build() {
            return new WechatNoAuthSignInRequest(this, true);
        }
    }
}
