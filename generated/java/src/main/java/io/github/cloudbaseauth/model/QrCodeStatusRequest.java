// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which QR code (camelCase, as the official SDK sends it).
 */
public final class QrCodeStatusRequest implements WireModel {
    private final String qrCodeId;
    private final String envId;
    private final String wxAppId;

    private QrCodeStatusRequest(Builder b$, boolean check$) {
        this.qrCodeId = b$.qrCodeId;
        this.envId = b$.envId;
        this.wxAppId = b$.wxAppId;
        if (check$) {
            ModelSupport.required(this.qrCodeId, "QrCodeStatusRequest", "qrCodeId");
            ModelSupport.required(this.envId, "QrCodeStatusRequest", "envId");
            ModelSupport.required(this.wxAppId, "QrCodeStatusRequest", "wxAppId");
        }
    }

    /** A builder of {@code QrCodeStatusRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.qrCodeId = this.qrCodeId;
        b$.envId = this.envId;
        b$.wxAppId = this.wxAppId;
        return b$;
    }

    /**
     * From <code>POST /qrcode/generate</code>.
     */
    public String qrCodeId() {
        return qrCodeId;
    }

    /**
     * The CloudBase environment ID.
     */
    public String envId() {
        return envId;
    }

    /**
     * The mini-program's AppID.
     */
    public String wxAppId() {
        return wxAppId;
    }

    /**
     * Reads a {@code QrCodeStatusRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static QrCodeStatusRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "QrCodeStatusRequest");
        Builder b$ = new Builder();
        b$.qrCodeId = ModelSupport.string(ModelSupport.field(node, "qrCodeId", true), "qrCodeId");
        b$.envId = ModelSupport.string(ModelSupport.field(node, "envId", true), "envId");
        b$.wxAppId = ModelSupport.string(ModelSupport.field(node, "wxAppId", true), "wxAppId");
        return new QrCodeStatusRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "qrCodeId", this.qrCodeId);
        ModelSupport.put(out$, "envId", this.envId);
        ModelSupport.put(out$, "wxAppId", this.wxAppId);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof QrCodeStatusRequest)) {
            return false;
        }
        QrCodeStatusRequest that = (QrCodeStatusRequest) other;
        return Objects.equals(this.qrCodeId, that.qrCodeId)
                && Objects.equals(this.envId, that.envId)
                && Objects.equals(this.wxAppId, that.wxAppId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(qrCodeId, envId, wxAppId);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "QrCodeStatusRequest",
                "qrCodeId", "qrCodeId", this.qrCodeId, false,
                "envId", "envId", this.envId, false,
                "wxAppId", "wxAppId", this.wxAppId, false);
    }

    /** Builds a {@code QrCodeStatusRequest}. */
    public static final class Builder {
        private String qrCodeId;
        private String envId;
        private String wxAppId;

        private Builder() {}

        /**
         * From <code>POST /qrcode/generate</code>.
         */
        public Builder qrCodeId(String qrCodeId) {
            this.qrCodeId = qrCodeId;
            return this;
        }

        /**
         * The CloudBase environment ID.
         */
        public Builder envId(String envId) {
            this.envId = envId;
            return this;
        }

        /**
         * The mini-program's AppID.
         */
        public Builder wxAppId(String wxAppId) {
            this.wxAppId = wxAppId;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public QrCodeStatusRequest build() {
            return new QrCodeStatusRequest(this, true);
        }
    }
}
