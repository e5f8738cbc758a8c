// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A device authorization (RFC 8628 section 3.2).
 */
public final class DeviceCodeResponse implements WireModel {
    private final String deviceCode;
    private final Integer expiresIn;
    private final Integer interval;
    private final String userCode;
    private final String verificationUri;
    private final String verificationUriComplete;

    private DeviceCodeResponse(Builder b$, boolean check$) {
        this.deviceCode = b$.deviceCode;
        this.expiresIn = b$.expiresIn;
        this.interval = b$.interval;
        this.userCode = b$.userCode;
        this.verificationUri = b$.verificationUri;
        this.verificationUriComplete = b$.verificationUriComplete;
        if (check$) {
            ModelSupport.required(this.deviceCode, "DeviceCodeResponse", "deviceCode");
            ModelSupport.required(this.expiresIn, "DeviceCodeResponse", "expiresIn");
            ModelSupport.required(this.interval, "DeviceCodeResponse", "interval");
        }
    }

    /** A builder of {@code DeviceCodeResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.deviceCode = this.deviceCode;
        b$.expiresIn = this.expiresIn;
        b$.interval = this.interval;
        b$.userCode = this.userCode;
        b$.verificationUri = this.verificationUri;
        b$.verificationUriComplete = this.verificationUriComplete;
        return b$;
    }

    /**
     * The device's secret, for polling <code>POST /token</code>.
     */
    public String deviceCode() {
        return deviceCode;
    }

    /**
     * Seconds the codes stay valid.
     */
    public int expiresIn() {
        return expiresIn;
    }

    /**
     * Seconds to wait between polls.
     */
    public int interval() {
        return interval;
    }

    /**
     * The code the user types in, <code>XXXX-XXXX</code> (letters and digits without 0, 1, I, O).
     */
    public Optional<String> userCode() {
        return Optional.ofNullable(userCode);
    }

    /**
     * Where the user goes to type the code.
     */
    public Optional<String> verificationUri() {
        return Optional.ofNullable(verificationUri);
    }

    /**
     * The same page with the code filled in (for a QR code).
     */
    public Optional<String> verificationUriComplete() {
        return Optional.ofNullable(verificationUriComplete);
    }

    /**
     * Reads a {@code DeviceCodeResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static DeviceCodeResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "DeviceCodeResponse");
        Builder b$ = new Builder();
        b$.deviceCode = ModelSupport.string(ModelSupport.field(node, "device_code", true), "device_code");
        b$.expiresIn = ModelSupport.int32(ModelSupport.field(node, "expires_in", true), "expires_in");
        b$.interval = ModelSupport.int32(ModelSupport.field(node, "interval", true), "interval");
        b$.userCode = ModelSupport.string(ModelSupport.field(node, "user_code", false), "user_code");
        b$.verificationUri = ModelSupport.string(ModelSupport.field(node, "verification_uri", false), "verification_uri");
        b$.verificationUriComplete = ModelSupport.string(ModelSupport.field(node, "verification_uri_complete", false), "verification_uri_complete");
        return new DeviceCodeResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "device_code", this.deviceCode);
        ModelSupport.put(out$, "expires_in", this.expiresIn);
        ModelSupport.put(out$, "interval", this.interval);
        ModelSupport.put(out$, "user_code", this.userCode);
        ModelSupport.put(out$, "verification_uri", this.verificationUri);
        ModelSupport.put(out$, "verification_uri_complete", this.verificationUriComplete);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeviceCodeResponse)) {
            return false;
        }
        DeviceCodeResponse that = (DeviceCodeResponse) other;
        return Objects.equals(this.deviceCode, that.deviceCode)
                && Objects.equals(this.expiresIn, that.expiresIn)
                && Objects.equals(this.interval, that.interval)
                && Objects.equals(this.userCode, that.userCode)
                && Objects.equals(this.verificationUri, that.verificationUri)
                && Objects.equals(this.verificationUriComplete, that.verificationUriComplete);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceCode, expiresIn, interval, userCode, verificationUri, verificationUriComplete);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "DeviceCodeResponse",
                "deviceCode", "device_code", this.deviceCode, true,
                "expiresIn", "expires_in", this.expiresIn, false,
                "interval", "interval", this.interval, false,
                "userCode", "user_code", this.userCode, false,
                "verificationUri", "verification_uri", this.verificationUri, false,
                "verificationUriComplete", "verification_uri_complete", this.verificationUriComplete, false);
    }

    /** Builds a {@code DeviceCodeResponse}. */
    public static final class Builder {
        private String deviceCode;
        private Integer expiresIn;
        private Integer interval;
        private String userCode;
        private String verificationUri;
        private String verificationUriComplete;

        private Builder() {}

        /**
         * The device's secret, for polling <code>POST /token</code>.
         */
        public Builder deviceCode(String deviceCode) {
            this.deviceCode = deviceCode;
            return this;
        }

        /**
         * Seconds the codes stay valid.
         */
        public Builder expiresIn(Integer expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * Seconds to wait between polls.
         */
        public Builder interval(Integer interval) {
            this.interval = interval;
            return this;
        }

        /**
         * The code the user types in, <code>XXXX-XXXX</code> (letters and digits without 0, 1, I, O).
         */
        public Builder userCode(String userCode) {
            this.userCode = userCode;
            return this;
        }

        /**
         * Where the user goes to type the code.
         */
        public Builder verificationUri(String verificationUri) {
            this.verificationUri = verificationUri;
            return this;
        }

        /**
         * The same page with the code filled in (for a QR code).
         */
        public Builder verificationUriComplete(String verificationUriComplete) {
            this.verificationUriComplete = verificationUriComplete;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public DeviceCodeResponse build() {
            return new DeviceCodeResponse(this, true);
        }
    }
}
