// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A captcha and the user's answer.
 */
public final class VerifyCaptchaRequest implements WireModel {
    private final String token;
    private final String key;

    private VerifyCaptchaRequest(Builder b$, boolean check$) {
        this.token = b$.token;
        this.key = b$.key;
        if (check$) {
            ModelSupport.required(this.token, "VerifyCaptchaRequest", "token");
            ModelSupport.required(this.key, "VerifyCaptchaRequest", "key");
        }
    }

    /** A builder of {@code VerifyCaptchaRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.token = this.token;
        b$.key = this.key;
        return b$;
    }

    /**
     * From <code>POST /captcha/data</code>.
     */
    public String token() {
        return token;
    }

    /**
     * The text the user read off the image.
     */
    public String key() {
        return key;
    }

    /**
     * Reads a {@code VerifyCaptchaRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static VerifyCaptchaRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "VerifyCaptchaRequest");
        Builder b$ = new Builder();
        b$.token = ModelSupport.string(ModelSupport.field(node, "token", true), "token");
        b$.key = ModelSupport.string(ModelSupport.field(node, "key", true), "key");
        return new VerifyCaptchaRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "token", this.token);
        ModelSupport.put(out$, "key", this.key);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof VerifyCaptchaRequest)) {
            return false;
        }
        VerifyCaptchaRequest that = (VerifyCaptchaRequest) other;
        return Objects.equals(this.token, that.token)
                && Objects.equals(this.key, that.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(token, key);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "VerifyCaptchaRequest",
                "token", "token", this.token, true,
                "key", "key", this.key, true);
    }

    /** Builds a {@code VerifyCaptchaRequest}. */
    public static final class Builder {
        private String token;
        private String key;

        private Builder() {}

        /**
         * From <code>POST /captcha/data</code>.
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * The text the user read off the image.
         */
        public Builder key(String key) {
            this.key = key;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public VerifyCaptchaRequest build() {
            return new VerifyCaptchaRequest(this, true);
        }
    }
}
