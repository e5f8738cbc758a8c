// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A captcha.
 */
public final class CaptchaDataResponse implements WireModel {
    private final String data;
    private final String token;
    private final Integer expiresIn;
    private final String type;

    private CaptchaDataResponse(Builder b$, boolean check$) {
        this.data = b$.data;
        this.token = b$.token;
        this.expiresIn = b$.expiresIn;
        this.type = b$.type;
        if (check$) {
            ModelSupport.required(this.data, "CaptchaDataResponse", "data");
            ModelSupport.required(this.token, "CaptchaDataResponse", "token");
            ModelSupport.required(this.expiresIn, "CaptchaDataResponse", "expiresIn");
        }
    }

    /** A builder of {@code CaptchaDataResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.data = this.data;
        b$.token = this.token;
        b$.expiresIn = this.expiresIn;
        b$.type = this.type;
        return b$;
    }

    /**
     * The captcha image as a data URI (<code>data:image/...;base64,...</code>).
     */
    public String data() {
        return data;
    }

    /**
     * Names this captcha for <code>POST /captcha/data/verify</code>.
     */
    public String token() {
        return token;
    }

    /**
     * Seconds the captcha stays valid (300).
     */
    public int expiresIn() {
        return expiresIn;
    }

    /**
     * <code>image</code>.
     */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /**
     * Reads a {@code CaptchaDataResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static CaptchaDataResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "CaptchaDataResponse");
        Builder b$ = new Builder();
        b$.data = ModelSupport.string(ModelSupport.field(node, "data", true), "data");
        b$.token = ModelSupport.string(ModelSupport.field(node, "token", true), "token");
        b$.expiresIn = ModelSupport.int32(ModelSupport.field(node, "expires_in", true), "expires_in");
        b$.type = ModelSupport.string(ModelSupport.field(node, "type", false), "type");
        return new CaptchaDataResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "data", this.data);
        ModelSupport.put(out$, "token", this.token);
        ModelSupport.put(out$, "expires_in", this.expiresIn);
        ModelSupport.put(out$, "type", this.type);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CaptchaDataResponse)) {
            return false;
        }
        CaptchaDataResponse that = (CaptchaDataResponse) other;
        return Objects.equals(this.data, that.data)
                && Objects.equals(this.token, that.token)
                && Objects.equals(this.expiresIn, that.expiresIn)
                && Objects.equals(this.type, that.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(data, token, expiresIn, type);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "CaptchaDataResponse",
                "data", "data", this.data, false,
                "token", "token", this.token, true,
                "expiresIn", "expires_in", this.expiresIn, false,
                "type", "type", this.type, false);
    }

    /** Builds a {@code CaptchaDataResponse}. */
    public static final class Builder {
        private String data;
        private String token;
        private Integer expiresIn;
        private String type;

        private Builder() {}

        /**
         * The captcha image as a data URI (<code>data:image/...;base64,...</code>).
         */
        public Builder data(String data) {
            this.data = data;
            return this;
        }

        /**
         * Names this captcha for <code>POST /captcha/data/verify</code>.
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * Seconds the captcha stays valid (300).
         */
        public Builder expiresIn(Integer expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * <code>image</code>.
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public CaptchaDataResponse build() {
            return new CaptchaDataResponse(this, true);
        }
    }
}
