// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's profile.
 */
public final class UserProfile implements WireModel {
    private final String sub;
    private final String userId;
    private final String name;
    private final String picture;
    private final String username;
    private final String email;
    private final Boolean emailVerified;
    private final String phoneNumber;
    private final String gender;
    private final String locale;
    private final String birthdate;
    private final String zoneinfo;
    private final String createdFrom;
    private final String status;
    private final Boolean hasPassword;
    private final List<UserProvider> providers;
    private final List<UserGroup> groups;
    private final String userDesc;
    private final String description;
    private final String internalUserType;
    private final Integer userSource;
    private final Map<String, Object> meta;
    private final OffsetDateTime lastLogin;
    private final String type;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime updatedAt;
    private final OffsetDateTime passwordUpdatedAt;

    private UserProfile(Builder b$, boolean check$) {
        this.sub = b$.sub;
        this.userId = b$.userId;
        this.name = b$.name;
        this.picture = b$.picture;
        this.username = b$.username;
        this.email = b$.email;
        this.emailVerified = b$.emailVerified;
        this.phoneNumber = b$.phoneNumber;
        this.gender = b$.gender;
        this.locale = b$.locale;
        this.birthdate = b$.birthdate;
        this.zoneinfo = b$.zoneinfo;
        this.createdFrom = b$.createdFrom;
        this.status = b$.status;
        this.hasPassword = b$.hasPassword;
        this.providers = ModelSupport.copy(b$.providers);
        this.groups = ModelSupport.copy(b$.groups);
        this.userDesc = b$.userDesc;
        this.description = b$.description;
        this.internalUserType = b$.internalUserType;
        this.userSource = b$.userSource;
        this.meta = ModelSupport.copy(b$.meta);
        this.lastLogin = b$.lastLogin;
        this.type = b$.type;
        this.createdAt = b$.createdAt;
        this.updatedAt = b$.updatedAt;
        this.passwordUpdatedAt = b$.passwordUpdatedAt;
        if (check$) {
            ModelSupport.required(this.sub, "UserProfile", "sub");
        }
    }

    /** A builder of {@code UserProfile}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.sub = this.sub;
        b$.userId = this.userId;
        b$.name = this.name;
        b$.picture = this.picture;
        b$.username = this.username;
        b$.email = this.email;
        b$.emailVerified = this.emailVerified;
        b$.phoneNumber = this.phoneNumber;
        b$.gender = this.gender;
        b$.locale = this.locale;
        b$.birthdate = this.birthdate;
        b$.zoneinfo = this.zoneinfo;
        b$.createdFrom = this.createdFrom;
        b$.status = this.status;
        b$.hasPassword = this.hasPassword;
        b$.providers = this.providers;
        b$.groups = this.groups;
        b$.userDesc = this.userDesc;
        b$.description = this.description;
        b$.internalUserType = this.internalUserType;
        b$.userSource = this.userSource;
        b$.meta = this.meta;
        b$.lastLogin = this.lastLogin;
        b$.type = this.type;
        b$.createdAt = this.createdAt;
        b$.updatedAt = this.updatedAt;
        b$.passwordUpdatedAt = this.passwordUpdatedAt;
        return b$;
    }

    /**
     * The user ID.
     */
    public String sub() {
        return sub;
    }

    /**
     * The user ID again (docs field list).
     */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    /**
     * Display name (the <code>nickname</code> of <code>POST /user/basic/edit</code>).
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The URL of the user's avatar image (<code>https://...</code>), as it was set.
     */
    public Optional<String> picture() {
        return Optional.ofNullable(picture);
    }

    /**
     * The user name.
     */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * The account's email address, when it has one.
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * Whether the email address was proved with a verification code (SDK model).
     */
    public Optional<Boolean> emailVerified() {
        return Optional.ofNullable(emailVerified);
    }

    /**
     * <code>+86 13800000000</code>.
     */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /**
     * <code>MALE</code> or <code>FEMALE</code>.
     */
    public Optional<String> gender() {
        return Optional.ofNullable(gender);
    }

    /**
     * Such as <code>zh-CN</code> (SDK model).
     */
    public Optional<String> locale() {
        return Optional.ofNullable(locale);
    }

    /**
     * Birth date (SDK model).
     */
    public Optional<String> birthdate() {
        return Optional.ofNullable(birthdate);
    }

    /**
     * Time zone (SDK model).
     */
    public Optional<String> zoneinfo() {
        return Optional.ofNullable(zoneinfo);
    }

    /**
     * How the account was created, such as <code>username</code>, <code>phone</code>, <code>email</code>,
     * <code>anonymous</code>, <code>custom</code> (SDK model).
     */
    public Optional<String> createdFrom() {
        return Optional.ofNullable(createdFrom);
    }

    /**
     * The account state: <code>DEFAULT</code>, <code>ACTIVE</code>, <code>PENDING</code> or
     * <code>BLOCKED</code> as far as known (the names are inferred); another value may come, and clients
     * keep it as it is.
     */
    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    /**
     * Whether a password is set.
     */
    public Optional<Boolean> hasPassword() {
        return Optional.ofNullable(hasPassword);
    }

    /**
     * Bound third-party identities.
     */
    public List<UserProvider> providers() {
        return providers == null ? List.of() : providers;
    }

    /**
     * The user's groups.
     */
    public List<UserGroup> groups() {
        return groups == null ? List.of() : groups;
    }

    /**
     * The user's self-description (the docs' name for it).
     */
    public Optional<String> userDesc() {
        return Optional.ofNullable(userDesc);
    }

    /**
     * The same self-description under the name <code>POST /user/basic/edit</code> uses (not in the docs'
     * list; inferred).
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Such as <code>generalUser</code> (docs).
     */
    public Optional<String> internalUserType() {
        return Optional.ofNullable(internalUserType);
    }

    /**
     * Opaque source code of the account (docs).
     */
    public Optional<Integer> userSource() {
        return Optional.ofNullable(userSource);
    }

    /**
     * Extra data (docs).
     */
    public Map<String, Object> meta() {
        return meta == null ? Map.of() : meta;
    }

    /**
     * Last sign-in, RFC 3339 (docs).
     */
    public Optional<OffsetDateTime> lastLogin() {
        return Optional.ofNullable(lastLogin);
    }

    /**
     * <code>external</code> or <code>internal</code>.
     */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /**
     * RFC 3339.
     */
    public Optional<OffsetDateTime> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /**
     * RFC 3339.
     */
    public Optional<OffsetDateTime> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    /**
     * RFC 3339.
     */
    public Optional<OffsetDateTime> passwordUpdatedAt() {
        return Optional.ofNullable(passwordUpdatedAt);
    }

    /**
     * Reads a {@code UserProfile} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static UserProfile fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "UserProfile");
        Builder b$ = new Builder();
        b$.sub = ModelSupport.string(ModelSupport.field(node, "sub", true), "sub");
        b$.userId = ModelSupport.string(ModelSupport.field(node, "user_id", false), "user_id");
        b$.name = ModelSupport.string(ModelSupport.field(node, "name", false), "name");
        b$.picture = ModelSupport.string(ModelSupport.field(node, "picture", false), "picture");
        b$.username = ModelSupport.string(ModelSupport.field(node, "username", false), "username");
        b$.email = ModelSupport.string(ModelSupport.field(node, "email", false), "email");
        b$.emailVerified = ModelSupport.bool(ModelSupport.field(node, "email_verified", false), "email_verified");
        b$.phoneNumber = ModelSupport.string(ModelSupport.field(node, "phone_number", false), "phone_number");
        b$.gender = ModelSupport.string(ModelSupport.field(node, "gender", false), "gender");
        b$.locale = ModelSupport.string(ModelSupport.field(node, "locale", false), "locale");
        b$.birthdate = ModelSupport.string(ModelSupport.field(node, "birthdate", false), "birthdate");
        b$.zoneinfo = ModelSupport.string(ModelSupport.field(node, "zoneinfo", false), "zoneinfo");
        b$.createdFrom = ModelSupport.string(ModelSupport.field(node, "created_from", false), "created_from");
        b$.status = ModelSupport.string(ModelSupport.field(node, "status", false), "status");
        b$.hasPassword = ModelSupport.bool(ModelSupport.field(node, "has_password", false), "has_password");
        b$.providers = ModelSupport.list(ModelSupport.field(node, "providers", false), "providers", (n0, name0) -> ModelSupport.model(n0, name0, UserProvider::fromJson));
        b$.groups = ModelSupport.list(ModelSupport.field(node, "groups", false), "groups", (n0, name0) -> ModelSupport.model(n0, name0, UserGroup::fromJson));
        b$.userDesc = ModelSupport.string(ModelSupport.field(node, "user_desc", false), "user_desc");
        b$.description = ModelSupport.string(ModelSupport.field(node, "description", false), "description");
        b$.internalUserType = ModelSupport.string(ModelSupport.field(node, "internal_user_type", false), "internal_user_type");
        b$.userSource = ModelSupport.int32(ModelSupport.field(node, "user_source", false), "user_source");
        b$.meta = ModelSupport.map(ModelSupport.field(node, "meta", false), "meta");
        b$.lastLogin = ModelSupport.dateTime(ModelSupport.field(node, "last_login", false), "last_login");
        b$.type = ModelSupport.string(ModelSupport.field(node, "type", false), "type");
        b$.createdAt = ModelSupport.dateTime(ModelSupport.field(node, "created_at", false), "created_at");
        b$.updatedAt = ModelSupport.dateTime(ModelSupport.field(node, "updated_at", false), "updated_at");
        b$.passwordUpdatedAt = ModelSupport.dateTime(ModelSupport.field(node, "password_updated_at", false), "password_updated_at");
        return new UserProfile(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "sub", this.sub);
        ModelSupport.put(out$, "user_id", this.userId);
        ModelSupport.put(out$, "name", this.name);
        ModelSupport.put(out$, "picture", this.picture);
        ModelSupport.put(out$, "username", this.username);
        ModelSupport.put(out$, "email", this.email);
        ModelSupport.put(out$, "email_verified", this.emailVerified);
        ModelSupport.put(out$, "phone_number", this.phoneNumber);
        ModelSupport.put(out$, "gender", this.gender);
        ModelSupport.put(out$, "locale", this.locale);
        ModelSupport.put(out$, "birthdate", this.birthdate);
        ModelSupport.put(out$, "zoneinfo", this.zoneinfo);
        ModelSupport.put(out$, "created_from", this.createdFrom);
        ModelSupport.put(out$, "status", this.status);
        ModelSupport.put(out$, "has_password", this.hasPassword);
        ModelSupport.put(out$, "providers", this.providers);
        ModelSupport.put(out$, "groups", this.groups);
        ModelSupport.put(out$, "user_desc", this.userDesc);
        ModelSupport.put(out$, "description", this.description);
        ModelSupport.put(out$, "internal_user_type", this.internalUserType);
        ModelSupport.put(out$, "user_source", this.userSource);
        ModelSupport.put(out$, "meta", this.meta);
        ModelSupport.put(out$, "last_login", this.lastLogin);
        ModelSupport.put(out$, "type", this.type);
        ModelSupport.put(out$, "created_at", this.createdAt);
        ModelSupport.put(out$, "updated_at", this.updatedAt);
        ModelSupport.put(out$, "password_updated_at", this.passwordUpdatedAt);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof UserProfile)) {
            return false;
        }
        UserProfile that = (UserProfile) other;
        return Objects.equals(this.sub, that.sub)
                && Objects.equals(this.userId, that.userId)
                && Objects.equals(this.name, that.name)
                && Objects.equals(this.picture, that.picture)
                && Objects.equals(this.username, that.username)
                && Objects.equals(this.email, that.email)
                && Objects.equals(this.emailVerified, that.emailVerified)
                && Objects.equals(this.phoneNumber, that.phoneNumber)
                && Objects.equals(this.gender, that.gender)
                && Objects.equals(this.locale, that.locale)
                && Objects.equals(this.birthdate, that.birthdate)
                && Objects.equals(this.zoneinfo, that.zoneinfo)
                && Objects.equals(this.createdFrom, that.createdFrom)
                && Objects.equals(this.status, that.status)
                && Objects.equals(this.hasPassword, that.hasPassword)
                && Objects.equals(this.providers, that.providers)
                && Objects.equals(this.groups, that.groups)
                && Objects.equals(this.userDesc, that.userDesc)
                && Objects.equals(this.description, that.description)
                && Objects.equals(this.internalUserType, that.internalUserType)
                && Objects.equals(this.userSource, that.userSource)
                && Objects.equals(this.meta, that.meta)
                && Objects.equals(this.lastLogin, that.lastLogin)
                && Objects.equals(this.type, that.type)
                && Objects.equals(this.createdAt, that.createdAt)
                && Objects.equals(this.updatedAt, that.updatedAt)
                && Objects.equals(this.passwordUpdatedAt, that.passwordUpdatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sub, userId, name, picture, username, email, emailVerified, phoneNumber, gender, locale, birthdate, zoneinfo, createdFrom, status, hasPassword, providers, groups, userDesc, description, internalUserType, userSource, meta, lastLogin, type, createdAt, updatedAt, passwordUpdatedAt);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "UserProfile",
                "sub", "sub", this.sub, false,
                "userId", "user_id", this.userId, false,
                "name", "name", this.name, false,
                "picture", "picture", this.picture, false,
                "username", "username", this.username, false,
                "email", "email", this.email, false,
                "emailVerified", "email_verified", this.emailVerified, false,
                "phoneNumber", "phone_number", this.phoneNumber, false,
                "gender", "gender", this.gender, false,
                "locale", "locale", this.locale, false,
                "birthdate", "birthdate", this.birthdate, false,
                "zoneinfo", "zoneinfo", this.zoneinfo, false,
                "createdFrom", "created_from", this.createdFrom, false,
                "status", "status", this.status, false,
                "hasPassword", "has_password", this.hasPassword, false,
                "providers", "providers", this.providers, false,
                "groups", "groups", this.groups, false,
                "userDesc", "user_desc", this.userDesc, false,
                "description", "description", this.description, false,
                "internalUserType", "internal_user_type", this.internalUserType, false,
                "userSource", "user_source", this.userSource, false,
                "meta", "meta", this.meta, false,
                "lastLogin", "last_login", this.lastLogin, false,
                "type", "type", this.type, false,
                "createdAt", "created_at", this.createdAt, false,
                "updatedAt", "updated_at", this.updatedAt, false,
                "passwordUpdatedAt", "password_updated_at", this.passwordUpdatedAt, false);
    }

    /** Builds a {@code UserProfile}. */
    public static final class Builder {
        private String sub;
        private String userId;
        private String name;
        private String picture;
        private String username;
        private String email;
        private Boolean emailVerified;
        private String phoneNumber;
        private String gender;
        private String locale;
        private String birthdate;
        private String zoneinfo;
        private String createdFrom;
        private String status;
        private Boolean hasPassword;
        private List<UserProvider> providers;
        private List<UserGroup> groups;
        private String userDesc;
        private String description;
        private String internalUserType;
        private Integer userSource;
        private Map<String, Object> meta;
        private OffsetDateTime lastLogin;
        private String type;
        private OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;
        private OffsetDateTime passwordUpdatedAt;

        private Builder() {}

        /**
         * The user ID.
         */
        public Builder sub(String sub) {
            this.sub = sub;
            return this;
        }

        /**
         * The user ID again (docs field list).
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Display name (the <code>nickname</code> of <code>POST /user/basic/edit</code>).
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The URL of the user's avatar image (<code>https://...</code>), as it was set.
         */
        public Builder picture(String picture) {
            this.picture = picture;
            return this;
        }

        /**
         * The user name.
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * The account's email address, when it has one.
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Whether the email address was proved with a verification code (SDK model).
         */
        public Builder emailVerified(Boolean emailVerified) {
            this.emailVerified = emailVerified;
            return this;
        }

        /**
         * <code>+86 13800000000</code>.
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * <code>MALE</code> or <code>FEMALE</code>.
         */
        public Builder gender(String gender) {
            this.gender = gender;
            return this;
        }

        /**
         * Such as <code>zh-CN</code> (SDK model).
         */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /**
         * Birth date (SDK model).
         */
        public Builder birthdate(String birthdate) {
            this.birthdate = birthdate;
            return this;
        }

        /**
         * Time zone (SDK model).
         */
        public Builder zoneinfo(String zoneinfo) {
            this.zoneinfo = zoneinfo;
            return this;
        }

        /**
         * How the account was created, such as <code>username</code>, <code>phone</code>, <code>email</code>,
         * <code>anonymous</code>, <code>custom</code> (SDK model).
         */
        public Builder createdFrom(String createdFrom) {
            this.createdFrom = createdFrom;
            return this;
        }

        /**
         * The account state: <code>DEFAULT</code>, <code>ACTIVE</code>, <code>PENDING</code> or
         * <code>BLOCKED</code> as far as known (the names are inferred); another value may come, and clients
         * keep it as it is.
         */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /**
         * Whether a password is set.
         */
        public Builder hasPassword(Boolean hasPassword) {
            this.hasPassword = hasPassword;
            return this;
        }

        /**
         * Bound third-party identities.
         */
        public Builder providers(List<UserProvider> providers) {
            this.providers = providers;
            return this;
        }

        /**
         * The user's groups.
         */
        public Builder groups(List<UserGroup> groups) {
            this.groups = groups;
            return this;
        }

        /**
         * The user's self-description (the docs' name for it).
         */
        public Builder userDesc(String userDesc) {
            this.userDesc = userDesc;
            return this;
        }

        /**
         * The same self-description under the name <code>POST /user/basic/edit</code> uses (not in the docs'
         * list; inferred).
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Such as <code>generalUser</code> (docs).
         */
        public Builder internalUserType(String internalUserType) {
            this.internalUserType = internalUserType;
            return this;
        }

        /**
         * Opaque source code of the account (docs).
         */
        public Builder userSource(Integer userSource) {
            this.userSource = userSource;
            return this;
        }

        /**
         * Extra data (docs).
         */
        public Builder meta(Map<String, Object> meta) {
            this.meta = meta;
            return this;
        }

        /**
         * Last sign-in, RFC 3339 (docs).
         */
        public Builder lastLogin(OffsetDateTime lastLogin) {
            this.lastLogin = lastLogin;
            return this;
        }

        /**
         * <code>external</code> or <code>internal</code>.
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * RFC 3339.
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * RFC 3339.
         */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * RFC 3339.
         */
        public Builder passwordUpdatedAt(OffsetDateTime passwordUpdatedAt) {
            this.passwordUpdatedAt = passwordUpdatedAt;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public UserProfile build() {
            return new UserProfile(this, true);
        }
    }
}
