// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to send the code; a phone number or an email, not both.
 */
public final class VerificationRequest implements WireModel {
    private final String phoneNumber;
    private final String email;
    private final String target;
    private final String usage;
    private final String emailRedirectTo;
    private final String captchaToken;
    private final String xCaptchaToken;

    private VerificationRequest(Builder b$, boolean check$) {
        this.phoneNumber = b$.phoneNumber;
        this.email = b$.email;
        this.target = b$.target;
        this.usage = b$.usage;
        this.emailRedirectTo = b$.emailRedirectTo;
        this.captchaToken = b$.captchaToken;
        this.xCaptchaToken = b$.xCaptchaToken;
    }

    /** A builder of {@code VerificationRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.phoneNumber = this.phoneNumber;
        b$.email = this.email;
        b$.target = this.target;
        b$.usage = this.usage;
        b$.emailRedirectTo = this.emailRedirectTo;
        b$.captchaToken = this.captchaToken;
        b$.xCaptchaToken = this.xCaptchaToken;
        return b$;
    }

    /**
     * <code>+86 13800000000</code>.
     */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /**
     * The email address to send the code to (<code>alice&#64;example.com</code>); or
     * <code>phone_number</code>, not both.
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * Who may receive the code; <code>ANY</code> when omitted (inferred from the official SDK, which omits
     * it). One of: ANY, USER, NOT_USER, CUR_USER.
     */
    public Optional<String> target() {
        return Optional.ofNullable(target);
    }

    /**
     * What the code is for. One of: REGISTER, SIGN_IN, PASSWORD_RESET, EMAIL_ADDRESS_CHANGE,
     * PHONE_NUMBER_CHANGE.
     */
    public Optional<String> usage() {
        return Optional.ofNullable(usage);
    }

    /**
     * Magic-link URL for email codes.
     */
    public Optional<String> emailRedirectTo() {
        return Optional.ofNullable(emailRedirectTo);
    }

    /**
     * The <code>captcha_token</code> from <code>POST /captcha/data/verify</code>, after a
     * <code>captcha_required</code> error (the official SDK sends it here). (Sent as the query parameter
     * captcha_token.)
     */
    public Optional<String> captchaToken() {
        return Optional.ofNullable(captchaToken);
    }

    /**
     * Captcha token, after a <code>captcha_required</code> error (the docs send it here). (Sent as the
     * header parameter x-captcha-token.)
     */
    public Optional<String> xCaptchaToken() {
        return Optional.ofNullable(xCaptchaToken);
    }

    /**
     * Reads a {@code VerificationRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static VerificationRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "VerificationRequest");
        Builder b$ = new Builder();
        b$.phoneNumber = ModelSupport.string(ModelSupport.field(node, "phone_number", false), "phone_number");
        b$.email = ModelSupport.string(ModelSupport.field(node, "email", false), "email");
        b$.target = ModelSupport.string(ModelSupport.field(node, "target", false), "target");
        b$.usage = ModelSupport.string(ModelSupport.field(node, "usage", false), "usage");
        b$.emailRedirectTo = ModelSupport.string(ModelSupport.field(node, "email_redirect_to", false), "email_redirect_to");
        return new VerificationRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "phone_number", this.phoneNumber);
        ModelSupport.put(out$, "email", this.email);
        ModelSupport.put(out$, "target", this.target);
        ModelSupport.put(out$, "usage", this.usage);
        ModelSupport.put(out$, "email_redirect_to", this.emailRedirectTo);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof VerificationRequest)) {
            return false;
        }
        VerificationRequest that = (VerificationRequest) other;
        return Objects.equals(this.phoneNumber, that.phoneNumber)
                && Objects.equals(this.email, that.email)
                && Objects.equals(this.target, that.target)
                && Objects.equals(this.usage, that.usage)
                && Objects.equals(this.emailRedirectTo, that.emailRedirectTo)
                && Objects.equals(this.captchaToken, that.captchaToken)
                && Objects.equals(this.xCaptchaToken, that.xCaptchaToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phoneNumber, email, target, usage, emailRedirectTo, captchaToken, xCaptchaToken);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "VerificationRequest",
                "phoneNumber", "phone_number", this.phoneNumber, false,
                "email", "email", this.email, false,
                "target", "target", this.target, false,
                "usage", "usage", this.usage, false,
                "emailRedirectTo", "email_redirect_to", this.emailRedirectTo, false,
                "captchaToken", "captcha_token", this.captchaToken, true,
                "xCaptchaToken", "x-captcha-token", this.xCaptchaToken, true);
    }

    /** Builds a {@code VerificationRequest}. */
    public static final class Builder {
        private String phoneNumber;
        private String email;
        private String target;
        private String usage;
        private String emailRedirectTo;
        private String captchaToken;
        private String xCaptchaToken;

        private Builder() {}

        /**
         * <code>+86 13800000000</code>.
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * The email address to send the code to (<code>alice&#64;example.com</code>); or
         * <code>phone_number</code>, not both.
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Who may receive the code; <code>ANY</code> when omitted (inferred from the official SDK, which omits
         * it). One of: ANY, USER, NOT_USER, CUR_USER.
         */
        public Builder target(String target) {
            this.target = target;
            return this;
        }

        /**
         * What the code is for. One of: REGISTER, SIGN_IN, PASSWORD_RESET, EMAIL_ADDRESS_CHANGE,
         * PHONE_NUMBER_CHANGE.
         */
        public Builder usage(String usage) {
            this.usage = usage;
            return this;
        }

        /**
         * Magic-link URL for email codes.
         */
        public Builder emailRedirectTo(String emailRedirectTo) {
            this.emailRedirectTo = emailRedirectTo;
            return this;
        }

        /**
         * The <code>captcha_token</code> from <code>POST /captcha/data/verify</code>, after a
         * <code>captcha_required</code> error (the official SDK sends it here). (Sent as the query parameter
         * captcha_token.)
         */
        public Builder captchaToken(String captchaToken) {
            this.captchaToken = captchaToken;
            return this;
        }

        /**
         * Captcha token, after a <code>captcha_required</code> error (the docs send it here). (Sent as the
         * header parameter x-captcha-token.)
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
        public VerificationRequest build() {
            return new VerificationRequest(this, true);
        }
    }
}
