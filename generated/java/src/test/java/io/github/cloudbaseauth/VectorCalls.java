// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import io.github.cloudbaseauth.model.AnonymousSignInRequest;
import io.github.cloudbaseauth.model.AuthorizeDeviceRequest;
import io.github.cloudbaseauth.model.AuthorizeRequest;
import io.github.cloudbaseauth.model.BindProviderRequest;
import io.github.cloudbaseauth.model.CaptchaDataRequest;
import io.github.cloudbaseauth.model.ChangeBoundProviderRequest;
import io.github.cloudbaseauth.model.CheckIfUserExistRequest;
import io.github.cloudbaseauth.model.CheckUsernameRequest;
import io.github.cloudbaseauth.model.ClientCredentialRequest;
import io.github.cloudbaseauth.model.CustomSignInRequest;
import io.github.cloudbaseauth.model.DeleteUserMeRequest;
import io.github.cloudbaseauth.model.DeviceCodeRequest;
import io.github.cloudbaseauth.model.EditBasicUserRequest;
import io.github.cloudbaseauth.model.EditContactRequest;
import io.github.cloudbaseauth.model.GenProviderRedirectUriRequest;
import io.github.cloudbaseauth.model.GetAuthorizeInfoRequest;
import io.github.cloudbaseauth.model.GetUserBehaviorLogRequest;
import io.github.cloudbaseauth.model.PatchProviderTokenRequest;
import io.github.cloudbaseauth.model.ProviderSignInRequest;
import io.github.cloudbaseauth.model.ProviderSubTypeRequest;
import io.github.cloudbaseauth.model.ProviderTokenRequest;
import io.github.cloudbaseauth.model.QrCodeRequest;
import io.github.cloudbaseauth.model.QrCodeStatusRequest;
import io.github.cloudbaseauth.model.QueryUserRequest;
import io.github.cloudbaseauth.model.ResetPasswordRequest;
import io.github.cloudbaseauth.model.RevokeDeviceRequest;
import io.github.cloudbaseauth.model.RevokeRequest;
import io.github.cloudbaseauth.model.SetUserProfileRequest;
import io.github.cloudbaseauth.model.SignInRequest;
import io.github.cloudbaseauth.model.SignOutRequest;
import io.github.cloudbaseauth.model.SignUpRequest;
import io.github.cloudbaseauth.model.SudoRequest;
import io.github.cloudbaseauth.model.TokenRequest;
import io.github.cloudbaseauth.model.TransByProviderRequest;
import io.github.cloudbaseauth.model.UnbindProviderRequest;
import io.github.cloudbaseauth.model.UpdatePasswordRequest;
import io.github.cloudbaseauth.model.VerificationRequest;
import io.github.cloudbaseauth.model.VerifyCaptchaRequest;
import io.github.cloudbaseauth.model.VerifyRequest;
import io.github.cloudbaseauth.model.WechatNoAuthSignInRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One call per operation for the shared vectors (VectorsTest): arguments by wire name into the
 * typed request's builder, then the generated method. An argument the request has no field for
 * is an error (the Java client could not send it).
 */
final class VectorCalls {
    private VectorCalls() {}

    /** The generated spec data, for the vectors' clients. */
    static SpecData spec() {
        return ApiSpec.DATA;
    }

    @SuppressWarnings("deprecation") // every operation is called, deprecated ones too
    static Object call(ClientCore core, String operationId, JsonNode args, RequestOptions options) {
        CloudBaseAuth client = new CloudBaseAuth(core);
        switch (operationId) {
            case "signIn": {
                SignInRequest.Builder b = SignInRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "username":
                            b.username(VectorArgs.string(value));
                            break;
                        case "password":
                            b.password(VectorArgs.string(value));
                            break;
                        case "verification_token":
                            b.verificationToken(VectorArgs.string(value));
                            break;
                        case "captcha_token":
                            b.captchaToken(VectorArgs.string(value));
                            break;
                        case "x-captcha-token":
                            b.xCaptchaToken(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("signIn" + " has no argument " + e.getKey());
                    }
                }
                return client.signIn(b.build(), options);
            }
            case "signUp": {
                SignUpRequest.Builder b = SignUpRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "phone_number":
                            b.phoneNumber(VectorArgs.string(value));
                            break;
                        case "email":
                            b.email(VectorArgs.string(value));
                            break;
                        case "verification_code":
                            b.verificationCode(VectorArgs.string(value));
                            break;
                        case "verification_token":
                            b.verificationToken(VectorArgs.string(value));
                            break;
                        case "username":
                            b.username(VectorArgs.string(value));
                            break;
                        case "password":
                            b.password(VectorArgs.string(value));
                            break;
                        case "name":
                            b.name(VectorArgs.string(value));
                            break;
                        case "gender":
                            b.gender(VectorArgs.string(value));
                            break;
                        case "picture":
                            b.picture(VectorArgs.string(value));
                            break;
                        case "locale":
                            b.locale(VectorArgs.string(value));
                            break;
                        case "provider_token":
                            b.providerToken(VectorArgs.string(value));
                            break;
                        case "anonymous_token":
                            b.anonymousToken(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("signUp" + " has no argument " + e.getKey());
                    }
                }
                return client.signUp(b.build(), options);
            }
            case "sendVerification": {
                VerificationRequest.Builder b = VerificationRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "phone_number":
                            b.phoneNumber(VectorArgs.string(value));
                            break;
                        case "email":
                            b.email(VectorArgs.string(value));
                            break;
                        case "target":
                            b.target(VectorArgs.string(value));
                            break;
                        case "usage":
                            b.usage(VectorArgs.string(value));
                            break;
                        case "email_redirect_to":
                            b.emailRedirectTo(VectorArgs.string(value));
                            break;
                        case "captcha_token":
                            b.captchaToken(VectorArgs.string(value));
                            break;
                        case "x-captcha-token":
                            b.xCaptchaToken(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("sendVerification" + " has no argument " + e.getKey());
                    }
                }
                return client.sendVerification(b.build(), options);
            }
            case "verifyVerification": {
                VerifyRequest.Builder b = VerifyRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "verification_id":
                            b.verificationId(VectorArgs.string(value));
                            break;
                        case "verification_code":
                            b.verificationCode(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("verifyVerification" + " has no argument " + e.getKey());
                    }
                }
                return client.verifyVerification(b.build(), options);
            }
            case "signInAnonymously": {
                AnonymousSignInRequest.Builder b = AnonymousSignInRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "provider_token":
                            b.providerToken(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("signInAnonymously" + " has no argument " + e.getKey());
                    }
                }
                return client.signInAnonymously(b.build(), options);
            }
            case "signInCustom": {
                CustomSignInRequest.Builder b = CustomSignInRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "provider_id":
                            b.providerId(VectorArgs.string(value));
                            break;
                        case "ticket":
                            b.ticket(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("signInCustom" + " has no argument " + e.getKey());
                    }
                }
                return client.signInCustom(b.build(), options);
            }
            case "signInWithProvider": {
                ProviderSignInRequest.Builder b = ProviderSignInRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "provider_token":
                            b.providerToken(VectorArgs.string(value));
                            break;
                        case "provider_id":
                            b.providerId(VectorArgs.string(value));
                            break;
                        case "force_disable_sign_up":
                            b.forceDisableSignUp(VectorArgs.bool(value));
                            break;
                        case "sync_profile":
                            b.syncProfile(VectorArgs.bool(value));
                            break;
                        default:
                            throw new IllegalArgumentException("signInWithProvider" + " has no argument " + e.getKey());
                    }
                }
                return client.signInWithProvider(b.build(), options);
            }
            case "grantProviderToken": {
                ProviderTokenRequest.Builder b = ProviderTokenRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "provider_id":
                            b.providerId(VectorArgs.string(value));
                            break;
                        case "provider_redirect_uri":
                            b.providerRedirectUri(VectorArgs.string(value));
                            break;
                        case "provider_code":
                            b.providerCode(VectorArgs.string(value));
                            break;
                        case "provider_access_token":
                            b.providerAccessToken(VectorArgs.string(value));
                            break;
                        case "provider_id_token":
                            b.providerIdToken(VectorArgs.string(value));
                            break;
                        case "provider_params":
                            b.providerParams(io.github.cloudbaseauth.model.ProviderParams.fromJson(value));
                            break;
                        default:
                            throw new IllegalArgumentException("grantProviderToken" + " has no argument " + e.getKey());
                    }
                }
                return client.grantProviderToken(b.build(), options);
            }
            case "patchProviderToken": {
                PatchProviderTokenRequest.Builder b = PatchProviderTokenRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "provider_token":
                            b.providerToken(VectorArgs.string(value));
                            break;
                        case "provider_params":
                            b.providerParams(io.github.cloudbaseauth.model.PatchProviderParams.fromJson(value));
                            break;
                        case "provider_id":
                            b.providerId(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("patchProviderToken" + " has no argument " + e.getKey());
                    }
                }
                return client.patchProviderToken(b.build(), options);
            }
            case "grantToken": {
                TokenRequest.Builder b = TokenRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "grant_type":
                            b.grantType(VectorArgs.string(value));
                            break;
                        case "refresh_token":
                            b.refreshToken(VectorArgs.string(value));
                            break;
                        case "username":
                            b.username(VectorArgs.string(value));
                            break;
                        case "password":
                            b.password(VectorArgs.string(value));
                            break;
                        case "client_id":
                            b.clientId(VectorArgs.string(value));
                            break;
                        case "client_secret":
                            b.clientSecret(VectorArgs.string(value));
                            break;
                        case "scope":
                            b.scope(VectorArgs.string(value));
                            break;
                        case "code":
                            b.code(VectorArgs.string(value));
                            break;
                        case "redirect_uri":
                            b.redirectUri(VectorArgs.string(value));
                            break;
                        case "code_verifier":
                            b.codeVerifier(VectorArgs.string(value));
                            break;
                        case "nonce":
                            b.nonce(VectorArgs.string(value));
                            break;
                        case "device_code":
                            b.deviceCode(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("grantToken" + " has no argument " + e.getKey());
                    }
                }
                return client.grantToken(b.build(), options);
            }
            case "introspectToken": {
                VectorArgs.none(args, operationId);
                return client.introspectToken(options);
            }
            case "revokeToken": {
                RevokeRequest.Builder b = RevokeRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "token":
                            b.token(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("revokeToken" + " has no argument " + e.getKey());
                    }
                }
                client.revokeToken(b.build(), options);
                return null;
            }
            case "getUserMe": {
                VectorArgs.none(args, operationId);
                return client.getUserMe(options);
            }
            case "deleteUserMe": {
                DeleteUserMeRequest.Builder b = DeleteUserMeRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "sudo_token":
                            b.sudoToken(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("deleteUserMe" + " has no argument " + e.getKey());
                    }
                }
                client.deleteUserMe(b.build(), options);
                return null;
            }
            case "sudo": {
                SudoRequest.Builder b = SudoRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "password":
                            b.password(VectorArgs.string(value));
                            break;
                        case "verification_token":
                            b.verificationToken(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("sudo" + " has no argument " + e.getKey());
                    }
                }
                return client.sudo(b.build(), options);
            }
            case "updatePassword": {
                UpdatePasswordRequest.Builder b = UpdatePasswordRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "new_password":
                            b.newPassword(VectorArgs.string(value));
                            break;
                        case "old_password":
                            b.oldPassword(VectorArgs.string(value));
                            break;
                        case "confirm_password":
                            b.confirmPassword(VectorArgs.string(value));
                            break;
                        case "sudo_token":
                            b.sudoTokenQuery(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("updatePassword" + " has no argument " + e.getKey());
                    }
                }
                client.updatePassword(b.build(), options);
                return null;
            }
            case "listProviders": {
                VectorArgs.none(args, operationId);
                return client.listProviders(options);
            }
            case "bindProvider": {
                BindProviderRequest.Builder b = BindProviderRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "provider_token":
                            b.providerToken(VectorArgs.string(value));
                            break;
                        case "with_user_center":
                            b.withUserCenter(VectorArgs.bool(value));
                            break;
                        default:
                            throw new IllegalArgumentException("bindProvider" + " has no argument " + e.getKey());
                    }
                }
                client.bindProvider(b.build(), options);
                return null;
            }
            case "unbindProvider": {
                UnbindProviderRequest.Builder b = UnbindProviderRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "provider_id":
                            b.providerId(VectorArgs.string(value));
                            break;
                        case "with_user_center":
                            b.withUserCenter(VectorArgs.bool(value));
                            break;
                        default:
                            throw new IllegalArgumentException("unbindProvider" + " has no argument " + e.getKey());
                    }
                }
                client.unbindProvider(b.build(), options);
                return null;
            }
            case "signOut": {
                SignOutRequest.Builder b = SignOutRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "redirect_uri":
                            b.redirectUri(VectorArgs.string(value));
                            break;
                        case "state":
                            b.state(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("signOut" + " has no argument " + e.getKey());
                    }
                }
                return client.signOut(b.build(), options);
            }
            case "resetPassword": {
                ResetPasswordRequest.Builder b = ResetPasswordRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "new_password":
                            b.newPassword(VectorArgs.string(value));
                            break;
                        case "verification_token":
                            b.verificationToken(VectorArgs.string(value));
                            break;
                        case "email":
                            b.email(VectorArgs.string(value));
                            break;
                        case "phone_number":
                            b.phoneNumber(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("resetPassword" + " has no argument " + e.getKey());
                    }
                }
                client.resetPassword(b.build(), options);
                return null;
            }
            case "editBasicUser": {
                EditBasicUserRequest.Builder b = EditBasicUserRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "user_id":
                            b.userId(VectorArgs.string(value));
                            break;
                        case "nickname":
                            b.nickname(VectorArgs.string(value));
                            break;
                        case "username":
                            b.username(VectorArgs.string(value));
                            break;
                        case "description":
                            b.description(VectorArgs.string(value));
                            break;
                        case "avatar_url":
                            b.avatarUrl(VectorArgs.string(value));
                            break;
                        case "gender":
                            b.gender(VectorArgs.string(value));
                            break;
                        case "email":
                            b.email(VectorArgs.string(value));
                            break;
                        case "phone":
                            b.phone(VectorArgs.string(value));
                            break;
                        case "password":
                            b.password(VectorArgs.string(value));
                            break;
                        case "new_password":
                            b.newPassword(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("editBasicUser" + " has no argument " + e.getKey());
                    }
                }
                client.editBasicUser(b.build(), options);
                return null;
            }
            case "checkIfUserExist": {
                CheckIfUserExistRequest.Builder b = CheckIfUserExistRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "username":
                            b.username(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("checkIfUserExist" + " has no argument " + e.getKey());
                    }
                }
                return client.checkIfUserExist(b.build(), options);
            }
            case "signInWithWechat": {
                WechatNoAuthSignInRequest.Builder b = WechatNoAuthSignInRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "appid":
                            b.appid(VectorArgs.string(value));
                            break;
                        case "openid":
                            b.openid(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("signInWithWechat" + " has no argument " + e.getKey());
                    }
                }
                return client.signInWithWechat(b.build(), options);
            }
            case "genProviderRedirectUri": {
                GenProviderRedirectUriRequest.Builder b = GenProviderRedirectUriRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "provider_id":
                            b.providerId(VectorArgs.string(value));
                            break;
                        case "redirect_uri":
                            b.redirectUri(VectorArgs.string(value));
                            break;
                        case "provider_redirect_uri":
                            b.providerRedirectUri(VectorArgs.string(value));
                            break;
                        case "state":
                            b.state(VectorArgs.string(value));
                            break;
                        case "scope":
                            b.scope(VectorArgs.string(value));
                            break;
                        case "response_type":
                            b.responseType(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("genProviderRedirectUri" + " has no argument " + e.getKey());
                    }
                }
                return client.genProviderRedirectUri(b.build(), options);
            }
            case "transByProvider": {
                TransByProviderRequest.Builder b = TransByProviderRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "provider_token":
                            b.providerToken(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("transByProvider" + " has no argument " + e.getKey());
                    }
                }
                return client.transByProvider(b.build(), options);
            }
            case "changeBoundProvider": {
                ChangeBoundProviderRequest.Builder b = ChangeBoundProviderRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "provider_trans_token":
                            b.providerTransToken(VectorArgs.string(value));
                            break;
                        case "provider_id":
                            b.providerId(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("changeBoundProvider" + " has no argument " + e.getKey());
                    }
                }
                return client.changeBoundProvider(b.build(), options);
            }
            case "getProviderSubType": {
                ProviderSubTypeRequest.Builder b = ProviderSubTypeRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "provider_id":
                            b.providerId(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("getProviderSubType" + " has no argument " + e.getKey());
                    }
                }
                return client.getProviderSubType(b.build(), options);
            }
            case "createCaptchaData": {
                CaptchaDataRequest.Builder b = CaptchaDataRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "state":
                            b.state(VectorArgs.string(value));
                            break;
                        case "redirect_uri":
                            b.redirectUri(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("createCaptchaData" + " has no argument " + e.getKey());
                    }
                }
                return client.createCaptchaData(b.build(), options);
            }
            case "verifyCaptchaData": {
                VerifyCaptchaRequest.Builder b = VerifyCaptchaRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "token":
                            b.token(VectorArgs.string(value));
                            break;
                        case "key":
                            b.key(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("verifyCaptchaData" + " has no argument " + e.getKey());
                    }
                }
                return client.verifyCaptchaData(b.build(), options);
            }
            case "getMiniProgramQrCode": {
                QrCodeRequest.Builder b = QrCodeRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "envId":
                            b.envId(VectorArgs.string(value));
                            break;
                        case "wxAppId":
                            b.wxAppId(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("getMiniProgramQrCode" + " has no argument " + e.getKey());
                    }
                }
                return client.getMiniProgramQrCode(b.build(), options);
            }
            case "getMiniProgramQrCodeStatus": {
                QrCodeStatusRequest.Builder b = QrCodeStatusRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "qrCodeId":
                            b.qrCodeId(VectorArgs.string(value));
                            break;
                        case "envId":
                            b.envId(VectorArgs.string(value));
                            break;
                        case "wxAppId":
                            b.wxAppId(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("getMiniProgramQrCodeStatus" + " has no argument " + e.getKey());
                    }
                }
                return client.getMiniProgramQrCodeStatus(b.build(), options);
            }
            case "revokeAllDevices": {
                VectorArgs.none(args, operationId);
                client.revokeAllDevices(options);
                return null;
            }
            case "revokeDevice": {
                RevokeDeviceRequest.Builder b = RevokeDeviceRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "device_id":
                            b.deviceId(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("revokeDevice" + " has no argument " + e.getKey());
                    }
                }
                client.revokeDevice(b.build(), options);
                return null;
            }
            case "editContact": {
                EditContactRequest.Builder b = EditContactRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "sudo_token":
                            b.sudoToken(VectorArgs.string(value));
                            break;
                        case "verification_token":
                            b.verificationToken(VectorArgs.string(value));
                            break;
                        case "phone_number":
                            b.phoneNumber(VectorArgs.string(value));
                            break;
                        case "email":
                            b.email(VectorArgs.string(value));
                            break;
                        case "conflict_resolution":
                            b.conflictResolution(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("editContact" + " has no argument " + e.getKey());
                    }
                }
                client.editContact(b.build(), options);
                return null;
            }
            case "authorize": {
                AuthorizeRequest.Builder b = AuthorizeRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "client_id":
                            b.clientId(VectorArgs.string(value));
                            break;
                        case "response_type":
                            b.responseType(VectorArgs.string(value));
                            break;
                        case "redirect_uri":
                            b.redirectUri(VectorArgs.string(value));
                            break;
                        case "state":
                            b.state(VectorArgs.string(value));
                            break;
                        case "scope":
                            b.scope(VectorArgs.string(value));
                            break;
                        case "code_challenge":
                            b.codeChallenge(VectorArgs.string(value));
                            break;
                        case "code_challenge_method":
                            b.codeChallengeMethod(VectorArgs.string(value));
                            break;
                        case "sign_out_uri":
                            b.signOutUri(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("authorize" + " has no argument " + e.getKey());
                    }
                }
                return client.authorize(b.build(), options);
            }
            case "getAuthorizeInfo": {
                GetAuthorizeInfoRequest.Builder b = GetAuthorizeInfoRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "response_type":
                            b.responseType(VectorArgs.string(value));
                            break;
                        case "redirect_uri":
                            b.redirectUri(VectorArgs.string(value));
                            break;
                        case "state":
                            b.state(VectorArgs.string(value));
                            break;
                        case "scope":
                            b.scope(VectorArgs.string(value));
                            break;
                        case "sign_out_uri":
                            b.signOutUri(VectorArgs.string(value));
                            break;
                        case "locale":
                            b.locale(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("getAuthorizeInfo" + " has no argument " + e.getKey());
                    }
                }
                return client.getAuthorizeInfo(b.build(), options);
            }
            case "requestDeviceCode": {
                DeviceCodeRequest.Builder b = DeviceCodeRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "client_id":
                            b.clientId(VectorArgs.string(value));
                            break;
                        case "scope":
                            b.scope(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("requestDeviceCode" + " has no argument " + e.getKey());
                    }
                }
                return client.requestDeviceCode(b.build(), options);
            }
            case "authorizeDevice": {
                AuthorizeDeviceRequest.Builder b = AuthorizeDeviceRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "user_code":
                            b.userCode(VectorArgs.string(value));
                            break;
                        case "scope":
                            b.scope(VectorArgs.string(value));
                            break;
                        case "state":
                            b.state(VectorArgs.string(value));
                            break;
                        case "client_id":
                            b.clientId(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("authorizeDevice" + " has no argument " + e.getKey());
                    }
                }
                client.authorizeDevice(b.build(), options);
                return null;
            }
            case "getClientCredential": {
                ClientCredentialRequest.Builder b = ClientCredentialRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "grant_type":
                            b.grantType(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("getClientCredential" + " has no argument " + e.getKey());
                    }
                }
                return client.getClientCredential(b.build(), options);
            }
            case "queryUser": {
                QueryUserRequest.Builder b = QueryUserRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "id":
                            b.id(VectorArgs.list(value, n0 -> VectorArgs.string(n0)));
                            break;
                        case "username":
                            b.username(VectorArgs.string(value));
                            break;
                        case "email":
                            b.email(VectorArgs.string(value));
                            break;
                        case "phone_number":
                            b.phoneNumber(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("queryUser" + " has no argument " + e.getKey());
                    }
                }
                return client.queryUser(b.build(), options);
            }
            case "getWedaUserInfo": {
                VectorArgs.none(args, operationId);
                return client.getWedaUserInfo(options);
            }
            case "setUserProfile": {
                SetUserProfileRequest.Builder b = SetUserProfileRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "name":
                            b.name(VectorArgs.string(value));
                            break;
                        case "picture":
                            b.picture(VectorArgs.string(value));
                            break;
                        case "gender":
                            b.gender(VectorArgs.string(value));
                            break;
                        case "locale":
                            b.locale(VectorArgs.string(value));
                            break;
                        case "username":
                            b.username(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("setUserProfile" + " has no argument " + e.getKey());
                    }
                }
                return client.setUserProfile(b.build(), options);
            }
            case "checkUsername": {
                CheckUsernameRequest.Builder b = CheckUsernameRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "username":
                            b.username(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("checkUsername" + " has no argument " + e.getKey());
                    }
                }
                client.checkUsername(b.build(), options);
                return null;
            }
            case "getUserBehaviorLog": {
                GetUserBehaviorLogRequest.Builder b = GetUserBehaviorLogRequest.builder();
                for (Map.Entry<String, JsonNode> e : args.properties()) {
                    JsonNode value = e.getValue();
                    switch (e.getKey()) {
                        case "query[action]":
                            b.queryAction(VectorArgs.string(value));
                            break;
                        case "ne_query[action]":
                            b.neQueryAction(VectorArgs.string(value));
                            break;
                        case "limit":
                            b.limit(VectorArgs.int64(value));
                            break;
                        case "page_token":
                            b.pageToken(VectorArgs.string(value));
                            break;
                        default:
                            throw new IllegalArgumentException("getUserBehaviorLog" + " has no argument " + e.getKey());
                    }
                }
                return client.getUserBehaviorLog(b.build(), options);
            }
            default:
                throw new IllegalArgumentException("the Java client has no method for " + operationId);
        }
    }
}
