// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import java.util.List;
import java.util.Set;

/** The spec's x-secret names: the models' toString redacts them (with the built-in ones). */
final class SpecSecrets {
    static final Set<String> NAMES = Set.copyOf(List.of("access_token", "anonymous_token", "captcha_token", "client_secret", "code", "code_verifier", "confirm_password", "device_code", "encryptedData", "id_token", "key", "new_password", "old_password", "password", "provider_access_token", "provider_code", "provider_id_token", "provider_token", "provider_trans_token", "refresh_token", "sudo_token", "ticket", "token", "verification_code", "verification_token", "x-captcha-token"));

    private SpecSecrets() {}
}
