// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the captcha will unlock.
 */
public final class CaptchaDataRequest implements WireModel {
    private final String state;
    private final String redirectUri;

    private CaptchaDataRequest(Builder b$, boolean check$) {
        this.state = b$.state;
        this.redirectUri = b$.redirectUri;
        if (check$) {
            ModelSupport.required(this.state, "CaptchaDataRequest", "state");
        }
    }

    /** A builder of {@code CaptchaDataRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.state = this.state;
        b$.redirectUri = this.redirectUri;
        return b$;
    }

    /**
     * <code>METHOD:url</code> of the call to retry, such as <code>POST:/v1/verification</code>.
     */
    public String state() {
        return state;
    }

    /**
     * The official SDK sends an empty string.
     */
    public Optional<String> redirectUri() {
        return Optional.ofNullable(redirectUri);
    }

    /**
     * Reads a {@code CaptchaDataRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static CaptchaDataRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "CaptchaDataRequest");
        Builder b$ = new Builder();
        b$.state = ModelSupport.string(ModelSupport.field(node, "state", true), "state");
        b$.redirectUri = ModelSupport.string(ModelSupport.field(node, "redirect_uri", false), "redirect_uri");
        return new CaptchaDataRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "state", this.state);
        ModelSupport.put(out$, "redirect_uri", this.redirectUri);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CaptchaDataRequest)) {
            return false;
        }
        CaptchaDataRequest that = (CaptchaDataRequest) other;
        return Objects.equals(this.state, that.state)
                && Objects.equals(this.redirectUri, that.redirectUri);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, redirectUri);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "CaptchaDataRequest",
                "state", "state", this.state, false,
                "redirectUri", "redirect_uri", this.redirectUri, false);
    }

    /** Builds a {@code CaptchaDataRequest}. */
    public static final class Builder {
        private String state;
        private String redirectUri;

        private Builder() {}

        /**
         * <code>METHOD:url</code> of the call to retry, such as <code>POST:/v1/verification</code>.
         */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /**
         * The official SDK sends an empty string.
         */
        public Builder redirectUri(String redirectUri) {
            this.redirectUri = redirectUri;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public CaptchaDataRequest build() {
            return new CaptchaDataRequest(this, true);
        }
    }
}
