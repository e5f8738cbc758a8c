// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which mini-program's code to create (camelCase, as the official SDK sends it).
 */
public final class QrCodeRequest implements WireModel {
    private final String envId;
    private final String wxAppId;

    private QrCodeRequest(Builder b$, boolean check$) {
        this.envId = b$.envId;
        this.wxAppId = b$.wxAppId;
        if (check$) {
            ModelSupport.required(this.envId, "QrCodeRequest", "envId");
            ModelSupport.required(this.wxAppId, "QrCodeRequest", "wxAppId");
        }
    }

    /** A builder of {@code QrCodeRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.envId = this.envId;
        b$.wxAppId = this.wxAppId;
        return b$;
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
     * Reads a {@code QrCodeRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static QrCodeRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "QrCodeRequest");
        Builder b$ = new Builder();
        b$.envId = ModelSupport.string(ModelSupport.field(node, "envId", true), "envId");
        b$.wxAppId = ModelSupport.string(ModelSupport.field(node, "wxAppId", true), "wxAppId");
        return new QrCodeRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "envId", this.envId);
        ModelSupport.put(out$, "wxAppId", this.wxAppId);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof QrCodeRequest)) {
            return false;
        }
        QrCodeRequest that = (QrCodeRequest) other;
        return Objects.equals(this.envId, that.envId)
                && Objects.equals(this.wxAppId, that.wxAppId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(envId, wxAppId);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "QrCodeRequest",
                "envId", "envId", this.envId, false,
                "wxAppId", "wxAppId", this.wxAppId, false);
    }

    /** Builds a {@code QrCodeRequest}. */
    public static final class Builder {
        private String envId;
        private String wxAppId;

        private Builder() {}

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
        public QrCodeRequest build() {
            return new QrCodeRequest(this, true);
        }
    }
}
