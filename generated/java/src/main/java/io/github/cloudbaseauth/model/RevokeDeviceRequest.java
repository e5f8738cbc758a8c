// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of revokeDevice.
 */
public final class RevokeDeviceRequest implements WireModel {
    private final String deviceId;

    private RevokeDeviceRequest(Builder b$, boolean check$) {
        this.deviceId = b$.deviceId;
        if (check$) {
            ModelSupport.required(this.deviceId, "RevokeDeviceRequest", "deviceId");
        }
    }

    /** A builder of {@code RevokeDeviceRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.deviceId = this.deviceId;
        return b$;
    }

    /**
     * The device ID (<code>x-device-id</code>) whose sessions end. (Sent as the path parameter device_id.)
     */
    public String deviceId() {
        return deviceId;
    }

    /**
     * Reads a {@code RevokeDeviceRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static RevokeDeviceRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "RevokeDeviceRequest");
        Builder b$ = new Builder();
        return new RevokeDeviceRequest(b$, false);
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
        if (!(other instanceof RevokeDeviceRequest)) {
            return false;
        }
        RevokeDeviceRequest that = (RevokeDeviceRequest) other;
        return Objects.equals(this.deviceId, that.deviceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceId);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "RevokeDeviceRequest",
                "deviceId", "device_id", this.deviceId, false);
    }

    /** Builds a {@code RevokeDeviceRequest}. */
    public static final class Builder {
        private String deviceId;

        private Builder() {}

        /**
         * The device ID (<code>x-device-id</code>) whose sessions end. (Sent as the path parameter device_id.)
         */
        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public RevokeDeviceRequest build() {
            return new RevokeDeviceRequest(this, true);
        }
    }
}
