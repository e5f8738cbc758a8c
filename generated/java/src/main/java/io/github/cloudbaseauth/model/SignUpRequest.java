// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A new account, proved by a <code>verification_token</code> (the phone number or email) or by a
 * <code>provider_token</code> alone (a third-party identity): at least one of the two.
 */
public final class SignUpRequest implements WireModel {
    private final String phoneNumber;
    private final String email;
    private final String verificationCode;
    private final String verificationToken;
    private final String username;
    private final String password;
    private final String name;
    private final String gender;
    private final String picture;
    private final String locale;
    private final String providerToken;
    private final String anonymousToken;

    private SignUpRequest(Builder b$, boolean check$) {
        this.phoneNumber = b$.phoneNumber;
        this.email = b$.email;
        this.verificationCode = b$.verificationCode;
        this.verificationToken = b$.verificationToken;
        this.username = b$.username;
        this.password = b$.password;
        this.name = b$.name;
        this.gender = b$.gender;
        this.picture = b$.picture;
        this.locale = b$.locale;
        this.providerToken = b$.providerToken;
        this.anonymousToken = b$.anonymousToken;
    }

    /** A builder of {@code SignUpRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.phoneNumber = this.phoneNumber;
        b$.email = this.email;
        b$.verificationCode = this.verificationCode;
        b$.verificationToken = this.verificationToken;
        b$.username = this.username;
        b$.password = this.password;
        b$.name = this.name;
        b$.gender = this.gender;
        b$.picture = this.picture;
        b$.locale = this.locale;
        b$.providerToken = this.providerToken;
        b$.anonymousToken = this.anonymousToken;
        return b$;
    }

    /**
     * <code>+86 13800000000</code> (country code, a space, the number).
     */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /**
     * The new account's email address (<code>alice&#64;example.com</code>): the one the
     * <code>verification_token</code> was issued for.
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * The code the user received (the SDK sends it too).
     */
    public Optional<String> verificationCode() {
        return Optional.ofNullable(verificationCode);
    }

    /**
     * From <code>POST /verification/verify</code>; required unless <code>provider_token</code> is sent.
     */
    public Optional<String> verificationToken() {
        return Optional.ofNullable(verificationToken);
    }

    /**
     * Letters, digits and <code>-_.:+ &#64;</code>, starting with a letter or digit.
     */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * The new account's password, as the user chose it; the environment's password rules apply (the
     * emulator asks for 8-64 characters with upper and lower case, a digit and a special character).
     */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /**
     * The display name apps show for the user (free text; not used to sign in).
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The user's gender as the profile stores it: <code>MALE</code> or <code>FEMALE</code> (leave it out
     * when unknown). One of: MALE, FEMALE.
     */
    public Optional<String> gender() {
        return Optional.ofNullable(gender);
    }

    /**
     * The URL of the new avatar image (<code>https://...</code>); the service stores it as given.
     */
    public Optional<String> picture() {
        return Optional.ofNullable(picture);
    }

    /**
     * Such as <code>zh-CN</code>.
     */
    public Optional<String> locale() {
        return Optional.ofNullable(locale);
    }

    /**
     * The third-party identity to bind to the new account. Alone it is the account's proof; with a
     * <code>verification_token</code> it is bound as well.
     */
    public Optional<String> providerToken() {
        return Optional.ofNullable(providerToken);
    }

    /**
     * The access token of an anonymous session, to upgrade that user in place.
     */
    public Optional<String> anonymousToken() {
        return Optional.ofNullable(anonymousToken);
    }

    /**
     * Reads a {@code SignUpRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static SignUpRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "SignUpRequest");
        Builder b$ = new Builder();
        b$.phoneNumber = ModelSupport.string(ModelSupport.field(node, "phone_number", false), "phone_number");
        b$.email = ModelSupport.string(ModelSupport.field(node, "email", false), "email");
        b$.verificationCode = ModelSupport.string(ModelSupport.field(node, "verification_code", false), "verification_code");
        b$.verificationToken = ModelSupport.string(ModelSupport.field(node, "verification_token", false), "verification_token");
        b$.username = ModelSupport.string(ModelSupport.field(node, "username", false), "username");
        b$.password = ModelSupport.string(ModelSupport.field(node, "password", false), "password");
        b$.name = ModelSupport.string(ModelSupport.field(node, "name", false), "name");
        b$.gender = ModelSupport.string(ModelSupport.field(node, "gender", false), "gender");
        b$.picture = ModelSupport.string(ModelSupport.field(node, "picture", false), "picture");
        b$.locale = ModelSupport.string(ModelSupport.field(node, "locale", false), "locale");
        b$.providerToken = ModelSupport.string(ModelSupport.field(node, "provider_token", false), "provider_token");
        b$.anonymousToken = ModelSupport.string(ModelSupport.field(node, "anonymous_token", false), "anonymous_token");
        return new SignUpRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "phone_number", this.phoneNumber);
        ModelSupport.put(out$, "email", this.email);
        ModelSupport.put(out$, "verification_code", this.verificationCode);
        ModelSupport.put(out$, "verification_token", this.verificationToken);
        ModelSupport.put(out$, "username", this.username);
        ModelSupport.put(out$, "password", this.password);
        ModelSupport.put(out$, "name", this.name);
        ModelSupport.put(out$, "gender", this.gender);
        ModelSupport.put(out$, "picture", this.picture);
        ModelSupport.put(out$, "locale", this.locale);
        ModelSupport.put(out$, "provider_token", this.providerToken);
        ModelSupport.put(out$, "anonymous_token", this.anonymousToken);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SignUpRequest)) {
            return false;
        }
        SignUpRequest that = (SignUpRequest) other;
        return Objects.equals(this.phoneNumber, that.phoneNumber)
                && Objects.equals(this.email, that.email)
                && Objects.equals(this.verificationCode, that.verificationCode)
                && Objects.equals(this.verificationToken, that.verificationToken)
                && Objects.equals(this.username, that.username)
                && Objects.equals(this.password, that.password)
                && Objects.equals(this.name, that.name)
                && Objects.equals(this.gender, that.gender)
                && Objects.equals(this.picture, that.picture)
                && Objects.equals(this.locale, that.locale)
                && Objects.equals(this.providerToken, that.providerToken)
                && Objects.equals(this.anonymousToken, that.anonymousToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phoneNumber, email, verificationCode, verificationToken, username, password, name, gender, picture, locale, providerToken, anonymousToken);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "SignUpRequest",
                "phoneNumber", "phone_number", this.phoneNumber, false,
                "email", "email", this.email, false,
                "verificationCode", "verification_code", this.verificationCode, true,
                "verificationToken", "verification_token", this.verificationToken, true,
                "username", "username", this.username, false,
                "password", "password", this.password, true,
                "name", "name", this.name, false,
                "gender", "gender", this.gender, false,
                "picture", "picture", this.picture, false,
                "locale", "locale", this.locale, false,
                "providerToken", "provider_token", this.providerToken, true,
                "anonymousToken", "anonymous_token", this.anonymousToken, true);
    }

    /** Builds a {@code SignUpRequest}. */
    public static final class Builder {
        private String phoneNumber;
        private String email;
        private String verificationCode;
        private String verificationToken;
        private String username;
        private String password;
        private String name;
        private String gender;
        private String picture;
        private String locale;
        private String providerToken;
        private String anonymousToken;

        private Builder() {}

        /**
         * <code>+86 13800000000</code> (country code, a space, the number).
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * The new account's email address (<code>alice&#64;example.com</code>): the one the
         * <code>verification_token</code> was issued for.
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * The code the user received (the SDK sends it too).
         */
        public Builder verificationCode(String verificationCode) {
            this.verificationCode = verificationCode;
            return this;
        }

        /**
         * From <code>POST /verification/verify</code>; required unless <code>provider_token</code> is sent.
         */
        public Builder verificationToken(String verificationToken) {
            this.verificationToken = verificationToken;
            return this;
        }

        /**
         * Letters, digits and <code>-_.:+ &#64;</code>, starting with a letter or digit.
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * The new account's password, as the user chose it; the environment's password rules apply (the
         * emulator asks for 8-64 characters with upper and lower case, a digit and a special character).
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * The display name apps show for the user (free text; not used to sign in).
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The user's gender as the profile stores it: <code>MALE</code> or <code>FEMALE</code> (leave it out
         * when unknown). One of: MALE, FEMALE.
         */
        public Builder gender(String gender) {
            this.gender = gender;
            return this;
        }

        /**
         * The URL of the new avatar image (<code>https://...</code>); the service stores it as given.
         */
        public Builder picture(String picture) {
            this.picture = picture;
            return this;
        }

        /**
         * Such as <code>zh-CN</code>.
         */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /**
         * The third-party identity to bind to the new account. Alone it is the account's proof; with a
         * <code>verification_token</code> it is bound as well.
         */
        public Builder providerToken(String providerToken) {
            this.providerToken = providerToken;
            return this;
        }

        /**
         * The access token of an anonymous session, to upgrade that user in place.
         */
        public Builder anonymousToken(String anonymousToken) {
            this.anonymousToken = anonymousToken;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public SignUpRequest build() {
            return new SignUpRequest(this, true);
        }
    }
}
