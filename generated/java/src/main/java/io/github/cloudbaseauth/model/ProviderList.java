// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ProviderList object.
 */
public final class ProviderList implements WireModel {
    private final Integer total;
    private final List<ProviderInfo> data;

    private ProviderList(Builder b$, boolean check$) {
        this.total = b$.total;
        this.data = ModelSupport.copy(b$.data);
        if (check$) {
            ModelSupport.required(this.total, "ProviderList", "total");
            ModelSupport.required(this.data, "ProviderList", "data");
        }
    }

    /** A builder of {@code ProviderList}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.total = this.total;
        b$.data = this.data;
        return b$;
    }

    /**
     * How many providers <code>data</code> lists.
     */
    public int total() {
        return total;
    }

    /**
     * The providers.
     */
    public List<ProviderInfo> data() {
        return data == null ? List.of() : data;
    }

    /**
     * Reads a {@code ProviderList} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static ProviderList fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "ProviderList");
        Builder b$ = new Builder();
        b$.total = ModelSupport.int32(ModelSupport.field(node, "total", true), "total");
        b$.data = ModelSupport.list(ModelSupport.field(node, "data", true), "data", (n0, name0) -> ModelSupport.model(n0, name0, ProviderInfo::fromJson));
        return new ProviderList(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "total", this.total);
        ModelSupport.put(out$, "data", this.data);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProviderList)) {
            return false;
        }
        ProviderList that = (ProviderList) other;
        return Objects.equals(this.total, that.total)
                && Objects.equals(this.data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, data);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "ProviderList",
                "total", "total", this.total, false,
                "data", "data", this.data, false);
    }

    /** Builds a {@code ProviderList}. */
    public static final class Builder {
        private Integer total;
        private List<ProviderInfo> data;

        private Builder() {}

        /**
         * How many providers <code>data</code> lists.
         */
        public Builder total(Integer total) {
            this.total = total;
            return this;
        }

        /**
         * The providers.
         */
        public Builder data(List<ProviderInfo> data) {
            this.data = data;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public ProviderList build() {
            return new ProviderList(this, true);
        }
    }
}
