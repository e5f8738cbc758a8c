// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Provider-specific parameters; WeChat mini-programs send which identity to use and the phone code.
 */
public final class ProviderParams implements WireModel {
    private final String providerCodeType;
    private final String appid;
    private final String code;

    private ProviderParams(Builder b$, boolean check$) {
        this.providerCodeType = b$.providerCodeType;
        this.appid = b$.appid;
        this.code = b$.code;
    }

    /** A builder of {@code ProviderParams}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerCodeType = this.providerCodeType;
        b$.appid = this.appid;
        b$.code = this.code;
        return b$;
    }

    /**
     * <code>open_id</code> (default), <code>union_id</code>, or <code>phone</code> (with the phone code in
     * <code>code</code>). One of: open_id, union_id, phone.
     */
    public Optional<String> providerCodeType() {
        return Optional.ofNullable(providerCodeType);
    }

    /**
     * The mini-program's AppID (the official SDK sends it; the same as <code>provider_id</code>).
     */
    public Optional<String> appid() {
        return Optional.ofNullable(appid);
    }

    /**
     * The <code>getPhoneNumber</code> code, for <code>provider_code_type</code> <code>phone</code>.
     */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /**
     * Reads a {@code ProviderParams} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ProviderParams fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ProviderParams");
        Builder b$ = new Builder();
        b$.providerCodeType = ModelSupport.string(ModelSupport.field(node, "provider_code_type", false), "provider_code_type");
        b$.appid = ModelSupport.string(ModelSupport.field(node, "appid", false), "appid");
        b$.code = ModelSupport.string(ModelSupport.field(node, "code", false), "code");
        return new ProviderParams(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_code_type", this.providerCodeType);
        ModelSupport.put(out$, "appid", this.appid);
        ModelSupport.put(out$, "code", this.code);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProviderParams)) {
            return false;
        }
        ProviderParams that = (ProviderParams) other;
        return Objects.equals(this.providerCodeType, that.providerCodeType)
                && Objects.equals(this.appid, that.appid)
                && Objects.equals(this.code, that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerCodeType, appid, code);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ProviderParams",
                "providerCodeType", "provider_code_type", this.providerCodeType, false,
                "appid", "appid", this.appid, false,
                "code", "code", this.code, true);
    }

    /** Builds a {@code ProviderParams}. */
    public static final class Builder {
        private String providerCodeType;
        private String appid;
        private String code;

        private Builder() {}

        /**
         * <code>open_id</code> (default), <code>union_id</code>, or <code>phone</code> (with the phone code in
         * <code>code</code>). One of: open_id, union_id, phone.
         */
        public Builder providerCodeType(String providerCodeType) {
            this.providerCodeType = providerCodeType;
            return this;
        }

        /**
         * The mini-program's AppID (the official SDK sends it; the same as <code>provider_id</code>).
         */
        public Builder appid(String appid) {
            this.appid = appid;
            return this;
        }

        /**
         * The <code>getPhoneNumber</code> code, for <code>provider_code_type</code> <code>phone</code>.
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public ProviderParams build() {
            return new ProviderParams(this, true);
        }
    }
}
