// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to attach to the provider token.
 */
public final class PatchProviderParams implements WireModel {
    private final String providerCodeType;
    private final String code;
    private final String encryptedData;
    private final String iv;

    private PatchProviderParams(Builder b$, boolean check$) {
        this.providerCodeType = b$.providerCodeType;
        this.code = b$.code;
        this.encryptedData = b$.encryptedData;
        this.iv = b$.iv;
    }

    /** A builder of {@code PatchProviderParams}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerCodeType = this.providerCodeType;
        b$.code = this.code;
        b$.encryptedData = this.encryptedData;
        b$.iv = this.iv;
        return b$;
    }

    /**
     * <code>phone</code> to attach a phone number. One of: open_id, union_id, phone.
     */
    public Optional<String> providerCodeType() {
        return Optional.ofNullable(providerCodeType);
    }

    /**
     * The <code>getPhoneNumber</code> code.
     */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /**
     * The older <code>getPhoneNumber</code> flow's encrypted data (not supported by the emulator).
     */
    public Optional<String> encryptedData() {
        return Optional.ofNullable(encryptedData);
    }

    /**
     * The older flow's initialisation vector, with <code>encryptedData</code>.
     */
    public Optional<String> iv() {
        return Optional.ofNullable(iv);
    }

    /**
     * Reads a {@code PatchProviderParams} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static PatchProviderParams fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "PatchProviderParams");
        Builder b$ = new Builder();
        b$.providerCodeType = ModelSupport.string(ModelSupport.field(node, "provider_code_type", false), "provider_code_type");
        b$.code = ModelSupport.string(ModelSupport.field(node, "code", false), "code");
        b$.encryptedData = ModelSupport.string(ModelSupport.field(node, "encryptedData", false), "encryptedData");
        b$.iv = ModelSupport.string(ModelSupport.field(node, "iv", false), "iv");
        return new PatchProviderParams(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_code_type", this.providerCodeType);
        ModelSupport.put(out$, "code", this.code);
        ModelSupport.put(out$, "encryptedData", this.encryptedData);
        ModelSupport.put(out$, "iv", this.iv);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PatchProviderParams)) {
            return false;
        }
        PatchProviderParams that = (PatchProviderParams) other;
        return Objects.equals(this.providerCodeType, that.providerCodeType)
                && Objects.equals(this.code, that.code)
                && Objects.equals(this.encryptedData, that.encryptedData)
                && Objects.equals(this.iv, that.iv);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerCodeType, code, encryptedData, iv);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "PatchProviderParams",
                "providerCodeType", "provider_code_type", this.providerCodeType, false,
                "code", "code", this.code, true,
                "encryptedData", "encryptedData", this.encryptedData, true,
                "iv", "iv", this.iv, false);
    }

    /** Builds a {@code PatchProviderParams}. */
    public static final class Builder {
        private String providerCodeType;
        private String code;
        private String encryptedData;
        private String iv;

        private Builder() {}

        /**
         * <code>phone</code> to attach a phone number. One of: open_id, union_id, phone.
         */
        public Builder providerCodeType(String providerCodeType) {
            this.providerCodeType = providerCodeType;
            return this;
        }

        /**
         * The <code>getPhoneNumber</code> code.
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * The older <code>getPhoneNumber</code> flow's encrypted data (not supported by the emulator).
         */
        public Builder encryptedData(String encryptedData) {
            this.encryptedData = encryptedData;
            return this;
        }

        /**
         * The older flow's initialisation vector, with <code>encryptedData</code>.
         */
        public Builder iv(String iv) {
            this.iv = iv;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public PatchProviderParams build() {
            return new PatchProviderParams(this, true);
        }
    }
}
