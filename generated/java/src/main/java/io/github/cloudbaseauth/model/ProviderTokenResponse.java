// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ProviderTokenResponse object.
 */
public final class ProviderTokenResponse implements WireModel {
    private final String providerToken;
    private final Integer expiresIn;
    private final ProviderProfile providerProfile;
    private final String code;
    private final String errorCode;

    private ProviderTokenResponse(Builder b$, boolean check$) {
        this.providerToken = b$.providerToken;
        this.expiresIn = b$.expiresIn;
        this.providerProfile = b$.providerProfile;
        this.code = b$.code;
        this.errorCode = b$.errorCode;
        if (check$) {
            ModelSupport.required(this.providerToken, "ProviderTokenResponse", "providerToken");
            ModelSupport.required(this.expiresIn, "ProviderTokenResponse", "expiresIn");
        }
    }

    /** A builder of {@code ProviderTokenResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerToken = this.providerToken;
        b$.expiresIn = this.expiresIn;
        b$.providerProfile = this.providerProfile;
        b$.code = this.code;
        b$.errorCode = this.errorCode;
        return b$;
    }

    /**
     * For <code>signin/with/provider</code> or <code>user/provider/bind</code>.
     */
    public String providerToken() {
        return providerToken;
    }

    /**
     * Seconds the provider token stays valid.
     */
    public int expiresIn() {
        return expiresIn;
    }

    /**
     * What the provider says about the user.
     */
    public Optional<ProviderProfile> providerProfile() {
        return Optional.ofNullable(providerProfile);
    }

    /**
     * A failure code; set (without a usable token) only when the service reports an error in a 200 answer,
     * as it does through the WeChat tunnel.
     */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /**
     * Likewise a failure code in a 200 answer; the official SDK treats any truthy value as an error.
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * Reads a {@code ProviderTokenResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ProviderTokenResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ProviderTokenResponse");
        Builder b$ = new Builder();
        b$.providerToken = ModelSupport.string(ModelSupport.field(node, "provider_token", true), "provider_token");
        b$.expiresIn = ModelSupport.int32(ModelSupport.field(node, "expires_in", true), "expires_in");
        b$.providerProfile = ModelSupport.model(ModelSupport.field(node, "provider_profile", false), "provider_profile", ProviderProfile::fromJson);
        b$.code = ModelSupport.string(ModelSupport.field(node, "code", false), "code");
        b$.errorCode = ModelSupport.string(ModelSupport.field(node, "error_code", false), "error_code");
        return new ProviderTokenResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_token", this.providerToken);
        ModelSupport.put(out$, "expires_in", this.expiresIn);
        ModelSupport.put(out$, "provider_profile", this.providerProfile);
        ModelSupport.put(out$, "code", this.code);
        ModelSupport.put(out$, "error_code", this.errorCode);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProviderTokenResponse)) {
            return false;
        }
        ProviderTokenResponse that = (ProviderTokenResponse) other;
        return Objects.equals(this.providerToken, that.providerToken)
                && Objects.equals(this.expiresIn, that.expiresIn)
                && Objects.equals(this.providerProfile, that.providerProfile)
                && Objects.equals(this.code, that.code)
                && Objects.equals(this.errorCode, that.errorCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerToken, expiresIn, providerProfile, code, errorCode);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ProviderTokenResponse",
                "providerToken", "provider_token", this.providerToken, true,
                "expiresIn", "expires_in", this.expiresIn, false,
                "providerProfile", "provider_profile", this.providerProfile, false,
                "code", "code", this.code, false,
                "errorCode", "error_code", this.errorCode, false);
    }

    /** Builds a {@code ProviderTokenResponse}. */
    public static final class Builder {
        private String providerToken;
        private Integer expiresIn;
        private ProviderProfile providerProfile;
        private String code;
        private String errorCode;

        private Builder() {}

        /**
         * For <code>signin/with/provider</code> or <code>user/provider/bind</code>.
         */
        public Builder providerToken(String providerToken) {
            this.providerToken = providerToken;
            return this;
        }

        /**
         * Seconds the provider token stays valid.
         */
        public Builder expiresIn(Integer expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * What the provider says about the user.
         */
        public Builder providerProfile(ProviderProfile providerProfile) {
            this.providerProfile = providerProfile;
            return this;
        }

        /**
         * A failure code; set (without a usable token) only when the service reports an error in a 200 answer,
         * as it does through the WeChat tunnel.
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * Likewise a failure code in a 200 answer; the official SDK treats any truthy value as an error.
         */
        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public ProviderTokenResponse build() {
            return new ProviderTokenResponse(this, true);
        }
    }
}
