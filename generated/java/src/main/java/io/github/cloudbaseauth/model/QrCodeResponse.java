// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A login QR code.
 */
public final class QrCodeResponse implements WireModel {
    private final String qrCode;
    private final String qrCodeId;
    private final Integer expiresIn;

    private QrCodeResponse(Builder b$, boolean check$) {
        this.qrCode = b$.qrCode;
        this.qrCodeId = b$.qrCodeId;
        this.expiresIn = b$.expiresIn;
        if (check$) {
            ModelSupport.required(this.qrCode, "QrCodeResponse", "qrCode");
            ModelSupport.required(this.qrCodeId, "QrCodeResponse", "qrCodeId");
            ModelSupport.required(this.expiresIn, "QrCodeResponse", "expiresIn");
        }
    }

    /** A builder of {@code QrCodeResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.qrCode = this.qrCode;
        b$.qrCodeId = this.qrCodeId;
        b$.expiresIn = this.expiresIn;
        return b$;
    }

    /**
     * The mini-program code image as a data URI.
     */
    public String qrCode() {
        return qrCode;
    }

    /**
     * Names the code for <code>POST /qrcode/get/status</code>.
     */
    public String qrCodeId() {
        return qrCodeId;
    }

    /**
     * Seconds the code stays valid.
     */
    public int expiresIn() {
        return expiresIn;
    }

    /**
     * Reads a {@code QrCodeResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static QrCodeResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "QrCodeResponse");
        Builder b$ = new Builder();
        b$.qrCode = ModelSupport.string(ModelSupport.field(node, "qr_code", true), "qr_code");
        b$.qrCodeId = ModelSupport.string(ModelSupport.field(node, "qr_code_id", true), "qr_code_id");
        b$.expiresIn = ModelSupport.int32(ModelSupport.field(node, "expires_in", true), "expires_in");
        return new QrCodeResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "qr_code", this.qrCode);
        ModelSupport.put(out$, "qr_code_id", this.qrCodeId);
        ModelSupport.put(out$, "expires_in", this.expiresIn);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof QrCodeResponse)) {
            return false;
        }
        QrCodeResponse that = (QrCodeResponse) other;
        return Objects.equals(this.qrCode, that.qrCode)
                && Objects.equals(this.qrCodeId, that.qrCodeId)
                && Objects.equals(this.expiresIn, that.expiresIn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(qrCode, qrCodeId, expiresIn);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "QrCodeResponse",
                "qrCode", "qr_code", this.qrCode, false,
                "qrCodeId", "qr_code_id", this.qrCodeId, false,
                "expiresIn", "expires_in", this.expiresIn, false);
    }

    /** Builds a {@code QrCodeResponse}. */
    public static final class Builder {
        private String qrCode;
        private String qrCodeId;
        private Integer expiresIn;

        private Builder() {}

        /**
         * The mini-program code image as a data URI.
         */
        public Builder qrCode(String qrCode) {
            this.qrCode = qrCode;
            return this;
        }

        /**
         * Names the code for <code>POST /qrcode/get/status</code>.
         */
        public Builder qrCodeId(String qrCodeId) {
            this.qrCodeId = qrCodeId;
            return this;
        }

        /**
         * Seconds the code stays valid.
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
        public QrCodeResponse build() {
            return new QrCodeResponse(this, true);
        }
    }
}
