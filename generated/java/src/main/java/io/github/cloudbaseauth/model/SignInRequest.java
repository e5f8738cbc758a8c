// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Either <code>username</code> + <code>password</code>, or <code>verification_token</code> (with the
 * phone number or email as <code>username</code>).
 */
public final class SignInRequest implements WireModel {
    private final String username;
    private final String password;
    private final String verificationToken;
    private final String captchaToken;
    private final String xCaptchaToken;

    private SignInRequest(Builder b$, boolean check$) {
        this.username = b$.username;
        this.password = b$.password;
        this.verificationToken = b$.verificationToken;
        this.captchaToken = b$.captchaToken;
        this.xCaptchaToken = b$.xCaptchaToken;
    }

    /** A builder of {@code SignInRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.username = this.username;
        b$.password = this.password;
        b$.verificationToken = this.verificationToken;
        b$.captchaToken = this.captchaToken;
        b$.xCaptchaToken = this.xCaptchaToken;
        return b$;
    }

    /**
     * User name, phone number (<code>+86 13800000000</code>) or email.
     */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * The account's password, exactly as the user typed it.
     */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /**
     * From <code>POST /verification/verify</code>.
     */
    public Optional<String> verificationToken() {
        return Optional.ofNullable(verificationToken);
    }

    /**
     * The <code>captcha_token</code> from <code>POST /captcha/data/verify</code>, after a
     * <code>captcha_required</code> error (the official SDK retries with it here). (Sent as the query
     * parameter captcha_token.)
     */
    public Optional<String> captchaToken() {
        return Optional.ofNullable(captchaToken);
    }

    /**
     * The same captcha token as a header, as the docs show for <code>POST /verification</code>. (Sent as
     * the header parameter x-captcha-token.)
     */
    public Optional<String> xCaptchaToken() {
        return Optional.ofNullable(xCaptchaToken);
    }

    /**
     * Reads a {@code SignInRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static SignInRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "SignInRequest");
        Builder b$ = new Builder();
        b$.username = ModelSupport.string(ModelSupport.field(node, "username", false), "username");
        b$.password = ModelSupport.string(ModelSupport.field(node, "password", false), "password");
        b$.verificationToken = ModelSupport.string(ModelSupport.field(node, "verification_token", false), "verification_token");
        return new SignInRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "username", this.username);
        ModelSupport.put(out$, "password", this.password);
        ModelSupport.put(out$, "verification_token", this.verificationToken);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SignInRequest)) {
            return false;
        }
        SignInRequest that = (SignInRequest) other;
        return Objects.equals(this.username, that.username)
                && Objects.equals(this.password, that.password)
                && Objects.equals(this.verificationToken, that.verificationToken)
                && Objects.equals(this.captchaToken, that.captchaToken)
                && Objects.equals(this.xCaptchaToken, that.xCaptchaToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, password, verificationToken, captchaToken, xCaptchaToken);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "SignInRequest",
                "username", "username", this.username, false,
                "password", "password", this.password, true,
                "verificationToken", "verification_token", this.verificationToken, true,
                "captchaToken", "captcha_token", this.captchaToken, true,
                "xCaptchaToken", "x-captcha-token", this.xCaptchaToken, true);
    }

    /** Builds a {@code SignInRequest}. */
    public static final class Builder {
        private String username;
        private String password;
        private String verificationToken;
        private String captchaToken;
        private String xCaptchaToken;

        private Builder() {}

        /**
         * User name, phone number (<code>+86 13800000000</code>) or email.
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * The account's password, exactly as the user typed it.
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * From <code>POST /verification/verify</code>.
         */
        public Builder verificationToken(String verificationToken) {
            this.verificationToken = verificationToken;
            return this;
        }

        /**
         * The <code>captcha_token</code> from <code>POST /captcha/data/verify</code>, after a
         * <code>captcha_required</code> error (the official SDK retries with it here). (Sent as the query
         * parameter captcha_token.)
         */
        public Builder captchaToken(String captchaToken) {
            this.captchaToken = captchaToken;
            return this;
        }

        /**
         * The same captcha token as a header, as the docs show for <code>POST /verification</code>. (Sent as
         * the header parameter x-captcha-token.)
         */
        public Builder xCaptchaToken(String xCaptchaToken) {
            this.xCaptchaToken = xCaptchaToken;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public SignInRequest build() {
            return new SignInRequest(this, true);
        }
    }
}
