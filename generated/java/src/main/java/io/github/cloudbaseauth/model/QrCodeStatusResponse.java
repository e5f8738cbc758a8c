// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the scan stands.
 */
public final class QrCodeStatusResponse implements WireModel {
    private final String status;
    private final Integer expiresIn;
    private final String providerToken;

    private QrCodeStatusResponse(Builder b$, boolean check$) {
        this.status = b$.status;
        this.expiresIn = b$.expiresIn;
        this.providerToken = b$.providerToken;
        if (check$) {
            ModelSupport.required(this.status, "QrCodeStatusResponse", "status");
            ModelSupport.required(this.expiresIn, "QrCodeStatusResponse", "expiresIn");
        }
    }

    /** A builder of {@code QrCodeStatusResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.status = this.status;
        b$.expiresIn = this.expiresIn;
        b$.providerToken = this.providerToken;
        return b$;
    }

    /**
     * The scan's state: <code>WAITING</code>, <code>SCANNED</code>, <code>CONFIRMED</code>,
     * <code>CANCELLED</code> or <code>EXPIRED</code> as far as known (the names are inferred); another
     * value may come, and clients keep it as it is.
     */
    public String status() {
        return status;
    }

    /**
     * Seconds left of the QR code, or of the provider token once confirmed.
     */
    public int expiresIn() {
        return expiresIn;
    }

    /**
     * Once <code>CONFIRMED</code>, for <code>POST /signin/with/provider</code>.
     */
    public Optional<String> providerToken() {
        return Optional.ofNullable(providerToken);
    }

    /**
     * Reads a {@code QrCodeStatusResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static QrCodeStatusResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "QrCodeStatusResponse");
        Builder b$ = new Builder();
        b$.status = ModelSupport.string(ModelSupport.field(node, "status", true), "status");
        b$.expiresIn = ModelSupport.int32(ModelSupport.field(node, "expires_in", true), "expires_in");
        b$.providerToken = ModelSupport.string(ModelSupport.field(node, "provider_token", false), "provider_token");
        return new QrCodeStatusResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "status", this.status);
        ModelSupport.put(out$, "expires_in", this.expiresIn);
        ModelSupport.put(out$, "provider_token", this.providerToken);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof QrCodeStatusResponse)) {
            return false;
        }
        QrCodeStatusResponse that = (QrCodeStatusResponse) other;
        return Objects.equals(this.status, that.status)
                && Objects.equals(this.expiresIn, that.expiresIn)
                && Objects.equals(this.providerToken, that.providerToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, expiresIn, providerToken);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "QrCodeStatusResponse",
                "status", "status", this.status, false,
                "expiresIn", "expires_in", this.expiresIn, false,
                "providerToken", "provider_token", this.providerToken, true);
    }

    /** Builds a {@code QrCodeStatusResponse}. */
    public static final class Builder {
        private String status;
        private Integer expiresIn;
        private String providerToken;

        private Builder() {}

        /**
         * The scan's state: <code>WAITING</code>, <code>SCANNED</code>, <code>CONFIRMED</code>,
         * <code>CANCELLED</code> or <code>EXPIRED</code> as far as known (the names are inferred); another
         * value may come, and clients keep it as it is.
         */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /**
         * Seconds left of the QR code, or of the provider token once confirmed.
         */
        public Builder expiresIn(Integer expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * Once <code>CONFIRMED</code>, for <code>POST /signin/with/provider</code>.
         */
        public Builder providerToken(String providerToken) {
            this.providerToken = providerToken;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public QrCodeStatusResponse build() {
            return new QrCodeStatusResponse(this, true);
        }
    }
}
