// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import io.github.cloudbaseauth.model.AnonymousSignInRequest;
import io.github.cloudbaseauth.model.AuthorizeDeviceRequest;
import io.github.cloudbaseauth.model.AuthorizeInfo;
import io.github.cloudbaseauth.model.AuthorizeRequest;
import io.github.cloudbaseauth.model.AuthorizeResponse;
import io.github.cloudbaseauth.model.BindProviderRequest;
import io.github.cloudbaseauth.model.CaptchaDataRequest;
import io.github.cloudbaseauth.model.CaptchaDataResponse;
import io.github.cloudbaseauth.model.CaptchaTokenResponse;
import io.github.cloudbaseauth.model.ChangeBoundProviderRequest;
import io.github.cloudbaseauth.model.ChangeBoundProviderResponse;
import io.github.cloudbaseauth.model.CheckIfUserExistRequest;
import io.github.cloudbaseauth.model.CheckUsernameRequest;
import io.github.cloudbaseauth.model.ClientCredentialRequest;
import io.github.cloudbaseauth.model.CustomSignInRequest;
import io.github.cloudbaseauth.model.DeleteUserMeRequest;
import io.github.cloudbaseauth.model.DeviceCodeRequest;
import io.github.cloudbaseauth.model.DeviceCodeResponse;
import io.github.cloudbaseauth.model.EditBasicUserRequest;
import io.github.cloudbaseauth.model.EditContactRequest;
import io.github.cloudbaseauth.model.GenProviderRedirectUriRequest;
import io.github.cloudbaseauth.model.GetAuthorizeInfoRequest;
import io.github.cloudbaseauth.model.GetUserBehaviorLogRequest;
import io.github.cloudbaseauth.model.IntrospectResponse;
import io.github.cloudbaseauth.model.PatchProviderTokenRequest;
import io.github.cloudbaseauth.model.ProviderList;
import io.github.cloudbaseauth.model.ProviderRedirectUriResponse;
import io.github.cloudbaseauth.model.ProviderSignInRequest;
import io.github.cloudbaseauth.model.ProviderSubTypeRequest;
import io.github.cloudbaseauth.model.ProviderSubTypeResponse;
import io.github.cloudbaseauth.model.ProviderTokenRequest;
import io.github.cloudbaseauth.model.ProviderTokenResponse;
import io.github.cloudbaseauth.model.QrCodeRequest;
import io.github.cloudbaseauth.model.QrCodeResponse;
import io.github.cloudbaseauth.model.QrCodeStatusRequest;
import io.github.cloudbaseauth.model.QrCodeStatusResponse;
import io.github.cloudbaseauth.model.QueryUserRequest;
import io.github.cloudbaseauth.model.QueryUserResponse;
import io.github.cloudbaseauth.model.ResetPasswordRequest;
import io.github.cloudbaseauth.model.RevokeDeviceRequest;
import io.github.cloudbaseauth.model.RevokeRequest;
import io.github.cloudbaseauth.model.SetUserProfileRequest;
import io.github.cloudbaseauth.model.SignInRequest;
import io.github.cloudbaseauth.model.SignOutRequest;
import io.github.cloudbaseauth.model.SignOutResponse;
import io.github.cloudbaseauth.model.SignUpRequest;
import io.github.cloudbaseauth.model.SudoRequest;
import io.github.cloudbaseauth.model.SudoResponse;
import io.github.cloudbaseauth.model.TokenRequest;
import io.github.cloudbaseauth.model.TokenResponse;
import io.github.cloudbaseauth.model.TransByProviderRequest;
import io.github.cloudbaseauth.model.UnbindProviderRequest;
import io.github.cloudbaseauth.model.UpdatePasswordRequest;
import io.github.cloudbaseauth.model.UserBehaviorLogResponse;
import io.github.cloudbaseauth.model.UserExistResponse;
import io.github.cloudbaseauth.model.UserProfile;
import io.github.cloudbaseauth.model.VerificationRequest;
import io.github.cloudbaseauth.model.VerificationResponse;
import io.github.cloudbaseauth.model.VerifyCaptchaRequest;
import io.github.cloudbaseauth.model.VerifyRequest;
import io.github.cloudbaseauth.model.VerifyResponse;
import io.github.cloudbaseauth.model.WechatNoAuthSignInRequest;
import io.github.cloudbaseauth.model.WedaUserInfo;
import java.util.concurrent.CompletableFuture;

/**
 * The async twin of {@link CloudBaseAuth} ({@code auth.async()}): the same methods, the same
 * session and runtime, each call run on the builder's executor (by default the client's own
 * daemon threads) and returned as a {@code CompletableFuture}. Cancelling a future interrupts
 * its call. A future fails with the exception the blocking method would throw.
 */
public final class CloudBaseAuthAsync {
    private final CloudBaseAuth client;
    private final ClientCore core;

    CloudBaseAuthAsync(CloudBaseAuth client, ClientCore core) {
        this.client = client;
        this.core = core;
    }

    /** The blocking client. */
    public CloudBaseAuth blocking() {
        return client;
    }

    /** {@link CloudBaseAuth}'s {@code signIn}, asynchronously. */
    public CompletableFuture<TokenResponse> signIn(SignInRequest request) {
        return signIn(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code signIn} with per-call options, asynchronously. */
    public CompletableFuture<TokenResponse> signIn(SignInRequest request, RequestOptions options) {
        return core.async(() -> client.signIn(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code signIn} with an empty request, asynchronously. */
    public CompletableFuture<TokenResponse> signIn() {
        return signIn(SignInRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code signUp}, asynchronously. */
    public CompletableFuture<TokenResponse> signUp(SignUpRequest request) {
        return signUp(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code signUp} with per-call options, asynchronously. */
    public CompletableFuture<TokenResponse> signUp(SignUpRequest request, RequestOptions options) {
        return core.async(() -> client.signUp(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code signUp} with an empty request, asynchronously. */
    public CompletableFuture<TokenResponse> signUp() {
        return signUp(SignUpRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code sendVerification}, asynchronously. */
    public CompletableFuture<VerificationResponse> sendVerification(VerificationRequest request) {
        return sendVerification(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code sendVerification} with per-call options, asynchronously. */
    public CompletableFuture<VerificationResponse> sendVerification(VerificationRequest request, RequestOptions options) {
        return core.async(() -> client.sendVerification(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code sendVerification} with an empty request, asynchronously. */
    public CompletableFuture<VerificationResponse> sendVerification() {
        return sendVerification(VerificationRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code verifyVerification}, asynchronously. */
    public CompletableFuture<VerifyResponse> verifyVerification(VerifyRequest request) {
        return verifyVerification(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code verifyVerification} with per-call options, asynchronously. */
    public CompletableFuture<VerifyResponse> verifyVerification(VerifyRequest request, RequestOptions options) {
        return core.async(() -> client.verifyVerification(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code signInAnonymously}, asynchronously. */
    public CompletableFuture<TokenResponse> signInAnonymously(AnonymousSignInRequest request) {
        return signInAnonymously(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code signInAnonymously} with per-call options, asynchronously. */
    public CompletableFuture<TokenResponse> signInAnonymously(AnonymousSignInRequest request, RequestOptions options) {
        return core.async(() -> client.signInAnonymously(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code signInAnonymously} with an empty request, asynchronously. */
    public CompletableFuture<TokenResponse> signInAnonymously() {
        return signInAnonymously(AnonymousSignInRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code signInCustom}, asynchronously. */
    public CompletableFuture<TokenResponse> signInCustom(CustomSignInRequest request) {
        return signInCustom(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code signInCustom} with per-call options, asynchronously. */
    public CompletableFuture<TokenResponse> signInCustom(CustomSignInRequest request, RequestOptions options) {
        return core.async(() -> client.signInCustom(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code signInWithProvider}, asynchronously. */
    public CompletableFuture<TokenResponse> signInWithProvider(ProviderSignInRequest request) {
        return signInWithProvider(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code signInWithProvider} with per-call options, asynchronously. */
    public CompletableFuture<TokenResponse> signInWithProvider(ProviderSignInRequest request, RequestOptions options) {
        return core.async(() -> client.signInWithProvider(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code grantProviderToken}, asynchronously. */
    public CompletableFuture<ProviderTokenResponse> grantProviderToken(ProviderTokenRequest request) {
        return grantProviderToken(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code grantProviderToken} with per-call options, asynchronously. */
    public CompletableFuture<ProviderTokenResponse> grantProviderToken(ProviderTokenRequest request, RequestOptions options) {
        return core.async(() -> client.grantProviderToken(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code patchProviderToken}, asynchronously. */
    public CompletableFuture<ProviderTokenResponse> patchProviderToken(PatchProviderTokenRequest request) {
        return patchProviderToken(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code patchProviderToken} with per-call options, asynchronously. */
    public CompletableFuture<ProviderTokenResponse> patchProviderToken(PatchProviderTokenRequest request, RequestOptions options) {
        return core.async(() -> client.patchProviderToken(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code grantToken}, asynchronously. */
    public CompletableFuture<TokenResponse> grantToken(TokenRequest request) {
        return grantToken(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code grantToken} with per-call options, asynchronously. */
    public CompletableFuture<TokenResponse> grantToken(TokenRequest request, RequestOptions options) {
        return core.async(() -> client.grantToken(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code introspectToken}, asynchronously. */
    public CompletableFuture<IntrospectResponse> introspectToken() {
        return introspectToken(RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code introspectToken} with per-call options, asynchronously. */
    public CompletableFuture<IntrospectResponse> introspectToken(RequestOptions options) {
        return core.async(() -> client.introspectToken(options));
    }

    /** {@link CloudBaseAuth}'s {@code revokeToken}, asynchronously. */
    public CompletableFuture<Void> revokeToken(RevokeRequest request) {
        return revokeToken(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code revokeToken} with per-call options, asynchronously. */
    public CompletableFuture<Void> revokeToken(RevokeRequest request, RequestOptions options) {
        return core.async(() -> {
            client.revokeToken(request, options);
            return null;
        });
    }

    /** {@link CloudBaseAuth}'s {@code revokeToken} with an empty request, asynchronously. */
    public CompletableFuture<Void> revokeToken() {
        return revokeToken(RevokeRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code getUserMe}, asynchronously. */
    public CompletableFuture<UserProfile> getUserMe() {
        return getUserMe(RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code getUserMe} with per-call options, asynchronously. */
    public CompletableFuture<UserProfile> getUserMe(RequestOptions options) {
        return core.async(() -> client.getUserMe(options));
    }

    /** {@link CloudBaseAuth}'s {@code deleteUserMe}, asynchronously. */
    public CompletableFuture<Void> deleteUserMe(DeleteUserMeRequest request) {
        return deleteUserMe(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code deleteUserMe} with per-call options, asynchronously. */
    public CompletableFuture<Void> deleteUserMe(DeleteUserMeRequest request, RequestOptions options) {
        return core.async(() -> {
            client.deleteUserMe(request, options);
            return null;
        });
    }

    /** {@link CloudBaseAuth}'s {@code sudo}, asynchronously. */
    public CompletableFuture<SudoResponse> sudo(SudoRequest request) {
        return sudo(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code sudo} with per-call options, asynchronously. */
    public CompletableFuture<SudoResponse> sudo(SudoRequest request, RequestOptions options) {
        return core.async(() -> client.sudo(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code sudo} with an empty request, asynchronously. */
    public CompletableFuture<SudoResponse> sudo() {
        return sudo(SudoRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code updatePassword}, asynchronously. */
    public CompletableFuture<Void> updatePassword(UpdatePasswordRequest request) {
        return updatePassword(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code updatePassword} with per-call options, asynchronously. */
    public CompletableFuture<Void> updatePassword(UpdatePasswordRequest request, RequestOptions options) {
        return core.async(() -> {
            client.updatePassword(request, options);
            return null;
        });
    }

    /** {@link CloudBaseAuth}'s {@code listProviders}, asynchronously. */
    public CompletableFuture<ProviderList> listProviders() {
        return listProviders(RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code listProviders} with per-call options, asynchronously. */
    public CompletableFuture<ProviderList> listProviders(RequestOptions options) {
        return core.async(() -> client.listProviders(options));
    }

    /** {@link CloudBaseAuth}'s {@code bindProvider}, asynchronously. */
    public CompletableFuture<Void> bindProvider(BindProviderRequest request) {
        return bindProvider(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code bindProvider} with per-call options, asynchronously. */
    public CompletableFuture<Void> bindProvider(BindProviderRequest request, RequestOptions options) {
        return core.async(() -> {
            client.bindProvider(request, options);
            return null;
        });
    }

    /** {@link CloudBaseAuth}'s {@code unbindProvider}, asynchronously. */
    public CompletableFuture<Void> unbindProvider(UnbindProviderRequest request) {
        return unbindProvider(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code unbindProvider} with per-call options, asynchronously. */
    public CompletableFuture<Void> unbindProvider(UnbindProviderRequest request, RequestOptions options) {
        return core.async(() -> {
            client.unbindProvider(request, options);
            return null;
        });
    }

    /** {@link CloudBaseAuth}'s {@code signOut}, asynchronously. */
    public CompletableFuture<SignOutResponse> signOut(SignOutRequest request) {
        return signOut(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code signOut} with per-call options, asynchronously. */
    public CompletableFuture<SignOutResponse> signOut(SignOutRequest request, RequestOptions options) {
        return core.async(() -> client.signOut(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code signOut} with an empty request, asynchronously. */
    public CompletableFuture<SignOutResponse> signOut() {
        return signOut(SignOutRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code resetPassword}, asynchronously. */
    public CompletableFuture<Void> resetPassword(ResetPasswordRequest request) {
        return resetPassword(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code resetPassword} with per-call options, asynchronously. */
    public CompletableFuture<Void> resetPassword(ResetPasswordRequest request, RequestOptions options) {
        return core.async(() -> {
            client.resetPassword(request, options);
            return null;
        });
    }

    /** {@link CloudBaseAuth}'s {@code editBasicUser}, asynchronously. */
    public CompletableFuture<Void> editBasicUser(EditBasicUserRequest request) {
        return editBasicUser(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code editBasicUser} with per-call options, asynchronously. */
    public CompletableFuture<Void> editBasicUser(EditBasicUserRequest request, RequestOptions options) {
        return core.async(() -> {
            client.editBasicUser(request, options);
            return null;
        });
    }

    /** {@link CloudBaseAuth}'s {@code editBasicUser} with an empty request, asynchronously. */
    public CompletableFuture<Void> editBasicUser() {
        return editBasicUser(EditBasicUserRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code checkIfUserExist}, asynchronously. */
    public CompletableFuture<UserExistResponse> checkIfUserExist(CheckIfUserExistRequest request) {
        return checkIfUserExist(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code checkIfUserExist} with per-call options, asynchronously. */
    public CompletableFuture<UserExistResponse> checkIfUserExist(CheckIfUserExistRequest request, RequestOptions options) {
        return core.async(() -> client.checkIfUserExist(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code signInWithWechat}, asynchronously. */
    public CompletableFuture<TokenResponse> signInWithWechat(WechatNoAuthSignInRequest request) {
        return signInWithWechat(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code signInWithWechat} with per-call options, asynchronously. */
    public CompletableFuture<TokenResponse> signInWithWechat(WechatNoAuthSignInRequest request, RequestOptions options) {
        return core.async(() -> client.signInWithWechat(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code signInWithWechat} with an empty request, asynchronously. */
    public CompletableFuture<TokenResponse> signInWithWechat() {
        return signInWithWechat(WechatNoAuthSignInRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code genProviderRedirectUri}, asynchronously. */
    public CompletableFuture<ProviderRedirectUriResponse> genProviderRedirectUri(GenProviderRedirectUriRequest request) {
        return genProviderRedirectUri(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code genProviderRedirectUri} with per-call options, asynchronously. */
    public CompletableFuture<ProviderRedirectUriResponse> genProviderRedirectUri(GenProviderRedirectUriRequest request, RequestOptions options) {
        return core.async(() -> client.genProviderRedirectUri(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code transByProvider}, asynchronously. */
    public CompletableFuture<TokenResponse> transByProvider(TransByProviderRequest request) {
        return transByProvider(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code transByProvider} with per-call options, asynchronously. */
    public CompletableFuture<TokenResponse> transByProvider(TransByProviderRequest request, RequestOptions options) {
        return core.async(() -> client.transByProvider(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code changeBoundProvider}, asynchronously. */
    public CompletableFuture<ChangeBoundProviderResponse> changeBoundProvider(ChangeBoundProviderRequest request) {
        return changeBoundProvider(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code changeBoundProvider} with per-call options, asynchronously. */
    public CompletableFuture<ChangeBoundProviderResponse> changeBoundProvider(ChangeBoundProviderRequest request, RequestOptions options) {
        return core.async(() -> client.changeBoundProvider(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code getProviderSubType}, asynchronously. */
    public CompletableFuture<ProviderSubTypeResponse> getProviderSubType(ProviderSubTypeRequest request) {
        return getProviderSubType(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code getProviderSubType} with per-call options, asynchronously. */
    public CompletableFuture<ProviderSubTypeResponse> getProviderSubType(ProviderSubTypeRequest request, RequestOptions options) {
        return core.async(() -> client.getProviderSubType(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code createCaptchaData}, asynchronously. */
    public CompletableFuture<CaptchaDataResponse> createCaptchaData(CaptchaDataRequest request) {
        return createCaptchaData(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code createCaptchaData} with per-call options, asynchronously. */
    public CompletableFuture<CaptchaDataResponse> createCaptchaData(CaptchaDataRequest request, RequestOptions options) {
        return core.async(() -> client.createCaptchaData(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code verifyCaptchaData}, asynchronously. */
    public CompletableFuture<CaptchaTokenResponse> verifyCaptchaData(VerifyCaptchaRequest request) {
        return verifyCaptchaData(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code verifyCaptchaData} with per-call options, asynchronously. */
    public CompletableFuture<CaptchaTokenResponse> verifyCaptchaData(VerifyCaptchaRequest request, RequestOptions options) {
        return core.async(() -> client.verifyCaptchaData(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code getMiniProgramQrCode}, asynchronously. */
    public CompletableFuture<QrCodeResponse> getMiniProgramQrCode(QrCodeRequest request) {
        return getMiniProgramQrCode(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code getMiniProgramQrCode} with per-call options, asynchronously. */
    public CompletableFuture<QrCodeResponse> getMiniProgramQrCode(QrCodeRequest request, RequestOptions options) {
        return core.async(() -> client.getMiniProgramQrCode(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code getMiniProgramQrCodeStatus}, asynchronously. */
    public CompletableFuture<QrCodeStatusResponse> getMiniProgramQrCodeStatus(QrCodeStatusRequest request) {
        return getMiniProgramQrCodeStatus(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code getMiniProgramQrCodeStatus} with per-call options, asynchronously. */
    public CompletableFuture<QrCodeStatusResponse> getMiniProgramQrCodeStatus(QrCodeStatusRequest request, RequestOptions options) {
        return core.async(() -> client.getMiniProgramQrCodeStatus(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code revokeAllDevices}, asynchronously. */
    public CompletableFuture<Void> revokeAllDevices() {
        return revokeAllDevices(RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code revokeAllDevices} with per-call options, asynchronously. */
    public CompletableFuture<Void> revokeAllDevices(RequestOptions options) {
        return core.async(() -> {
            client.revokeAllDevices(options);
            return null;
        });
    }

    /** {@link CloudBaseAuth}'s {@code revokeDevice}, asynchronously. */
    public CompletableFuture<Void> revokeDevice(RevokeDeviceRequest request) {
        return revokeDevice(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code revokeDevice} with per-call options, asynchronously. */
    public CompletableFuture<Void> revokeDevice(RevokeDeviceRequest request, RequestOptions options) {
        return core.async(() -> {
            client.revokeDevice(request, options);
            return null;
        });
    }

    /** {@link CloudBaseAuth}'s {@code editContact}, asynchronously. */
    public CompletableFuture<Void> editContact(EditContactRequest request) {
        return editContact(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code editContact} with per-call options, asynchronously. */
    public CompletableFuture<Void> editContact(EditContactRequest request, RequestOptions options) {
        return core.async(() -> {
            client.editContact(request, options);
            return null;
        });
    }

    /** {@link CloudBaseAuth}'s {@code authorize}, asynchronously. */
    public CompletableFuture<AuthorizeResponse> authorize(AuthorizeRequest request) {
        return authorize(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code authorize} with per-call options, asynchronously. */
    public CompletableFuture<AuthorizeResponse> authorize(AuthorizeRequest request, RequestOptions options) {
        return core.async(() -> client.authorize(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code authorize} with an empty request, asynchronously. */
    public CompletableFuture<AuthorizeResponse> authorize() {
        return authorize(AuthorizeRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code getAuthorizeInfo}, asynchronously. */
    public CompletableFuture<AuthorizeInfo> getAuthorizeInfo(GetAuthorizeInfoRequest request) {
        return getAuthorizeInfo(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code getAuthorizeInfo} with per-call options, asynchronously. */
    public CompletableFuture<AuthorizeInfo> getAuthorizeInfo(GetAuthorizeInfoRequest request, RequestOptions options) {
        return core.async(() -> client.getAuthorizeInfo(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code getAuthorizeInfo} with an empty request, asynchronously. */
    public CompletableFuture<AuthorizeInfo> getAuthorizeInfo() {
        return getAuthorizeInfo(GetAuthorizeInfoRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code requestDeviceCode}, asynchronously. */
    public CompletableFuture<DeviceCodeResponse> requestDeviceCode(DeviceCodeRequest request) {
        return requestDeviceCode(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code requestDeviceCode} with per-call options, asynchronously. */
    public CompletableFuture<DeviceCodeResponse> requestDeviceCode(DeviceCodeRequest request, RequestOptions options) {
        return core.async(() -> client.requestDeviceCode(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code requestDeviceCode} with an empty request, asynchronously. */
    public CompletableFuture<DeviceCodeResponse> requestDeviceCode() {
        return requestDeviceCode(DeviceCodeRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code authorizeDevice}, asynchronously. */
    public CompletableFuture<Void> authorizeDevice(AuthorizeDeviceRequest request) {
        return authorizeDevice(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code authorizeDevice} with per-call options, asynchronously. */
    public CompletableFuture<Void> authorizeDevice(AuthorizeDeviceRequest request, RequestOptions options) {
        return core.async(() -> {
            client.authorizeDevice(request, options);
            return null;
        });
    }

    /** {@link CloudBaseAuth}'s {@code getClientCredential}, asynchronously. */
    public CompletableFuture<TokenResponse> getClientCredential(ClientCredentialRequest request) {
        return getClientCredential(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code getClientCredential} with per-call options, asynchronously. */
    public CompletableFuture<TokenResponse> getClientCredential(ClientCredentialRequest request, RequestOptions options) {
        return core.async(() -> client.getClientCredential(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code getClientCredential} with an empty request, asynchronously. */
    public CompletableFuture<TokenResponse> getClientCredential() {
        return getClientCredential(ClientCredentialRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code queryUser}, asynchronously. */
    public CompletableFuture<QueryUserResponse> queryUser(QueryUserRequest request) {
        return queryUser(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code queryUser} with per-call options, asynchronously. */
    public CompletableFuture<QueryUserResponse> queryUser(QueryUserRequest request, RequestOptions options) {
        return core.async(() -> client.queryUser(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code queryUser} with an empty request, asynchronously. */
    public CompletableFuture<QueryUserResponse> queryUser() {
        return queryUser(QueryUserRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code getWedaUserInfo}, asynchronously. */
    public CompletableFuture<WedaUserInfo> getWedaUserInfo() {
        return getWedaUserInfo(RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code getWedaUserInfo} with per-call options, asynchronously. */
    public CompletableFuture<WedaUserInfo> getWedaUserInfo(RequestOptions options) {
        return core.async(() -> client.getWedaUserInfo(options));
    }

    /** {@link CloudBaseAuth}'s {@code setUserProfile}, asynchronously. */
    @Deprecated
    public CompletableFuture<UserProfile> setUserProfile(SetUserProfileRequest request) {
        return setUserProfile(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code setUserProfile} with per-call options, asynchronously. */
    @Deprecated
    public CompletableFuture<UserProfile> setUserProfile(SetUserProfileRequest request, RequestOptions options) {
        return core.async(() -> client.setUserProfile(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code setUserProfile} with an empty request, asynchronously. */
    @Deprecated
    public CompletableFuture<UserProfile> setUserProfile() {
        return setUserProfile(SetUserProfileRequest.builder().build(), RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code checkUsername}, asynchronously. */
    public CompletableFuture<Void> checkUsername(CheckUsernameRequest request) {
        return checkUsername(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code checkUsername} with per-call options, asynchronously. */
    public CompletableFuture<Void> checkUsername(CheckUsernameRequest request, RequestOptions options) {
        return core.async(() -> {
            client.checkUsername(request, options);
            return null;
        });
    }

    /** {@link CloudBaseAuth}'s {@code getUserBehaviorLog}, asynchronously. */
    public CompletableFuture<UserBehaviorLogResponse> getUserBehaviorLog(GetUserBehaviorLogRequest request) {
        return getUserBehaviorLog(request, RequestOptions.none());
    }

    /** {@link CloudBaseAuth}'s {@code getUserBehaviorLog} with per-call options, asynchronously. */
    public CompletableFuture<UserBehaviorLogResponse> getUserBehaviorLog(GetUserBehaviorLogRequest request, RequestOptions options) {
        return core.async(() -> client.getUserBehaviorLog(request, options));
    }

    /** {@link CloudBaseAuth}'s {@code getUserBehaviorLog} with an empty request, asynchronously. */
    public CompletableFuture<UserBehaviorLogResponse> getUserBehaviorLog() {
        return getUserBehaviorLog(GetUserBehaviorLogRequest.builder().build(), RequestOptions.none());
    }
}
