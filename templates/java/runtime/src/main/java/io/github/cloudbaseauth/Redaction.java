package io.github.cloudbaseauth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the client keeps secrets out of every string it makes: {@code toString()}, log lines and
 * exception messages. A JSON field, query parameter or header carries a secret when its name is
 * one of the built-in names (the same list as the Python and Go clients') or one the spec marks
 * {@code x-secret} (passed in by the generated code).
 */
public final class Redaction {
    /** What replaces every secret. */
    public static final String REDACTED = "[REDACTED]";

    private static final Set<String> BUILTIN = Set.of(
            "access_token", "anonymous_token", "authorization", "captcha_token", "client_secret", "code",
            "code_verifier", "confirm_password", "device_code", "encrypt_new_password", "encrypt_password",
            "id_token", "new_password", "old_password", "password", "private_key", "provider_access_token",
            "provider_code", "provider_id_token", "provider_token", "provider_trans_token",
            "proxy-authorization", "refresh_token", "secret_key", "secretkey", "sudo_token", "ticket",
            "token", "verification_code", "verification_token", "x-captcha-token");

    // In free text "code" and "token" alone are too common ("status code: 500") to be keys.
    private static final Pattern PAIR = Pattern.compile(
            "(?i)([\"']?\\b(?:" + keyPattern() + ")\\b[\"']?\\s*[:=]\\s*)([\"']?)([^\"'\\s,&;}\\]]+)");
    private static final Pattern AUTH = Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern PEM = Pattern.compile(
            "(?s)-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)");

    private Redaction() {}

    private static String keyPattern() {
        return BUILTIN.stream()
                .filter(n -> !n.contains("-") && !n.equals("code") && !n.equals("token"))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** True when a field, parameter or header of this name carries a secret (case-insensitive). */
    public static boolean isSecretField(String name, Collection<String> specSecrets) {
        String lowered = name.toLowerCase(Locale.ROOT);
        if (BUILTIN.contains(lowered)) {
            return true;
        }
        for (String s : specSecrets) {
            if (s.toLowerCase(Locale.ROOT).equals(lowered)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copy of a plain JSON value (maps, lists, scalars) with the value of every secret-named
     * field replaced by {@link #REDACTED}, at any depth.
     */
    public static Object redactValue(Object value, Collection<String> specSecrets) {
        if (value instanceof Map<?, ?>) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                String key = String.valueOf(e.getKey());
                out.put(key, isSecretField(key, specSecrets) ? REDACTED : redactValue(e.getValue(), specSecrets));
            }
            return out;
        }
        if (value instanceof List<?>) {
            List<Object> out = new ArrayList<>();
            for (Object item : (List<?>) value) {
                out.add(redactValue(item, specSecrets));
            }
            return out;
        }
        return value;
    }

    /**
     * {@code text} with the given literal secret values (of 4 characters or more: shorter ones
     * would mangle ordinary words) and secret-looking patterns (Bearer/Basic credentials, JWTs,
     * PEM private keys, {@code password=...} pairs) replaced by {@link #REDACTED}.
     */
    public static String redactText(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        TreeSet<String> literal = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String s : secrets) {
            if (s != null && s.length() >= 4) {
                literal.add(s);
            }
        }
        String out = text;
        for (String s : literal) {
            out = out.replace(s, REDACTED);
        }
        out = PEM.matcher(out).replaceAll(REDACTED);
        out = AUTH.matcher(out).replaceAll("$1 " + Matcher.quoteReplacement(REDACTED));
        out = JWT.matcher(out).replaceAll(REDACTED);
        Matcher m = PAIR.matcher(out);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(3).startsWith("[REDACTED") ? m.group() : m.group(1) + m.group(2) + REDACTED;
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }
}
