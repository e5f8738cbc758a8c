// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Proof that a captcha was solved.
 */
public final class CaptchaTokenResponse implements WireModel {
    private final String captchaToken;
    private final Integer expiresIn;

    private CaptchaTokenResponse(Builder b$, boolean check$) {
        this.captchaToken = b$.captchaToken;
        this.expiresIn = b$.expiresIn;
        if (check$) {
            ModelSupport.required(this.captchaToken, "CaptchaTokenResponse", "captchaToken");
            ModelSupport.required(this.expiresIn, "CaptchaTokenResponse", "expiresIn");
        }
    }

    /** A builder of {@code CaptchaTokenResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.captchaToken = this.captchaToken;
        b$.expiresIn = this.expiresIn;
        return b$;
    }

    /**
     * For the retried call, as the <code>captcha_token</code> query or the <code>x-captcha-token</code>
     * header; good for one call.
     */
    public String captchaToken() {
        return captchaToken;
    }

    /**
     * Seconds the captcha token stays valid (600).
     */
    public int expiresIn() {
        return expiresIn;
    }

    /**
     * Reads a {@code CaptchaTokenResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static CaptchaTokenResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "CaptchaTokenResponse");
        Builder b$ = new Builder();
        b$.captchaToken = ModelSupport.string(ModelSupport.field(node, "captcha_token", true), "captcha_token");
        b$.expiresIn = ModelSupport.int32(ModelSupport.field(node, "expires_in", true), "expires_in");
        return new CaptchaTokenResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "captcha_token", this.captchaToken);
        ModelSupport.put(out$, "expires_in", this.expiresIn);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CaptchaTokenResponse)) {
            return false;
        }
        CaptchaTokenResponse that = (CaptchaTokenResponse) other;
        return Objects.equals(this.captchaToken, that.captchaToken)
                && Objects.equals(this.expiresIn, that.expiresIn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(captchaToken, expiresIn);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "CaptchaTokenResponse",
                "captchaToken", "captcha_token", this.captchaToken, true,
                "expiresIn", "expires_in", this.expiresIn, false);
    }

    /** Builds a {@code CaptchaTokenResponse}. */
    public static final class Builder {
        private String captchaToken;
        private Integer expiresIn;

        private Builder() {}

        /**
         * For the retried call, as the <code>captcha_token</code> query or the <code>x-captcha-token</code>
         * header; good for one call.
         */
        public Builder captchaToken(String captchaToken) {
            this.captchaToken = captchaToken;
            return this;
        }

        /**
         * Seconds the captcha token stays valid (600).
         */
        public Builder expiresIn(Integer expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public CaptchaTokenResponse build() {
            return new CaptchaTokenResponse(this, true);
        }
    }
}
