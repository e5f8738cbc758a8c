// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider token, and optionally its provider.
 */
public final class ProviderSignInRequest implements WireModel {
    private final String providerToken;
    private final String providerId;
    private final Boolean forceDisableSignUp;
    private final Boolean syncProfile;

    private ProviderSignInRequest(Builder b$, boolean check$) {
        this.providerToken = b$.providerToken;
        this.providerId = b$.providerId;
        this.forceDisableSignUp = b$.forceDisableSignUp;
        this.syncProfile = b$.syncProfile;
        if (check$) {
            ModelSupport.required(this.providerToken, "ProviderSignInRequest", "providerToken");
        }
    }

    /** A builder of {@code ProviderSignInRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerToken = this.providerToken;
        b$.providerId = this.providerId;
        b$.forceDisableSignUp = this.forceDisableSignUp;
        b$.syncProfile = this.syncProfile;
        return b$;
    }

    /**
     * From <code>POST /provider/token</code>.
     */
    public String providerToken() {
        return providerToken;
    }

    /**
     * Such as <code>github</code> or <code>wx_open</code>; optional (the token names its provider), and
     * when sent it must match.
     */
    public Optional<String> providerId() {
        return Optional.ofNullable(providerId);
    }

    /**
     * Fail instead of creating a user.
     */
    public Optional<Boolean> forceDisableSignUp() {
        return Optional.ofNullable(forceDisableSignUp);
    }

    /**
     * Copy the provider's profile to the user.
     */
    public Optional<Boolean> syncProfile() {
        return Optional.ofNullable(syncProfile);
    }

    /**
     * Reads a {@code ProviderSignInRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ProviderSignInRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ProviderSignInRequest");
        Builder b$ = new Builder();
        b$.providerToken = ModelSupport.string(ModelSupport.field(node, "provider_token", true), "provider_token");
        b$.providerId = ModelSupport.string(ModelSupport.field(node, "provider_id", false), "provider_id");
        b$.forceDisableSignUp = ModelSupport.bool(ModelSupport.field(node, "force_disable_sign_up", false), "force_disable_sign_up");
        b$.syncProfile = ModelSupport.bool(ModelSupport.field(node, "sync_profile", false), "sync_profile");
        return new ProviderSignInRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_token", this.providerToken);
        ModelSupport.put(out$, "provider_id", this.providerId);
        ModelSupport.put(out$, "force_disable_sign_up", this.forceDisableSignUp);
        ModelSupport.put(out$, "sync_profile", this.syncProfile);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProviderSignInRequest)) {
            return false;
        }
        ProviderSignInRequest that = (ProviderSignInRequest) other;
        return Objects.equals(this.providerToken, that.providerToken)
                && Objects.equals(this.providerId, that.providerId)
                && Objects.equals(this.forceDisableSignUp, that.forceDisableSignUp)
                && Objects.equals(this.syncProfile, that.syncProfile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerToken, providerId, forceDisableSignUp, syncProfile);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ProviderSignInRequest",
                "providerToken", "provider_token", this.providerToken, true,
                "providerId", "provider_id", this.providerId, false,
                "forceDisableSignUp", "force_disable_sign_up", this.forceDisableSignUp, false,
                "syncProfile", "sync_profile", this.syncProfile, false);
    }

    /** Builds a {@code ProviderSignInRequest}. */
    public static final class Builder {
        private String providerToken;
        private String providerId;
        private Boolean forceDisableSignUp;
        private Boolean syncProfile;

        private Builder() {}

        /**
         * From <code>POST /provider/token</code>.
         */
        public Builder providerToken(String providerToken) {
            this.providerToken = providerToken;
            return this;
        }

        /**
         * Such as <code>github</code> or <code>wx_open</code>; optional (the token names its provider), and
         * when sent it must match.
         */
        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        /**
         * Fail instead of creating a user.
         */
        public Builder forceDisableSignUp(Boolean forceDisableSignUp) {
            this.forceDisableSignUp = forceDisableSignUp;
            return this;
        }

        /**
         * Copy the provider's profile to the user.
         */
        public Builder syncProfile(Boolean syncProfile) {
            this.syncProfile = syncProfile;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public ProviderSignInRequest build() {
            return new ProviderSignInRequest(this, true);
        }
    }
}
